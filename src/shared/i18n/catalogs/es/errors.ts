import type { Catalog } from '../../catalog'

/** Why a repeat rule is refused: a select branch per reason (see the English file). */
const RULE_REASONS =
  'tooOften {RRULE:{rule} se repite {every, select, second {cada segundo} other {cada minuto}}; solo cuentan como tiempo ocupado los eventos que se repiten como mucho cada hora} interval {RRULE:{rule} tiene INTERVAL={interval}; se lee como máximo {max}} tooManyValues {RRULE:{rule} indica {count} valores para {part}, más de los {max} posibles} tooManyStarts {RRULE:{rule} empieza {count} veces al día; como tiempo ocupado se lee como máximo {max} (cada hora)} never {RRULE:{rule} nunca puede ocurrir (ninguna fecha cumple todas sus partes BY)}'

export const errors: Catalog['errors'] = {
  quickAdd: {
    unknownTopic: 'Elige un tema de la ruta de este plan o escribe qué vas a estudiar.',
    noTitle: 'Escribe qué vas a estudiar o elige un tema.',
    titleTooLong: 'El título puede tener como máximo {max} caracteres.',
    startNotWholeMinutes: 'Elige una hora de inicio en minutos enteros.',
    lengthNotWholeMinutes: 'Elige una duración en minutos enteros.',
    tooLong: 'Una sesión puede durar como máximo {hours, plural, one {# hora} other {# horas}}.',
    pastTime: 'Esa hora ya pasó: elige una hora que aún esté por venir.',
    overlap: 'Esa hora se solapa con “{name}” ({start}–{end}); elige una hora libre.'
  },
  session: {
    actualMinutes: 'Los minutos reales deben ser un número entero de 0 a 1440.',
    alreadyDone: 'Esta sesión ya está hecha.',
    skipNotPlanned:
      'Solo se puede omitir una sesión planificada; esta está {status, select, done {hecha} skipped {omitida} other {planificada}}.',
    moveNotPlanned:
      'Solo se puede mover una sesión planificada; esta está {status, select, done {hecha} skipped {omitida} other {planificada}}.',
    endBeforeStart: 'La sesión debe terminar después de empezar.',
    unknown: 'No hay ninguna sesión “{id}”.',
    badRating: 'La valoración debe ser “otra vez”, “difícil”, “bien” o “fácil”.',
    noTopicRating: 'Una sesión sin tema no tiene nada que recordar.'
  },
  roadmap: {
    stagesNotList: 'Las etapas de la ruta deben ser una lista.',
    stageIdEmpty: 'El id de una etapa no puede estar vacío.',
    stageIdTwice: 'El id de etapa “{id}” se usa dos veces.',
    noTracks: 'La etapa de elección “{id}” necesita al menos una especialidad.',
    trackIdTwice: 'La etapa “{id}” repite un id de especialidad.',
    trackTopicsNotList: 'Los temas de una especialidad deben ser una lista.',
    stageTopicsNotList: 'Los temas de una etapa deben ser una lista.',
    topicIdEmpty: 'El id de un tema no puede estar vacío.',
    topicIdTwice: 'El id de tema “{id}” se usa dos veces.',
    badEstimate: 'La estimación de “{id}” debe ser un número entero de minutos entre 1 y {max}.',
    prerequisitesNotList: 'Los requisitos previos deben ser una lista.',
    unknownPrerequisite: '“{id}” requiere el tema desconocido “{prerequisite}”.',
    cycle: 'Los requisitos previos forman un ciclo: {path}.'
  },
  roadmapFile: {
    notRoadmap: 'Esto no es un archivo de ruta de Study Planner (se esperaba el formato “{format}”).',
    newerVersion:
      'Esta ruta se hizo con una versión más reciente de Study Planner (versión {version}). Actualiza la app para importarla.',
    noTopics: 'La ruta no tiene temas que estudiar: añade al menos una etapa con un tema.'
  },
  file: {
    notText: 'El archivo no es texto.',
    tooLarge: 'El archivo es demasiado grande ({length} caracteres; como máximo {max}).',
    notJson: 'El archivo no es JSON válido (puede estar cortado o no ser una copia de seguridad): {detail}',
    tooManyValues: 'El archivo contiene más de {max} valores.',
    tooDeep: 'anidado a más de {max} niveles',
    forbiddenKey: 'la clave “{key}” no está permitida',
    keyTooLong: 'una clave de {length} caracteres es demasiado larga',
    textTooLong: 'un texto de {length} caracteres es demasiado largo (como máximo {max})'
  },
  backup: {
    notObject: 'Esto no es una copia de seguridad de Study Planner (se esperaba un objeto JSON).',
    wrongFormat:
      'Esto no es una copia de seguridad de Study Planner (el formato es {format}, se esperaba “{expected}”).',
    newerVersion:
      'Esta copia de seguridad se hizo con una versión más reciente de Study Planner (versión de formato {version}; esta app lee hasta la {newest}). Actualiza la app para restaurarla.',
    missing: 'falta'
  },
  ics: {
    notText: 'El archivo de calendario no es de texto.',
    tooLarge: 'El archivo de calendario es demasiado grande (más de 10 millones de caracteres).',
    empty: 'El archivo de calendario está vacío.',
    noCalendar: 'El archivo no contiene un calendario.',
    noVcalendar: 'El archivo no contiene un calendario (falta BEGIN:VCALENDAR).',
    notCalendar: 'Se esperaba BEGIN:VCALENDAR, pero se encontró BEGIN:{name}.',
    endWithoutBegin: 'END:{name} no tiene un BEGIN correspondiente.',
    endMismatch: 'END:{name} no cierra BEGIN:{open} de la línea {line}.',
    unreadableLine: 'Línea ilegible “{text}”: {detail}',
    neverClosed: 'BEGIN:{name} nunca se cierra: falta END:{name} (¿está cortado el archivo?).',
    unreadable: 'No se pudo leer el calendario: {detail}',
    tooManyZones:
      'El archivo de calendario define {count} zonas horarias (VTIMEZONE); se leen como máximo {max}, y los calendarios reales usan pocas.',
    noOptions: 'Faltan las opciones de importación.',
    unknownZone: 'Zona horaria desconocida “{zone}”.',
    badRange: 'El intervalo de importación debe ser finito, con rangeStartMs < rangeEndMs.',
    badMaxIntervals: 'maxIntervals debe ser un número entero positivo.',
    event: {
      field:
        '{event} {property} {problem, select, invalid {no es una fecha ni una fecha y hora válida} invalidDetail {no es una fecha ni una fecha y hora válida ({detail})} tooLong {hace que el evento dure más de {days} días; los eventos de más de un año no cuentan como tiempo ocupado} badDuration {no es una duración válida} noStart {falta (todo evento necesita un inicio)} other {es ilegible}}.{more, plural, =0 {} one { (y # evento más es ilegible)} other { (y # eventos más son ilegibles)}}',
      slowZone:
        '{event} no se pudo leer: calcular los cambios de hora de su zona horaria lleva demasiado tiempo.{more, plural, =0 {} one { (y # evento más es ilegible)} other { (y # eventos más son ilegibles)}}',
      unreadable:
        '{event} no se pudo leer: {detail}{more, plural, =0 {} one { (y # evento más es ilegible)} other { (y # eventos más son ilegibles)}}'
    },
    skipped: {
      cancelled: 'cancelado (STATUS:CANCELLED)',
      free: 'marcado como libre (TRANSP:TRANSPARENT)',
      noDuration: 'sin duración (termina cuando empieza, o antes), así que no ocupa tiempo',
      tooOften: 'se repite demasiado para calcularlo en todo el intervalo; se omiten las repeticiones posteriores',
      tooMuchWork:
        '{scope, select, file {el calendario cuesta demasiado de leer (sus reglas de repetición o zonas horarias son demasiado complejas)} other {el evento se repite de una forma que lleva demasiado tiempo calcular}}; se omiten las repeticiones posteriores a las ya leídas',
      notExpanded: 'no se pudieron calcular las repeticiones: {detail}',
      overLimit: 'no se importaron {count} intervalos de tiempo ocupado después de los primeros {max} (límite)',
      rule: `{labelled, select, yes {“{label}”: } other {}}no importado: {reason, select, ${RULE_REASONS} other {RRULE:{rule} es ilegible}}`,
      zone: `zona horaria no usada: {reason, select, unreadable {no se puede leer ({detail})} tooManyParts {tiene {count} partes STANDARD/DAYLIGHT; se leen como máximo {max}} unreadableRule {una de sus RRULE no se puede leer} frequency {sus cambios de hora se repiten {freq, select, secondly {cada segundo} minutely {cada minuto} hourly {cada hora} daily {a diario} weekly {cada semana} other {{freq}}} (RRULE:FREQ={code}); solo se leen cambios mensuales o anuales} noMonth {su cambio de hora anual no indica ningún mes (BYMONTH)} unusualPart {sus cambios de hora usan {part}, algo que las zonas horarias reales nunca necesitan} ${RULE_REASONS} other {no se puede leer}}`
    },
    note: {
      unknownZone: 'zona horaria desconocida TZID={tzid} sin VTIMEZONE en el archivo: leída como hora de {zone}'
    },
    export: {
      noFrom: 'Elige el primer día que quieres exportar.',
      noTo: 'Elige el último día que quieres exportar.',
      toBeforeFrom: 'El último día es anterior al primero.'
    }
  },
  integrity: {
    duplicateId: 'id duplicado {id}',
    roadmapMismatch: 'no coincide con roadmap.id {id}',
    unknownRoadmap: 'ruta de aprendizaje desconocida {id}',
    unknownPlan: 'plan desconocido {id}',
    badRecordId: 'debe ser planId/sessionId, {id}',
    noTitle: 'una sesión sin tema de la ruta necesita un título',
    notStudy: 'una sesión sin tema de la ruta debe ser una sesión de estudio',
    unknownTopic: 'tema desconocido {id}',
    titleOnTopic: 'solo una sesión sin tema de la ruta tiene título',
    endBeforeStart: 'la sesión debe terminar después de empezar',
    unknownSession: 'sesión desconocida {id}',
    planMismatch: 'no coincide con el plan de la sesión {id}',
    topicMismatch: 'no coincide con el tema de la sesión {id}'
  },
  schema: {
    missing: 'falta este campo',
    unexpected: '{count, plural, one {campo inesperado {keys}} other {campos inesperados {keys}}}',
    invalid: 'no válido'
  },
  planSettings: {
    notObject: 'La entrada debe ser un objeto.',
    badNow: 'now debe estar en milisegundos de época entre 1900 y 2999.',
    noSettings: 'Faltan los ajustes.',
    unknownZone: 'Zona horaria IANA desconocida “{zone}”.',
    badStart: 'La fecha de inicio debe ser una fecha real con formato AAAA-MM-DD.',
    badTarget: 'La fecha objetivo debe ser una fecha real con formato AAAA-MM-DD.',
    targetBeforeStart: 'La fecha objetivo es anterior a la fecha de inicio.',
    parallel: 'Estudia 1, 2 o 3 temas en paralelo.',
    reviewsOn: 'Indica si los repasos están activados.',
    reviewLength: 'Un repaso debe durar de 1 a 240 minutos enteros.',
    commitment: 'La semana que se mantiene debe tener de 0 a {max} días enteros.',
    unknownTrack: 'No hay ninguna especialidad “{track}” en una etapa de elección “{stage}”.',
    windowsNotList: 'Las franjas de estudio deben ser una lista.',
    noWindows: 'Añade al menos una franja de estudio semanal.',
    weekday: 'El día de la semana debe ser de 0 (domingo) a 6.',
    windowStart: 'El inicio de la franja debe ser HH:mm.',
    windowEnd: 'El final de la franja debe ser HH:mm o 24:00.',
    windowOrder: 'La franja termina a las {end}, no después de su inicio a las {start}.',
    blackoutsNotList: 'Los días libres deben ser una lista.',
    blackoutStart: 'El inicio de los días libres debe ser una fecha real con formato AAAA-MM-DD.',
    blackoutEnd: 'El final de los días libres debe ser una fecha real con formato AAAA-MM-DD.',
    blackoutOrder: 'Los días libres terminan antes de empezar.',
    busyNotList: 'Los intervalos de tiempo ocupado deben ser una lista.',
    busyStart: 'El inicio del tiempo ocupado debe estar en milisegundos de época.',
    busyEnd: 'El final del tiempo ocupado debe estar en milisegundos de época.',
    busyOrder: 'El intervalo de tiempo ocupado termina antes de empezar.',
    sessionMin: 'La duración mínima de una sesión debe ser de 1 a 1440 minutos enteros.',
    sessionMax: 'La duración máxima de una sesión debe ser de 1 a 1440 minutos enteros.',
    minAboveMax: 'La duración mínima {min} supera la máxima {max}.',
    dailyCap: 'El límite diario debe ser de 1 a 1440 minutos enteros.',
    capBelowMin: 'El límite diario {cap} es menor que la duración mínima de una sesión {min}.',
    breakLength: 'La pausa debe ser de 0 a 1440 minutos enteros.',
    notList: '{list} debe ser una lista.',
    sessionIdEmpty: 'El id de una sesión no puede estar vacío.',
    sessionIdTwice: 'El id de sesión “{id}” aparece dos veces.',
    noTopicNotStudy: 'Una sesión sin tema de la ruta debe ser una sesión de estudio.',
    noTopicNoTitle: 'Una sesión sin tema de la ruta necesita un título.',
    unknownTopic: 'No hay ningún tema “{id}” en la ruta de aprendizaje.',
    badKind: 'El tipo debe ser estudio o repaso.',
    sessionOrder: 'La sesión debe terminar después de empezar.',
    actualMinutes: 'Los minutos reales deben ser 0 o más.',
    badRating: 'La valoración debe ser “otra vez”, “difícil”, “bien” o “fácil”.',
    ratedAt: 'La hora de la valoración debe estar en milisegundos de época.',
    topicIdNotString: 'El id del tema debe ser un texto.',
    freedOrder: 'Un hueco liberado debe terminar después de empezar.'
  },
  place: {
    file: 'archivo',
    line: 'línea {line}'
  },
  outline: {
    notText: 'El esquema no es texto.',
    tooLarge: 'El esquema es demasiado grande.',
    unreadable: 'No se pudo leer el esquema: {detail}',
    titleTooLong: 'El título es demasiado largo (como máximo {max} caracteres).',
    noTopics: 'No se encontraron temas: escribe viñetas como “- Álgebra lineal (3h)” bajo un encabezado.',
    tooManyLines: 'El esquema tiene {lines, number} líneas; se leen como máximo {max, number}.',
    lineTooLong:
      'Esta línea tiene {length, number} caracteres; una línea del esquema puede tener como máximo {max, number}.',
    headingNoTitle: 'Un encabezado necesita un título.',
    headingTooLong: 'El encabezado es demasiado largo (como máximo {max} caracteres).',
    topicBeforeHeading:
      'Hay un tema antes del primer encabezado: empieza el esquema con un encabezado como “## Fundamentos”.',
    noEstimate: '“{text}” no tiene estimación: termina la línea con una como (3h), (90m) o (1h 30m).',
    badEstimate: 'La estimación debe estar entre 1 minuto y {hours} horas.',
    urlTooLong: 'La dirección de un enlace tiene más de {max} caracteres.',
    linkTextTooLong: 'El texto de un enlace es demasiado largo (como máximo {max} caracteres).',
    topicNoTitle: 'Un tema necesita un título antes de su estimación.',
    topicTitleTooLong: 'El título del tema es demasiado largo (como máximo {max} caracteres).',
    tooDeep: 'Esta viñeta está anidada a {depth} niveles; los temas pueden anidarse como máximo a {max} niveles.',
    tooManyChildren:
      '“{title}” (línea {line}) necesitaría más de {max} requisitos previos; anida como máximo {max} viñetas bajo un tema.',
    tooManyStages:
      'El esquema tiene más de {max} etapas con temas (esta está bajo el encabezado de la línea {line}); una ruta puede tener como máximo {max}.',
    tooManyStageTopics:
      'La etapa “{title}” (línea {line}) tiene más de {max, number} temas; una etapa puede tener como máximo {max, number}.',
    tooManyTopics: 'El esquema tiene más de {max, number} temas; se leen como máximo {max, number}.'
  }
}
