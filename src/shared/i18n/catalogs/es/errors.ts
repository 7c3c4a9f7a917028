import type { Catalog } from '../../catalog'

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
