import type { Catalog } from '../../catalog'

export const calendar: Catalog['calendar'] = {
  planView: {
    loading: 'Cargando tu plan…',
    title: 'Calendario',
    missedCount: '{count, plural, one {# sesión perdida} other {# sesiones perdidas}}',
    addSession: 'Añadir sesión…',
    replanWeek: 'Replanificar esta semana…',
    shortcuts: 'Atajos de teclado',
    today: 'Hoy',
    saveFailed: 'No se pudo guardar, así que no cambió nada ({reason}).',
    moveFailed: 'No se pudo guardar el cambio, así que la sesión volvió a su sitio ({reason}).',
    moveRefused:
      'Una sesión solo puede moverse a un momento que aún no ha pasado. Para registrar lo que estudiaste antes, abre la sesión y márcala como hecha.'
  },
  fullCalendar: {
    week: 'Semana',
    threeDays: '3 días',
    month: 'Mes',
    agenda: 'Lista',
    day: 'Día',
    year: 'Año',
    today: 'Hoy',
    previous: 'Anterior',
    next: 'Siguiente',
    previousYear: 'Año anterior',
    nextYear: 'Año siguiente',
    weekShort: 'Sem',
    todayHint:
      '{unit, select, week {Hoy: mostrar la semana actual} month {Hoy: mostrar el mes actual} threeDays {Hoy: mostrar los tres días actuales} twoWeeks {Hoy: mostrar las dos semanas actuales} other {Hoy}}',
    previousHint:
      '{unit, select, week {Semana anterior} month {Mes anterior} threeDays {Tres días anteriores} twoWeeks {Dos semanas anteriores} other {Anterior}}',
    nextHint:
      '{unit, select, week {Semana siguiente} month {Mes siguiente} threeDays {Tres días siguientes} twoWeeks {Dos semanas siguientes} other {Siguiente}}',
    viewHint:
      '{view, select, week {Vista de semana} threeDays {Vista de 3 días} month {Vista de mes} agenda {Vista de lista} other {Vista {name}}}',
    viewChangeHint: 'Cambiar vista',
    navLinkHint: 'Ir a {date}',
    noEvents: 'No hay sesiones en este periodo.',
    allDay: 'Todo el día',
    timed: 'Con hora',
    moreLink: '{count, plural, other {+# más}}',
    moreLinkHint: '{count, plural, one {Mostrar # evento más} other {Mostrar # eventos más}}',
    close: 'Cerrar',
    events: 'Eventos'
  },
  block: {
    status: '{status, select, done {Hecha} skipped {Omitida} missed {Perdida} other {Planificada}}',
    pinned: 'Fijada',
    reviewTitle: 'Repaso: {title}'
  },
  today: {
    title: 'Hoy',
    nextSession: 'Próxima sesión',
    nothingAhead: 'No hay nada planificado.',
    startsIn: 'Empieza en {duration}',
    inProgress: 'En curso, quedan {duration}',
    todaysSessions: 'Sesiones de hoy',
    noneToday: 'Hoy no hay sesiones.',
    item: '{status, select, done {{time} · {title} · hecha} other {{time} · {title}}}',
    thisWeek: 'Esta semana',
    weekHours: '{done}\u00a0h hechas de {planned}\u00a0h planificadas'
  },
  session: {
    ownSession: 'Sesión propia',
    kind: '{kind, select, review {Repaso} other {Estudio}}',
    pinned: 'Fijada',
    addedByYou: 'Añadida por ti',
    when: '{day} ({range}, {minutes} minutos)',
    close: 'Cerrar los detalles de la sesión',
    outcome: 'Resultado',
    resources: 'Recursos',
    notes: 'Notas',
    missed:
      'Perdida: su contenido se colocó de nuevo después de la próxima semana. ¿Al final la estudiaste? Regístrala.',
    start: 'Empezar',
    timer:
      '{paused, select, yes {Inicio: {time} · llevas {minutes} min · en pausa} other {Inicio: {time} · llevas {minutes} min}}',
    logDone: 'Registrar como hecha…',
    done: 'Hecha…',
    skip: 'Omitir',
    delete: 'Eliminar',
    doneStatus: 'Hecha · {minutes} min',
    skippedStatus: 'Omitida: su tiempo queda libre y su contenido pasa a después de la próxima semana.',
    doneForm: {
      minutes: 'Minutos que estudiaste realmente',
      recallReview: '¿Qué tal lo recordaste?',
      recallFirst:
        'Esa fue la última sesión de este tema. ¿Cuánto lo dominas ahora? Tu respuesta planifica su primer repaso.',
      markDone: 'Marcar como hecha',
      cancel: 'Cancelar'
    },
    ratings: {
      again: 'Otra vez',
      againHint: 'Lo había olvidado',
      hard: 'Difícil',
      hardHint: 'Lo recordé con esfuerzo',
      good: 'Bien',
      goodHint: 'Lo recordé tras pensarlo un momento',
      easy: 'Fácil',
      easyHint: 'Lo recordé al instante'
    }
  },
  quickAdd: {
    title: 'Añadir una sesión',
    what: '¿Qué vas a estudiar?',
    whatPlaceholder: 'Un tema de la ruta o, p. ej., Leer el artículo sobre atención',
    hintTopic: 'Un tema de la ruta: este tiempo cuenta para él.',
    hintOwn: 'Sesión propia: su tiempo queda libre de otro estudio, sin tema de la ruta.',
    hintEmpty: 'Elige un tema de la lista o escribe el tuyo.',
    date: 'Fecha',
    start: 'Inicio',
    minutes: 'Minutos',
    zone: 'Las horas están en la zona horaria del plan, {zone}.',
    add: 'Añadir sesión',
    cancel: 'Cancelar',
    noTitle: 'Escribe qué vas a estudiar o elige un tema.',
    noStart: 'Elige una fecha y una hora de inicio.',
    badMinutes: 'Una sesión dura de 1 a {max} minutos enteros.'
  },
  weekReplan: {
    title: '¿Replanificar esta semana?',
    intro:
      'La próxima semana normalmente se mantiene como está planificada. Al replanificarla, todas las sesiones desde ahora se colocan de nuevo; las hechas, omitidas, perdidas y fijadas se quedan.',
    working: 'Calculando qué cambiaría…',
    changes: '{count, plural, =0 {No cambiaría nada.} one {Cambiaría # sesión.} other {Cambiarían # sesiones.}}',
    finish: 'Fin: {before} → {after}.',
    finishStays: 'El fin sigue siendo el {date}.',
    notEverythingFits: 'no cabe todo',
    apply: 'Replanificar',
    cancel: 'Cancelar'
  },
  missed: {
    title: '{count, plural, one {Perdiste # sesión} other {Perdiste # sesiones}}',
    onCourse: 'Ibas bien para terminar el {date}.',
    intro:
      'Las sesiones perdidas se quedan en tu calendario: abre una para registrarla si sí estudiaste. Elige cómo ponerte al día; nada cambia hasta que lo apliques, y la próxima semana se mantiene como está planificada.',
    options: 'Formas de ponerte al día',
    apply: 'Aplicar',
    notNow: 'Ahora no',
    optionTitle:
      '{option, select, reflow {Colocar lo perdido después de esta semana} raiseDailyCap {Estudiar un poco más cada día} dropOptional {Quitar los temas opcionales} other {Mover la fecha objetivo}}',
    notApplicable:
      '{option, select, dropOptional {Este plan ya no tiene temas opcionales.} moveTarget {El plan no tiene fecha objetivo que mover, o ya la cumple.} other {No cambiaría el plan.}}',
    finishes: 'Termina el {date}',
    notEverythingFits: 'No cabe todo',
    dailyCap: 'hasta {hours}\u00a0h al día',
    newTarget: 'la fecha objetivo pasa al {date}',
    stillLate: 'aún pasada la fecha objetivo',
    changes: '{count, plural, one {cambia # sesión} other {cambian # sesiones}}'
  },
  weekNotice: {
    reassigned: '{from} ya no necesita más tiempo, así que la sesión del {when} ahora cubre {to}.',
    reassignedSomeSession: '{from} ya no necesita más tiempo, así que una sesión de esta semana ahora cubre {to}.',
    released:
      '{count, plural, one {Una sesión de la próxima semana ya no cabe y se descartó.} other {# sesiones de la próxima semana ya no caben y se descartaron.}}'
  }
}
