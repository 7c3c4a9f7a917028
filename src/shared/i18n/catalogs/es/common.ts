import type { Catalog } from '../../catalog'

export const common: Catalog['common'] = {
  loading: 'Cargando…',
  loadingPlan: 'Cargando tu plan…',
  quoted: '“{text}”',
  newPlanBar: {
    label: 'Nuevo plan',
    text: 'Estás empezando un nuevo plan. Tus otros planes siguen como están; cambia entre ellos con “Plan actual”.',
    cancel: 'Cancelar nuevo plan'
  },
  planSwitcher: {
    label: 'Plan actual',
    noActive: 'Ningún plan activo',
    newPlan: 'Nuevo plan…'
  },
  reminderBanners: { dismiss: 'Cerrar' },
  restoreOffer: {
    text: 'No se encontraron datos de estudio en este equipo, pero {count, plural, one {hay una copia de seguridad} other {hay # copias de seguridad}} (la más reciente del {when}). Restáurala antes de empezar un nuevo plan.',
    button: 'Restaurar desde una copia…'
  },
  studyTimer: {
    label: 'Temporizador de estudio',
    untitled: 'Sesión de estudio',
    paused: 'En pausa',
    pause: 'Pausar',
    resume: 'Reanudar',
    stop: 'Detener…',
    clockWords:
      '{hours, plural, =0 {} one {# hora } other {# horas }}{minutes, plural, one {# minuto} other {# minutos}}',
    studied:
      '{hours, plural, =0 {} one {# hora } other {# horas }}{minutes, plural, one {# minuto} other {# minutos}} de estudio',
    earlyStart:
      'Empezada {hours, plural, =0 {{minutes, number} min} other {# h{minutes, plural, =0 {} other { # min}}}} antes de la hora prevista',
    started: 'Temporizador iniciado: {title}',
    resumed: 'Temporizador reanudado: {title}',
    pausedAnnouncement: 'Temporizador en pausa: {title}',
    stopped: 'Temporizador detenido'
  },
  undo: {
    markDone: 'Deshacer: marcar como hecha',
    skip: 'Deshacer: omitir',
    move: 'Deshacer: mover',
    rate: 'Deshacer: valorar',
    addSession: 'Deshacer: añadir sesión',
    deleteSession: 'Deshacer: eliminar sesión',
    replanWeek: 'Deshacer: replanificar esta semana',
    changePlan: 'Deshacer: cambiar el plan',
    reminderTime: 'Deshacer: cambiar la hora del recordatorio',
    catchUp: 'Deshacer: recuperar sesiones perdidas',
    importBusyTime: 'Deshacer: importar tiempo ocupado',
    calendarChanges: 'Deshacer: cambios del calendario',
    replaceRoadmap: 'Deshacer: reemplazar la ruta',
    importRoadmap: 'Deshacer: importar {name}',
    editRoadmap: 'Deshacer: editar la ruta',
    add: 'Deshacer: añadir {name}',
    edit: 'Deshacer: editar {name}',
    rename: 'Deshacer: renombrar {name}',
    moveInRoadmap: 'Deshacer: mover {name}',
    delete: 'Deshacer: eliminar {name}',
    trackChoice: 'Deshacer: elegir especialidad',
    markKnown: 'Deshacer: marcar {name} como sabido',
    unmarkKnown: 'Deshacer: desmarcar {name} como sabido',
    other: 'Deshacer: {label}'
  },
  importRefusal: {
    withPlace:
      '“{file}” no se importó ({place}): {problem} Corrige esa parte del archivo e impórtalo de nuevo; no se cambió nada.',
    withoutPlace:
      '“{file}” no se importó: {problem} Corrige esa parte del archivo e impórtalo de nuevo; no se cambió nada.',
    item: '{list, select, stages {etapa {n}} tracks {especialidad {n}} topics {tema {n}} resources {recurso {n}} prerequisites {requisito previo {n}} other {{list} {n}}}',
    line: 'línea {line}'
  },
  shortcuts: {
    title: 'Atajos de teclado',
    calendar: 'Calendario',
    calendarAndRoadmap: 'Calendario y ruta',
    everywhere: 'En todas partes',
    close: 'Cerrar',
    keys: { ctrl: 'Ctrl', alt: 'Alt', enter: 'Intro', esc: 'Esc' },
    actions: {
      today: 'Ir a hoy',
      previousWeek: 'Semana anterior (mes en la vista Mes)',
      nextWeek: 'Semana siguiente (mes en la vista Mes)',
      nextSession: 'Abrir la siguiente sesión',
      addSession: 'Añadir una sesión (un tema o algo tuyo) a la hora que elijas',
      undo: 'Deshacer el último cambio del plan (⌘ Z en macOS)',
      help: 'Mostrar estos atajos',
      calendar: 'Calendario',
      roadmap: 'Ruta de aprendizaje',
      progress: 'Progreso',
      settings: 'Ajustes',
      openFocused: 'Abrir la sesión seleccionada',
      closePanel: 'Cerrar un panel o diálogo'
    }
  },
  zonePicker: {
    placeholder: 'Ciudad, región o desfase',
    list: 'Zonas horarias',
    noMatch: 'Ninguna zona horaria coincide con “{query}”.',
    region:
      '{part, select, Africa {África} America {América} Antarctica {Antártida} Arctic {Ártico} Asia {Asia} Atlantic {Atlántico} Australia {Australia} Europe {Europa} Indian {Índico} Pacific {Pacífico} Argentina {Argentina} North_Dakota {Dakota del Norte} other {{part}}}'
  },
  planInputs: {
    dates: {
      partial: 'Escribe una fecha completa: día, mes y año.',
      year: 'Elige un año de {first} a {last}.',
      beforeStart: 'La fecha objetivo es anterior a la de inicio.'
    },
    pace: {
      legend: 'Fechas y ritmo',
      legendNumbered: '{step}. Fechas y ritmo',
      startDate: 'Fecha de inicio',
      targetDate: 'Fecha objetivo <muted>(opcional)</muted>',
      keepStart: 'Mientras tanto, el plan empieza el {date}.',
      keepNoTarget: 'Mientras tanto, el plan no tiene fecha objetivo.',
      keepTarget: 'Mientras tanto, el plan mantiene la fecha objetivo {date}.',
      sessionLength: 'Duración de la sesión',
      from: 'de',
      to: 'a',
      minutes: 'minutos',
      lengthRange: 'Las sesiones pueden durar de {min} a {max} minutos; el plan mantiene la última duración válida.',
      minAboveMax: 'La sesión más corta es más larga que la más larga.',
      parallel: 'Temas en paralelo',
      parallelOne: '1 — un tema cada vez',
      parallelTwo: '2 — alternar dos temas',
      parallelThree: '3 — rotar tres temas',
      reviews: 'Programar repasos breves de los temas terminados'
    },
    tracks: {
      legend: 'Especialidad',
      legendNumbered: '{step}. Elige tu especialidad',
      includeOptional: 'Incluir etapas opcionales',
      optionalStage: '{title}<muted> (opcional)</muted>',
      hours: '· {hours}\u00a0h de estudio'
    },
    availability: {
      help: 'Arrastra por la cuadrícula para marcar tiempo de estudio; arrastra desde una celda marcada para borrar. Con el teclado: las flechas mueven, Espacio alterna media hora y Mayús+flecha marca al moverse.',
      suggested: 'Horas sugeridas',
      clear: 'Borrar',
      grid: 'Tiempo de estudio semanal',
      time: 'Hora',
      cell: '{day} de {from} a {to}',
      weekly: '{hours}\u00a0h a la semana',
      cut: '{painted}\u00a0h marcadas → {study}\u00a0h de estudio tras {reasons}',
      breaks: 'descansos de {minutes} minutos',
      shortSlots: 'omitir huecos de menos de {minutes} minutos',
      dailyCap: 'el límite diario de {hours}\u00a0h',
      sizes: 'descansos y duración de las sesiones'
    },
    sizes: {
      min: 'La sesión mínima debe ser un número entero de minutos entre 5 y 1440.',
      max: 'La sesión máxima debe ser un número entero de minutos entre 5 y 1440.',
      minAboveMax:
        'El mínimo ({min} min) supera al máximo ({max} min): ninguna sesión podría ser a la vez lo bastante larga y lo bastante corta.',
      break: 'El descanso debe ser un número entero de minutos entre 0 y 240.',
      longerThanDay:
        'El mínimo ({min} min) es más largo que tu día de estudio más largo ({day} min): no cabría ninguna sesión.'
    },
    feasibility: {
      noAvailability: 'Marca al menos una franja de estudio en la cuadrícula semanal para ver cuándo terminarías.',
      startYear: 'Elige una fecha de inicio con un año de {first} a {last}.',
      targetYear: 'Elige una fecha objetivo con un año de {first} a {last}.',
      sentence:
        '{need, select, overWeek {Terminar el {target} requeriría más horas de las que tiene una semana; tienes {have}\u00a0h/semana} needs {Necesitas {needed}\u00a0h/semana para terminar el {target}; tienes {have}\u00a0h/semana} passed {La fecha objetivo {target} ya pasó; tienes {have}\u00a0h/semana} other {Tienes {have}\u00a0h/semana}} → {finish, select, none {no todo cabe en diez años} other {terminas el {finishDate}}}.'
    }
  },
  database: {
    blocked:
      'Study Planner está abierto en otra ventana con una versión anterior. Ciérrala para terminar de abrir tus datos de estudio aquí.',
    slowOpen:
      'Tus datos de estudio tardan más de lo normal en abrirse. Puede que otra ventana o pestaña de Study Planner los esté usando: cierra las demás y esta ventana seguirá sola cuando los liberen.',
    changedElsewhere:
      'Otra ventana actualizó tus datos de estudio (una versión más reciente o una restauración). Recarga esta ventana para continuar; no se perdió nada.',
    newer:
      'Estos datos se guardaron con una versión más reciente de Study Planner. Actualiza la aplicación para abrirlos; no se cambió nada.',
    openFailed: 'No se pudo abrir la base de datos de estudio ({detail}). No se cambió nada.'
  },
  operations: {
    noPlan: 'No existe el plan “{id}”.',
    noRoadmap: 'No existe la ruta “{id}”.',
    noSession: 'No existe la sesión “{id}”.',
    planRoadmapMissing: 'Falta la ruta “{id}” de este plan.',
    nothingToUndo: 'No hay nada que deshacer.',
    planName: 'Ponle un nombre al plan.',
    planNameLength: 'El nombre debe tener menos de {max, number} caracteres.',
    actualMinutes: 'Los minutos reales deben ser un número entero entre 0 y 1440.',
    rating: 'La valoración debe ser “otra vez”, “difícil”, “bien” o “fácil”.',
    deleteOnlyAdded: 'Solo se puede eliminar una sesión que hayas añadido; omite una planificada en su lugar.',
    deleteDone: 'Una sesión hecha se guarda como historial y no se puede eliminar.',
    noteLength: 'Las notas pueden tener como máximo {max, number} caracteres.',
    planCannotUseRoadmap: 'El plan “{title}” no puede usar esta ruta: {detail}',
    historyOffRoadmap:
      'las sesiones que omitiste o perdiste en {topics} se guardan como historial, así que {count, plural, one {ese tema se queda} other {esos temas se quedan}} en la ruta.',
    orphanedWork:
      '“{roadmap}” no tiene {count, plural, one {un tema} other {temas}} que ya estudiaste o valoraste en este plan ({topics}{more, plural, =0 {} other { y # más}}), así que ese trabajo se perdería. Empieza un nuevo plan con ella: este plan se queda como está.',
    notedTopics:
      '{topics}{more, plural, =0 {} other { y # más}} {count, plural, one {tiene} other {tienen}} notas tuyas, que se perderían. Borra primero esas notas (en una sesión de ese tema) y vuelve a intentarlo.',
    busyLimit:
      '“{file}” llevaría el tiempo ocupado de este plan a {total, number} intervalos; un plan admite como máximo {max, number}. No se importó nada. Importa un calendario más corto, o una copia actualizada de un calendario importado antes con el mismo nombre de archivo: reemplaza el tiempo ocupado de ese calendario.',
    backupRoom:
      '{what, select, newPlan {Un nuevo plan} roadmap {Esta ruta} other {“{file}”}} haría tus datos demasiado grandes para una copia de seguridad: unos {total} MB, y una copia admite como máximo {limit} MB. No se cambió nada. Elimina primero un plan que ya no necesites (se guarda una copia de él).'
  },
  limits: {
    unsafe: 'No se puede guardar: una copia de seguridad con esto no se podría restaurar ({detail}).',
    invalid: 'No se puede guardar: una copia de seguridad con esto no se podría restaurar.',
    invalidAt: 'No se puede guardar: una copia de seguridad con esto no se podría restaurar ({where}: {detail}).',
    tooMany:
      'Se pueden guardar como máximo {max, number} {table, select, roadmaps {rutas} plans {planes} notes {notas de temas} settings {preferencias guardadas} other {registros}}; elimina algunos primero.',
    stages: 'Una ruta puede tener como máximo {max, number} etapas.',
    topics: 'Una etapa o especialidad puede tener como máximo {max, number} temas.',
    tracks: 'Una etapa con elección puede tener como máximo {max, number} especialidades.',
    prerequisites: 'Un tema puede tener como máximo {max, number} requisitos previos.',
    resources: 'Un tema puede tener como máximo {max, number} recursos.',
    busy: 'Tiempo ocupado: un plan admite como máximo {max, number} intervalos.',
    windows: 'Franjas de estudio: como máximo {max, number} franjas semanales.',
    blackouts: 'Días libres: como máximo {max, number} periodos.',
    planName: 'El nombre de un plan puede tener como máximo {max, number} caracteres.',
    title:
      '{owner, select, topic {El título de un tema} track {El título de una especialidad} stage {El título de una etapa} resource {El título de un recurso} roadmap {El título de una ruta} other {Un título}} puede tener como máximo {max, number} caracteres.',
    summary:
      '{owner, select, topic {El resumen de un tema} track {El resumen de una especialidad} stage {El resumen de una etapa} resource {El resumen de un recurso} roadmap {El resumen de una ruta} other {Un resumen}} puede tener como máximo {max, number} caracteres.',
    outcome:
      '{owner, select, topic {El objetivo de un tema} track {El objetivo de una especialidad} stage {El objetivo de una etapa} resource {El objetivo de un recurso} roadmap {El objetivo de una ruta} other {Un objetivo}} puede tener como máximo {max, number} caracteres.',
    label:
      'La etiqueta de un tiempo ocupado o el nombre de un día libre puede tener como máximo {max, number} caracteres.',
    text: 'Las notas pueden tener como máximo {max, number} caracteres.',
    url: 'Un enlace puede tener como máximo {max, number} caracteres.',
    id: 'Un identificador puede tener como máximo {max, number} caracteres.'
  },
  backup: {
    tooLargeSized:
      'Tus datos son demasiado grandes para una copia de seguridad ({size} MB; como máximo {max} MB). Elimina los planes que ya no necesites, o expórtalos a archivos y elimínalos.',
    tooLarge:
      'Tus datos son demasiado grandes para una copia de seguridad (como máximo {max} MB). Elimina los planes que ya no necesites, o expórtalos a archivos y elimínalos.',
    notWritten: 'No se pudo escribir la copia de seguridad en el disco. Comprueba que haya espacio libre.',
    refused: 'Se rechazó la copia de seguridad ({error}).',
    notPrepared: 'No se pudo preparar la copia de seguridad ({detail}).'
  },
  files: {
    tooLarge:
      '“{name}” ocupa {size} MB, demasiado para {kind, select, ics {un archivo de calendario} markdown {un esquema de ruta} json {un archivo de ruta} other {una copia de seguridad}} (como máximo {max} MB de texto). No se leyó y no se cambió nada.',
    failed:
      'No se pudo leer “{name}” ({reason}) y no se {kind, select, backup {restauró} other {importó}}; no se cambió nada.',
    tooSlow:
      '“{name}” tardó demasiado en leerse y no se {kind, select, backup {restauró} other {importó}}; no se cambió nada.',
    readerStopped: 'la lectura se detuvo',
    notPassedOn: 'su contenido no se pudo transferir'
  },
  calendarFile: {
    reviewTitle: 'Repaso: {topic}',
    reviewNote: 'Sesión de repaso: repasa este tema de memoria y luego comprueba qué se te escapó.',
    outcome: 'Objetivo: {outcome}',
    resources: 'Recursos:',
    stage: 'Etapa: {stage}',
    stageAndTrack: '{stage}, especialidad {track}'
  }
}
