import type { Catalog } from '../../catalog'

export const errors: Catalog['errors'] = {
  quickAdd: {
    unknownTopic: 'Wähle ein Thema aus dem Lernpfad dieses Plans oder schreib, was du lernen willst.',
    noTitle: 'Schreib, was du lernen willst, oder wähle ein Thema.',
    titleTooLong: 'Der Titel darf höchstens {max} Zeichen lang sein.',
    startNotWholeMinutes: 'Wähle eine Startzeit in ganzen Minuten.',
    lengthNotWholeMinutes: 'Wähle eine Dauer in ganzen Minuten.',
    tooLong: 'Eine Lerneinheit dauert höchstens {hours, plural, one {# Stunde} other {# Stunden}}.',
    pastTime: 'Diese Zeit ist schon vorbei: Wähle eine Zeit, die noch kommt.',
    overlap: 'Diese Zeit überschneidet sich mit „{name}“ ({start}–{end}); wähle eine freie Zeit.'
  },
  session: {
    actualMinutes: 'Die tatsächlichen Minuten müssen eine ganze Zahl von 0 bis 1440 sein.',
    alreadyDone: 'Diese Lerneinheit ist schon erledigt.',
    skipNotPlanned:
      'Nur eine geplante Lerneinheit kann übersprungen werden; diese ist {status, select, done {erledigt} skipped {übersprungen} other {geplant}}.',
    moveNotPlanned:
      'Nur eine geplante Lerneinheit kann verschoben werden; diese ist {status, select, done {erledigt} skipped {übersprungen} other {geplant}}.',
    endBeforeStart: 'Die Lerneinheit muss nach ihrem Beginn enden.',
    unknown: 'Es gibt keine Lerneinheit „{id}“.',
    badRating: 'Die Bewertung muss „nochmal“, „schwer“, „gut“ oder „leicht“ sein.',
    noTopicRating: 'Eine Lerneinheit ohne Thema hat nichts zu wiederholen.'
  }
}
