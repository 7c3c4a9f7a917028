import type { Catalog } from '../../catalog'

export const settings: Catalog['settings'] = {
  screen: {
    title: 'Ajustes',
    loading: 'Cargando…',
    about: {
      heading: 'Acerca de',
      version: 'Versión',
      runningOn: 'Se ejecuta en',
      browser: 'Navegador web',
      notifications: 'Notificaciones de escritorio'
    }
  },
  notificationStatus: {
    available: 'Disponibles',
    deniedBrowser: 'Bloqueadas por el navegador',
    deniedBrowserAdvice:
      'Permite las notificaciones para este sitio en la configuración de sitios del navegador y vuelve a cargar la página. Hasta entonces, los recordatorios no pueden aparecer.',
    deniedDesktop: 'Desactivadas para Study Planner',
    deniedDesktopAdvice:
      'Permite las notificaciones para Study Planner en la configuración de notificaciones del sistema.',
    notAsked: 'Aún no permitidas',
    notAskedAdvice:
      'Cuando el navegador pregunte si este sitio puede mostrar notificaciones, elige Permitir. Si no pregunta, permite las notificaciones para este sitio en la configuración de sitios del navegador. Hasta entonces, los recordatorios no pueden aparecer.',
    unsupportedBrowser: 'No disponibles en este navegador',
    unsupportedBrowserAdvice:
      'Este navegador no puede mostrar notificaciones, así que aquí no pueden aparecer recordatorios. Usa un navegador que pueda o la aplicación de escritorio.',
    unsupportedDesktop: 'No disponibles en este sistema',
    unsupportedDesktopAdvice:
      'Los recordatorios aparecen en cambio como un aviso en la ventana de la aplicación (se abre para mostrarlo) y en la información del icono de la bandeja. En Linux, esto suele significar que no hay ningún servicio de notificaciones en marcha.'
  },
  loadingPlanSettings: 'Cargando los ajustes del plan…',
  loadingPlan: 'Cargando tu plan…',
  appearance: {
    heading: 'Recordatorios y apariencia',
    createPlanFirst: 'Crea un plan para configurar sus recordatorios.',
    weekStartsOn: 'La semana empieza el',
    clock: {
      legend: 'Horas',
      locale: 'Como se escribe en mi idioma ({example})',
      h12: '12 horas ({example})',
      h24: '24 horas ({example})'
    },
    theme: {
      legend: 'Tema',
      system: 'Igual que el sistema',
      light: 'Claro',
      dark: 'Oscuro'
    },
    language: {
      legend: 'Idioma',
      system: 'Idioma del sistema: <lang>{name}</lang>'
    },
    lead: {
      label: 'Recordarme antes de una sesión',
      none: 'Sin recordatorio',
      minutes: '{minutes, plural, one {# minuto antes} other {# minutos antes}}',
      saved: 'Hora del recordatorio guardada.',
      notChanged: 'No se cambió: {reason}'
    },
    digest: {
      legend: 'Resumen diario',
      enabled: 'Enviar una notificación al día con las sesiones de ese día',
      time: 'Hora del resumen diario',
      problem: 'Escribe una hora como 08:00 para el resumen diario.'
    }
  },
  desktop: {
    heading: 'Recordatorios y escritorio',
    notifications: 'Notificaciones: {label}. {advice}',
    staleNever:
      'Puede que los recordatorios no estén al día: aún no se han actualizado. Study Planner los está pidiendo de nuevo; si este aviso sigue más de un minuto, reinicia Study Planner.',
    staleSince:
      'Puede que los recordatorios no estén al día: se actualizaron por última vez el {when}. Study Planner los está pidiendo de nuevo; si este aviso sigue más de un minuto, reinicia Study Planner.',
    browserOnly:
      'El inicio al entrar en la sesión, la bandeja y la pausa de los recordatorios solo están en la aplicación de escritorio.',
    launchAtLogin: 'Iniciar Study Planner al entrar en mi sesión (en la bandeja, para que lleguen los recordatorios)',
    closeToTray: 'Seguir en la bandeja al cerrar la ventana',
    closeWithoutTray:
      'Seguir en marcha al cerrar la ventana (este escritorio no tiene bandeja, así que la ventana se minimiza)',
    pause: {
      legend: 'Pausar recordatorios',
      hour: 'Durante 1 hora',
      restOfDay: 'Durante el resto del día',
      until: 'Recordatorios en pausa hasta las {time}.',
      resume: 'Reanudar recordatorios'
    },
    changeFailed: 'No se pudo cambiar ese ajuste: {reason}'
  },
  data: {
    heading: 'Tus datos',
    restoreOffer:
      'No se encontraron datos de estudio, pero hay copias de seguridad. Restaura la más reciente abajo en lugar de empezar de cero.',
    storage: 'Almacenamiento',
    persistence: {
      granted: 'Protegidos: el navegador no borrará estos datos cuando falte espacio.',
      denied: 'Sin protección: el sistema puede borrar estos datos cuando falte espacio. Haz copias de seguridad.',
      unsupported: 'Desconocido: este sistema no indica si conserva los datos cuando falta espacio.'
    },
    checking: 'Comprobando…',
    onDevice: 'En este dispositivo',
    counting: 'Contando…',
    counts: {
      list: '{plans}, {sessions}, {studyLog}, {reviews}, {notes}, {roadmaps}',
      plans: '{count, plural, =0 {ningún plan} one {# plan} other {# planes}}',
      sessions:
        '{count, plural, =0 {ninguna sesión de estudio} one {# sesión de estudio} other {# sesiones de estudio}}',
      studyLog:
        '{count, plural, =0 {aún no has registrado estudio} one {# registro de estudio} other {# registros de estudio}}',
      reviews:
        '{count, plural, =0 {aún ninguna respuesta a “¿Cuánto lo dominas?”} one {# respuesta a “¿Cuánto lo dominas?”} other {# respuestas a “¿Cuánto lo dominas?”}}',
      notes: '{count, plural, =0 {ninguna nota de tema} one {# nota de tema} other {# notas de temas}}',
      roadmaps:
        '{count, plural, =0 {ninguna ruta de aprendizaje} one {# ruta de aprendizaje} other {# rutas de aprendizaje}}'
    },
    backUpNow: 'Hacer copia ahora',
    restoreFromFile: 'Restaurar desde archivo…',
    backupSaved: 'Copia de seguridad guardada como {name}.',
    backupNotSaved: 'No se pudo guardar la copia de seguridad. {reason}',
    kept: {
      heading: 'Copias de seguridad guardadas por la aplicación',
      entry: '{when} ({reason})',
      restoreLabel: 'Restaurar la copia de seguridad del {when}',
      restore: 'Restaurar…'
    },
    reason: {
      daily: 'diaria',
      preUpgrade: 'antes de una actualización',
      preRestore: 'antes de una restauración',
      preDelete: 'antes de eliminar un plan',
      manual: 'hecha por ti'
    }
  },
  backups: {
    label: 'Copias de seguridad',
    last: 'Última copia',
    daily: 'Copia diaria',
    kept: 'Copias guardadas',
    noneYet: 'Ninguna todavía.',
    failed:
      'Falló el {when}{attempts, plural, =1 {} other { (# intentos seguidos)}}. {message} La aplicación lo intentará de nuevo después del {next}; “Hacer copia ahora” lo intenta al momento.',
    made: 'Hecha el {when}.',
    notYet: 'Aún no se ha hecho: la aplicación hace una al día mientras está abierta y contiene datos de estudio.',
    policy:
      'La aplicación guarda las {daily, number} copias diarias más recientes, {manual, number} de las tuyas, {preDelete, number} de antes de eliminar un plan, {preRestore, number} de antes de una restauración y {preUpgrade, number} de antes de una actualización, y elimina las más antiguas. La más reciente de cada tipo nunca se elimina.'
  },
  restore: {
    legend: '¿Restaurar “{name}”?',
    intro:
      'Copia de seguridad hecha el {when}. Al restaurarla se reemplaza todo lo que hay en este dispositivo; antes, los datos actuales se guardan como instantánea.',
    contents: 'Contenido de la copia de seguridad',
    table: {
      plans: 'Planes',
      sessions: 'Sesiones',
      studyLog: 'Registros de estudio',
      reviews: 'Valoraciones de recuerdo',
      notes: 'Notas de temas',
      roadmaps: 'Rutas de aprendizaje',
      settings: 'Preferencias'
    },
    sessionsFrom: 'Sesiones desde',
    noSessions: 'Ninguna sesión',
    range: '{from} a {to}',
    confirm: 'Restaurar esta copia',
    cancel: 'Cancelar',
    cannotRestore: '“{name}” no se puede restaurar: {where}: {reason}',
    unreadable: 'No se pudo leer la copia de seguridad “{name}” ({reason}).',
    failed: 'No se cambió nada: la restauración falló ({reason}).',
    done: 'Se restauró “{name}”. Los datos que reemplazó se guardaron como instantánea.',
    doneWithoutSnapshot:
      'Se restauró “{name}”, pero los datos que reemplazó no se pudieron guardar en la carpeta de copias de seguridad ({problem, select, tooLarge {son demasiado grandes para un archivo de copia} notWritten {no se pudieron escribir en el disco; comprueba que el disco tenga espacio libre} other {{reason}}}). Se guarda una copia dentro de la aplicación solo hasta la próxima restauración.'
  },
  calendarFiles: {
    heading: 'Archivos de calendario',
    plan: 'Plan',
    importBusy: 'Importar tiempo ocupado desde .ics…',
    previewLegend: 'Tiempo ocupado para importar',
    apply: 'Aplicar tiempo ocupado',
    cancel: 'Cancelar',
    whyLeftOut: 'Por qué se omitieron eventos',
    skippedLine: '{where}: {reason}',
    andMore: 'y {count, number} más',
    cannotImport: '“{name}” no se puede importar: {reason}',
    cannotImportAt: '“{name}” no se puede importar: {where}: {reason}',
    noneFound:
      'No se encontró tiempo ocupado en “{source}”{skipped, plural, =0 {} one { (# evento omitido)} other { (# eventos omitidos)}}: {replacing, plural, =0 {no hay nada que aplicar.} one {al aplicarlo se quita # tiempo ocupado importado antes desde un archivo con este nombre.} other {al aplicarlo se quitan # tiempos ocupados importados antes desde un archivo con este nombre.}}',
    found:
      '{busy, plural, one {# tiempo ocupado encontrado} other {# tiempos ocupados encontrados}} en “{source}”{skipped, plural, =0 {} one {, # evento omitido} other {, # eventos omitidos}}.',
    replaces:
      '{busy, plural, one {Reemplaza} other {Reemplazan}} {replacing, plural, one {# tiempo ocupado importado} other {# tiempos ocupados importados}} antes desde un archivo con este nombre.',
    applyHint: '{busy, plural, one {Nada cambia hasta que lo apliques.} other {Nada cambia hasta que los apliques.}}',
    applied:
      '{count, plural, one {# tiempo ocupado de “{source}” añadido; el plan ahora lo tiene en cuenta.} other {# tiempos ocupados de “{source}” añadidos; el plan ahora los tiene en cuenta.}}'
  },
  icsExport: {
    legend: 'Exportar a tu aplicación de calendario',
    sessions: 'Sesiones',
    fromNow: 'A partir de ahora',
    between: 'Entre dos fechas',
    firstDay: 'Primer día',
    lastDay: 'Último día',
    includeDone: 'Incluir sesiones hechas (marcadas con ✓, sin recordatorios)',
    alarmsAtStart: 'Añadir recordatorios (al empezar cada sesión)',
    alarmsBefore: 'Añadir recordatorios ({minutes, plural, one {# minuto} other {# minutos}} antes de cada sesión)',
    export: 'Exportar .ics',
    exported:
      '{sessions, plural, one {# sesión exportada} other {# sesiones exportadas}}{alarms, plural, =0 {} one { (# con recordatorio)} other { (# con recordatorios)}} a {file}.',
    noneFromNow:
      '{done, select, yes {No hay sesiones planificadas ni hechas a partir de ahora.} other {No hay sesiones planificadas a partir de ahora.}} No se exportó nada.',
    noneBetween:
      '{done, select, yes {No hay sesiones planificadas ni hechas entre {from} y {to}.} other {No hay sesiones planificadas entre {from} y {to}.}} No se exportó nada.'
  },
  planChange: {
    heading: 'Tu plan',
    intro:
      'Las opciones de <strong>{title}</strong>, el plan que se muestra ahora. Cambia las que quieras: la vista previa muestra qué pasaría, y nada cambia hasta que lo apliques.',
    availabilityLegend: '¿Cuándo puedes estudiar?',
    breaksLegend: 'Descansos y la semana que viene',
    breakLabel: 'Descanso entre sesiones',
    minutes: 'minutos',
    keepLabel: 'Mantener como está planificado',
    keepNothing: 'Nada: replanificar todas las sesiones tras cada cambio',
    keepDays: '{days, plural, one {El próximo día} other {Los próximos # días}}',
    zoneLabel: 'Zona horaria del plan',
    zoneNote:
      'Este ordenador está configurado en {host}. Las horas de estudio se muestran y planifican en {zone}, la zona del plan.',
    saveFailed: 'no se pudo guardar el cambio ({reason})',
    preview: {
      heading: 'Antes y después',
      nothingYet:
        'Aún no has cambiado nada. Pinta la semana, mueve una fecha o elige otro tamaño para ver qué pasaría.',
      working: 'Calculando el cambio…',
      refused: 'Este cambio no se puede planificar: {reason} No ha cambiado nada.',
      refusedNoStudyTime:
        'Este cambio no se puede planificar: no queda tiempo de estudio en la semana. Pinta al menos media hora en la cuadrícula. No ha cambiado nada.',
      refusedTargetBeforeStart:
        'Este cambio no se puede planificar: la fecha objetivo es anterior a la fecha de inicio. No ha cambiado nada.',
      plan: 'Plan',
      now: 'Ahora',
      after: 'Después',
      apply: 'Aplicar',
      discard: 'Descartar cambios',
      applied: 'Plan cambiado.',
      undone: 'El plan vuelve a estar como antes.',
      failed: 'No cambió nada: {reason}',
      undo: 'Deshacer'
    },
    rows: {
      finish: 'Fin',
      target: 'Objetivo',
      needed: 'Estudio necesario por semana',
      capacity: 'Tiempo de estudio por semana'
    },
    doesNotFit: 'no cabe',
    noTarget: 'sin fecha objetivo',
    none: 'ninguna',
    hours: '{hours} h',
    sessions: {
      none: 'Ninguna sesión cambia.',
      all: '{count, plural, one {# sesión cambia.} other {# sesiones cambian.}}',
      near: '{near, plural, =0 {Ninguna sesión {days, plural, one {del próximo día} other {de los próximos # días}} cambia.} one {# sesión {days, plural, one {del próximo día} other {de los próximos # días}} cambia.} other {# sesiones {days, plural, one {del próximo día} other {de los próximos # días}} cambian.}}',
      nearAndLater:
        '{near, plural, =0 {Ninguna sesión {days, plural, one {del próximo día} other {de los próximos # días}} cambia} one {# sesión {days, plural, one {del próximo día} other {de los próximos # días}} cambia} other {# sesiones {days, plural, one {del próximo día} other {de los próximos # días}} cambian}}; {later, plural, one {# sesión posterior se mueve} other {# sesiones posteriores se mueven}}.'
    }
  },
  calendarSync: {
    heading: 'Sincronización del calendario',
    unavailable:
      'La sincronización del calendario necesita la app de escritorio: guarda tu contraseña en el llavero del sistema y habla ella misma con tu servidor de calendario.',
    intro:
      'Lleva tu plan a tu propio calendario (Nextcloud, iCloud, Fastmail, Radicale…) para que llegue a tu móvil con sus avisos. Las sesiones que muevas o borres allí vuelven al planificador. Sin cuenta con nosotros; sin conexión, la app funciona como siempre.',
    serverUrl: 'Dirección del servidor',
    serverHelp:
      'Por ejemplo https://caldav.icloud.com, https://caldav.fastmail.com o https://tu-nube.example/remote.php/dav. El http:// simple solo vale para este ordenador.',
    username: 'Nombre de usuario',
    password: 'Contraseña de aplicación',
    passwordHelp:
      'Usa una contraseña de aplicación si tu proveedor las ofrece. La guarda la app de escritorio, nunca tus copias de seguridad.',
    connect: 'Conectar',
    connecting: 'Conectando…',
    plainTextQuestion:
      'Este escritorio no tiene llavero donde guardar la contraseña bajo llave. ¿Guardarla sin cifrar en la carpeta de la app? Quien pueda leer tus archivos podría leerla.',
    plainTextSave: 'Guardar sin cifrar',
    cancel: 'Cancelar',
    connectedAs: 'Conectado a {server} como {user}.',
    plainTextNote: 'Tu contraseña está guardada sin cifrar: este escritorio no tiene llavero.',
    chooseLegend: 'Calendario para tu plan',
    createCalendar: 'Un calendario nuevo «Study Planner» (recomendado)',
    busyLegend: 'Contar los eventos de estos calendarios como tiempo ocupado',
    busyNone: 'Ningún otro calendario tiene eventos.',
    plan: 'Plan: {title}',
    weeks: 'Llevar al calendario',
    weeksOption: '{weeks, plural, one {la próxima semana} other {las próximas # semanas}}',
    keepDone: 'Dejar en el calendario las sesiones hechas, marcadas con ✓ (las saltadas siempre se quitan)',
    start: 'Empezar a sincronizar',
    saveChoice: 'Guardar',
    changeChoice: 'Cambiar calendarios…',
    syncNow: 'Sincronizar ahora',
    syncing: 'Sincronizando…',
    disconnect: 'Desconectar',
    disconnectNote:
      'Al desconectar, la app olvida aquí la contraseña y el tiempo ocupado leído de tus calendarios. Los eventos que ya están en tu calendario se quedan allí.',
    factPlan: 'Plan',
    planGoneShort: 'borrado',
    planGone:
      'El plan que muestra este calendario se borró, así que ya no se envía nada. Elige «Cambiar calendarios…» para sincronizar el plan que tienes abierto.',
    factCalendar: 'Calendario',
    factBusy: 'Tiempo ocupado de',
    factBusyNone: 'ninguno',
    factRange: 'Periodo',
    factLastSync: 'Última sincronización',
    factState: 'Estado',
    never: 'todavía ninguna',
    upToDate: 'Al día',
    pending: 'Hay cambios esperando para enviarse',
    summary: 'Enviado a tu calendario: {created} añadidos, {updated} cambiados, {deleted} quitados.',
    fromCalendar:
      'Desde tu calendario, {when}: {moved, plural, =0 {ninguna movida} one {# sesión movida} other {# sesiones movidas}}, {deleted, plural, =0 {ninguna borrada} one {# borrada (saltada aquí)} other {# borradas (saltadas aquí)}}.',
    busyRead:
      '{busy, plural, =0 {Ningún tiempo ocupado leído} one {# tiempo ocupado leído} other {# tiempos ocupados leídos}} de tus otros calendarios.',
    bothChanged:
      '{count, plural, one {# sesión cambió} other {# sesiones cambiaron}} en los dos sitios: se ha mantenido la hora de tu calendario.',
    rule: 'Si una sesión cambia en los dos sitios, gana la hora puesta en tu app de calendario; el planificador conserva su título, sus notas y si está hecha. Deshacer revierte los cambios que llegaron de tu calendario.',
    nextAttempt: 'Próximo intento a las {time}.',
    alert: 'La sincronización del calendario se ha detenido. {problem}',
    alertButton: 'Abrir Ajustes',
    unreachableConnect: 'No se pudo llegar al servidor ({detail}). Revisa la dirección y tu conexión de red.',
    unreachableDetail: {
      refused: 'el servidor rechazó la conexión',
      notFound: 'no hay ningún servidor con ese nombre',
      timeout: 'sin respuesta a tiempo',
      reset: 'la conexión se cortó',
      offline: 'sin red'
    },
    errors: {
      'invalid-url': 'Esa dirección del servidor no es una dirección web. Revísala; empieza por https://.',
      'insecure-url':
        'La dirección debe empezar por https:// (el http:// simple solo vale para este ordenador), para que tu contraseña nunca viaje sin cifrar.',
      'wrong-password':
        'El servidor rechazó el nombre de usuario o la contraseña. Revísalos; muchos proveedores piden aquí una contraseña de aplicación.',
      forbidden: 'El servidor no deja que esta cuenta cambie ese calendario. Elige otro o crea «Study Planner».',
      unreachable: 'No se pudo llegar al servidor ({detail}). Tus cambios esperan y se envían cuando responda.',
      'certificate-invalid': 'El certificado del servidor no es válido ({detail}). La app no le envía tu contraseña.',
      'calendar-gone': 'El calendario ya no está en el servidor (borrado o movido). Elige otro o crea «Study Planner».',
      'not-caldav':
        'Ningún servicio de calendario respondió en esa dirección. Revisa la dirección CalDAV que da tu proveedor.',
      'other-origin':
        'El servidor envió la app a otra dirección ({url}); no la ha seguido, así que tu contraseña se queda con este servidor.',
      'response-too-large': 'El servidor envió más de {limit} MB de una vez, y la app no lo lee.',
      'bad-response':
        'No se pudo leer la respuesta del servidor ({detail}). No se cambió nada; la app lo intentará más tarde.',
      'server-error': 'El servidor tuvo un problema (HTTP {status}). La app lo intentará más tarde.',
      'plain-text-needs-consent': 'La contraseña no se guardó: este escritorio no tiene llavero.',
      'credentials-unreadable':
        'La contraseña guardada ya no se puede leer (el llavero cambió). Desconecta y vuelve a conectar.'
    }
  },
  plans: {
    heading: 'Todos los planes',
    intro:
      'Los recordatorios llegan de todos los planes que no están archivados; el calendario, Hoy y Progreso muestran el plan elegido en “Plan actual”.',
    loading: 'Cargando…',
    none: 'Aún no hay planes.',
    newPlan: 'Nuevo plan…',
    state: {
      archived: 'Archivado',
      shown: 'Se muestra ahora',
      active: 'Activo'
    },
    newName: 'Nombre nuevo',
    saveName: 'Guardar nombre',
    cancel: 'Cancelar',
    deleteLegend: '¿Eliminar {title}?',
    deleteConfirmApp:
      '¿Eliminar “{title}” con sus sesiones, registro de estudio, valoraciones y notas? Antes se guarda una copia de seguridad de todos tus datos: aparece en “Copias de seguridad guardadas por la aplicación”, en Tus datos más abajo, desde donde puedes restaurarla.',
    deleteConfirmDownload:
      '¿Eliminar “{title}” con sus sesiones, registro de estudio, valoraciones y notas? Antes se guarda una copia de seguridad de todos tus datos: se descarga como archivo, que puedes restaurar con “Restaurar desde archivo” en Tus datos más abajo.',
    backUpAndDelete: 'Copiar y eliminar',
    keepPlan: 'Conservar el plan',
    show: 'Mostrar',
    showLabel: 'Mostrar {title}',
    rename: 'Renombrar',
    renameLabel: 'Renombrar {title}',
    archive: 'Archivar',
    archiveLabel: 'Archivar {title}',
    bringBack: 'Recuperar',
    bringBackLabel: 'Recuperar {title}',
    delete: 'Eliminar…',
    deleteLabel: 'Eliminar {title}',
    renamed: '“{from}” se ha renombrado como “{to}”.',
    notRenamed: 'No se renombró: {reason}',
    notChanged: 'No se cambió: {reason}',
    archivedMessage:
      '“{title}” archivado. Conserva todos sus datos y no envía recordatorios; puedes recuperarlo aquí en cualquier momento.',
    broughtBack: '“{title}” vuelve a estar en “Plan actual” y envía recordatorios de nuevo.',
    notBackedUp: 'No se eliminó: antes no se pudo guardar la copia de seguridad. {reason} Tu plan no ha cambiado.',
    deleted: '“{title}” eliminado. La copia de seguridad guardada antes es {file}.',
    notDeleted: 'No se eliminó: {reason}'
  }
}
