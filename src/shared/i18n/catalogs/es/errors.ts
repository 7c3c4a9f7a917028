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
  }
}
