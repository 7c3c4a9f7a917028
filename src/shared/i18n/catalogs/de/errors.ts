import type { Catalog } from '../../catalog'

/** Why a repeat rule is refused: a select branch per reason (see the English file). */
const RULE_REASONS =
  'tooOften {RRULE:{rule} wiederholt sich {every, select, second {jede Sekunde} other {jede Minute}}; als belegte Zeit gelten nur Termine, die sich höchstens stündlich wiederholen} interval {RRULE:{rule} hat INTERVAL={interval}; gelesen wird höchstens {max}} tooManyValues {RRULE:{rule} nennt {count} Werte für {part}, mehr als die {max} möglichen} tooManyStarts {RRULE:{rule} beginnt {count}-mal am Tag; als belegte Zeit gilt höchstens {max}-mal (stündlich)} never {RRULE:{rule} kann nie eintreten (kein Datum passt zu allen BY-Teilen)}'

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
  },
  roadmap: {
    stagesNotList: 'Die Etappen des Lernpfads müssen eine Liste sein.',
    stageIdEmpty: 'Die ID einer Etappe darf nicht leer sein.',
    stageIdTwice: 'Die Etappen-ID „{id}“ kommt zweimal vor.',
    noTracks: 'Die Auswahl-Etappe „{id}“ braucht mindestens einen Schwerpunkt.',
    trackIdTwice: 'Die Etappe „{id}“ wiederholt eine Schwerpunkt-ID.',
    trackTopicsNotList: 'Die Themen eines Schwerpunkts müssen eine Liste sein.',
    stageTopicsNotList: 'Die Themen einer Etappe müssen eine Liste sein.',
    topicIdEmpty: 'Die ID eines Themas darf nicht leer sein.',
    topicIdTwice: 'Die Themen-ID „{id}“ kommt zweimal vor.',
    badEstimate: 'Die Schätzung für „{id}“ muss eine ganze Zahl von Minuten zwischen 1 und {max} sein.',
    prerequisitesNotList: 'Die Voraussetzungen müssen eine Liste sein.',
    unknownPrerequisite: '„{id}“ setzt das unbekannte Thema „{prerequisite}“ voraus.',
    cycle: 'Die Voraussetzungen bilden einen Kreis: {path}.'
  },
  roadmapFile: {
    notRoadmap: 'Das ist keine Lernpfad-Datei von Study Planner (erwartet wird das Format „{format}“).',
    newerVersion:
      'Dieser Lernpfad stammt aus einer neueren Version von Study Planner (Version {version}). Aktualisiere die App, um ihn zu importieren.',
    noTopics: 'Der Lernpfad hat keine Themen zum Lernen: Füge mindestens eine Etappe mit einem Thema hinzu.'
  },
  file: {
    notText: 'Die Datei ist kein Text.',
    tooLarge: 'Die Datei ist zu groß ({length} Zeichen; höchstens {max}).',
    notJson: 'Die Datei ist kein gültiges JSON (vielleicht ist sie abgeschnitten oder keine Sicherung): {detail}',
    tooManyValues: 'Die Datei enthält mehr als {max} Werte.',
    tooDeep: 'tiefer als {max} Ebenen verschachtelt',
    forbiddenKey: 'der Schlüssel „{key}“ ist nicht erlaubt',
    keyTooLong: 'ein Schlüssel mit {length} Zeichen ist zu lang',
    textTooLong: 'ein Text mit {length} Zeichen ist zu lang (höchstens {max})'
  },
  backup: {
    notObject: 'Das ist keine Sicherung von Study Planner (erwartet wird ein JSON-Objekt).',
    wrongFormat: 'Das ist keine Sicherung von Study Planner (Format ist {format}, erwartet wird „{expected}“).',
    newerVersion:
      'Diese Sicherung stammt aus einer neueren Version von Study Planner (Formatversion {version}; diese App liest bis {newest}). Aktualisiere die App, um sie wiederherzustellen.',
    missing: 'fehlt'
  },
  ics: {
    notText: 'Die Kalenderdatei ist keine Textdatei.',
    tooLarge: 'Die Kalenderdatei ist zu groß (über 10 Millionen Zeichen).',
    empty: 'Die Kalenderdatei ist leer.',
    noCalendar: 'Die Datei enthält keinen Kalender.',
    noVcalendar: 'Die Datei enthält keinen Kalender (kein BEGIN:VCALENDAR).',
    notCalendar: 'Erwartet wurde BEGIN:VCALENDAR, gefunden wurde BEGIN:{name}.',
    endWithoutBegin: 'Zu END:{name} gibt es kein passendes BEGIN.',
    endMismatch: 'END:{name} schließt nicht BEGIN:{open} aus Zeile {line}.',
    unreadableLine: 'Unlesbare Zeile „{text}“: {detail}',
    neverClosed: 'BEGIN:{name} wird nie geschlossen: END:{name} fehlt (ist die Datei abgeschnitten?).',
    unreadable: 'Der Kalender konnte nicht gelesen werden: {detail}',
    tooManyZones:
      'Die Kalenderdatei definiert {count} Zeitzonen (VTIMEZONE); gelesen werden höchstens {max}, echte Kalender nutzen nur wenige.',
    noOptions: 'Die Importoptionen fehlen.',
    unknownZone: 'Unbekannte Zeitzone „{zone}“.',
    badRange: 'Der Importzeitraum muss endlich sein, mit rangeStartMs < rangeEndMs.',
    badMaxIntervals: 'maxIntervals muss eine positive ganze Zahl sein.',
    event: {
      field:
        '{event} {property} {problem, select, invalid {ist kein gültiges Datum und keine gültige Uhrzeit} invalidDetail {ist kein gültiges Datum und keine gültige Uhrzeit ({detail})} tooLong {lässt den Termin länger als {days} Tage dauern; Termine über ein Jahr gelten nicht als belegte Zeit} badDuration {ist keine gültige Dauer} noStart {fehlt (jeder Termin braucht einen Beginn)} other {ist unlesbar}}.{more, plural, =0 {} one { (und # weiterer Termin ist unlesbar)} other { (und # weitere Termine sind unlesbar)}}',
      slowZone:
        '{event} konnte nicht gelesen werden: Die Zeitumstellungen seiner Zeitzone zu berechnen dauert zu lange.{more, plural, =0 {} one { (und # weiterer Termin ist unlesbar)} other { (und # weitere Termine sind unlesbar)}}',
      unreadable:
        '{event} konnte nicht gelesen werden: {detail}{more, plural, =0 {} one { (und # weiterer Termin ist unlesbar)} other { (und # weitere Termine sind unlesbar)}}'
    },
    skipped: {
      cancelled: 'abgesagt (STATUS:CANCELLED)',
      free: 'als frei angezeigt (TRANSP:TRANSPARENT)',
      noDuration: 'keine Dauer (endet, wenn er beginnt, oder früher), belegt also keine Zeit',
      tooOften: 'wiederholt sich zu oft, um im ganzen Zeitraum berechnet zu werden; spätere Termine übersprungen',
      tooMuchWork:
        '{scope, select, file {der Kalender ist zu aufwendig zu lesen (seine Serienregeln oder Zeitzonen sind zu komplex)} other {der Termin wiederholt sich so, dass die Berechnung zu lange dauert}}; Termine nach den bereits gelesenen werden übersprungen',
      notExpanded: 'die Terminserie konnte nicht berechnet werden: {detail}',
      overLimit: '{count} belegte Zeiten nach den ersten {max} wurden nicht importiert (Limit)',
      rule: `{labelled, select, yes {„{label}“: } other {}}nicht importiert: {reason, select, ${RULE_REASONS} other {RRULE:{rule} ist unlesbar}}`,
      zone: `Zeitzone nicht verwendet: {reason, select, unreadable {sie ist unlesbar ({detail})} tooManyParts {sie hat {count} STANDARD/DAYLIGHT-Teile; gelesen werden höchstens {max}} unreadableRule {eine ihrer RRULEs ist unlesbar} frequency {ihre Zeitumstellungen wiederholen sich {freq, select, secondly {sekündlich} minutely {minütlich} hourly {stündlich} daily {täglich} weekly {wöchentlich} other {{freq}}} (RRULE:FREQ={code}); gelesen werden nur monatliche oder jährliche Umstellungen} noMonth {ihre jährliche Zeitumstellung nennt keinen Monat (BYMONTH)} unusualPart {ihre Zeitumstellungen nutzen {part}, was echte Zeitzonen nie brauchen} ${RULE_REASONS} other {sie ist unlesbar}}`
    },
    note: {
      unknownZone: 'unbekannte Zeitzone TZID={tzid} ohne VTIMEZONE in der Datei: als Zeit in {zone} gelesen'
    },
    export: {
      noFrom: 'Wähle den ersten Tag für den Export.',
      noTo: 'Wähle den letzten Tag für den Export.',
      toBeforeFrom: 'Der letzte Tag liegt vor dem ersten.'
    }
  },
  integrity: {
    duplicateId: 'doppelte ID {id}',
    roadmapMismatch: 'passt nicht zu roadmap.id {id}',
    unknownRoadmap: 'unbekannter Lernpfad {id}',
    unknownPlan: 'unbekannter Plan {id}',
    badRecordId: 'muss planId/sessionId sein, {id}',
    noTitle: 'eine Lerneinheit ohne Thema des Lernpfads braucht einen Titel',
    notStudy: 'eine Lerneinheit ohne Thema des Lernpfads muss eine Lerneinheit zum Lernen sein',
    unknownTopic: 'unbekanntes Thema {id}',
    titleOnTopic: 'nur eine Lerneinheit ohne Thema des Lernpfads hat einen Titel',
    endBeforeStart: 'die Lerneinheit muss nach ihrem Beginn enden',
    unknownSession: 'unbekannte Lerneinheit {id}',
    planMismatch: 'passt nicht zum Plan der Lerneinheit {id}',
    topicMismatch: 'passt nicht zum Thema der Lerneinheit {id}'
  },
  schema: {
    missing: 'dieses Feld fehlt',
    unexpected: '{count, plural, one {unerwartetes Feld {keys}} other {unerwartete Felder {keys}}}',
    invalid: 'ungültig'
  },
  planSettings: {
    notObject: 'Die Eingabe muss ein Objekt sein.',
    badNow: 'now muss in Epochen-Millisekunden zwischen 1900 und 2999 liegen.',
    noSettings: 'Die Einstellungen fehlen.',
    unknownZone: 'Unbekannte IANA-Zeitzone „{zone}“.',
    badStart: 'Das Startdatum muss ein echtes Datum im Format JJJJ-MM-TT sein.',
    badTarget: 'Das Zieldatum muss ein echtes Datum im Format JJJJ-MM-TT sein.',
    targetBeforeStart: 'Das Zieldatum liegt vor dem Startdatum.',
    parallel: 'Lerne 1, 2 oder 3 Themen parallel.',
    reviewsOn: 'Gib an, ob Wiederholungen aktiv sind.',
    reviewLength: 'Eine Wiederholung dauert 1 bis 240 ganze Minuten.',
    commitment: 'Die festgehaltene Woche muss 0 bis {max} ganze Tage umfassen.',
    unknownTrack: 'Kein Schwerpunkt „{track}“ in einer Auswahl-Etappe „{stage}“.',
    windowsNotList: 'Die Lernzeiten müssen eine Liste sein.',
    noWindows: 'Füge mindestens eine wöchentliche Lernzeit hinzu.',
    weekday: 'Der Wochentag muss 0 (Sonntag) bis 6 sein.',
    windowStart: 'Der Beginn der Lernzeit muss HH:mm sein.',
    windowEnd: 'Das Ende der Lernzeit muss HH:mm oder 24:00 sein.',
    windowOrder: 'Die Lernzeit endet um {end}, nicht nach ihrem Beginn um {start}.',
    blackoutsNotList: 'Die freien Tage müssen eine Liste sein.',
    blackoutStart: 'Der Beginn der freien Tage muss ein echtes Datum im Format JJJJ-MM-TT sein.',
    blackoutEnd: 'Das Ende der freien Tage muss ein echtes Datum im Format JJJJ-MM-TT sein.',
    blackoutOrder: 'Die freien Tage enden, bevor sie beginnen.',
    busyNotList: 'Die belegten Zeiten müssen eine Liste sein.',
    busyStart: 'Der Beginn einer belegten Zeit muss in Epochen-Millisekunden angegeben sein.',
    busyEnd: 'Das Ende einer belegten Zeit muss in Epochen-Millisekunden angegeben sein.',
    busyOrder: 'Eine belegte Zeit endet, bevor sie beginnt.',
    sessionMin: 'Die Mindestlänge einer Lerneinheit muss 1 bis 1440 ganze Minuten sein.',
    sessionMax: 'Die Höchstlänge einer Lerneinheit muss 1 bis 1440 ganze Minuten sein.',
    minAboveMax: 'Die Mindestlänge {min} liegt über der Höchstlänge {max}.',
    dailyCap: 'Das Tageslimit muss 1 bis 1440 ganze Minuten sein.',
    capBelowMin: 'Das Tageslimit {cap} liegt unter der Mindestlänge einer Lerneinheit {min}.',
    breakLength: 'Die Pause muss 0 bis 1440 ganze Minuten dauern.',
    notList: '{list} muss eine Liste sein.',
    sessionIdEmpty: 'Die ID einer Lerneinheit darf nicht leer sein.',
    sessionIdTwice: 'Die Lerneinheit-ID „{id}“ kommt zweimal vor.',
    noTopicNotStudy: 'Eine Lerneinheit ohne Thema des Lernpfads muss eine Lerneinheit zum Lernen sein.',
    noTopicNoTitle: 'Eine Lerneinheit ohne Thema des Lernpfads braucht einen Titel.',
    unknownTopic: 'Kein Thema „{id}“ im Lernpfad.',
    badKind: 'Die Art muss „Lernen“ oder „Wiederholung“ sein.',
    sessionOrder: 'Die Lerneinheit muss nach ihrem Beginn enden.',
    actualMinutes: 'Die tatsächlichen Minuten müssen 0 oder mehr sein.',
    badRating: 'Die Bewertung muss „nochmal“, „schwer“, „gut“ oder „leicht“ sein.',
    ratedAt: 'Der Zeitpunkt der Bewertung muss in Epochen-Millisekunden angegeben sein.',
    topicIdNotString: 'Die Themen-ID muss ein Text sein.',
    freedOrder: 'Ein frei gewordener Zeitraum muss nach seinem Beginn enden.'
  },
  place: {
    file: 'Datei',
    line: 'Zeile {line}'
  },
  outline: {
    notText: 'Die Gliederung ist kein Text.',
    tooLarge: 'Die Gliederung ist zu groß.',
    unreadable: 'Die Gliederung konnte nicht gelesen werden: {detail}',
    titleTooLong: 'Der Titel ist zu lang (höchstens {max} Zeichen).',
    noTopics: 'Keine Themen gefunden: Schreib unter eine Überschrift Aufzählungspunkte wie „- Lineare Algebra (3h)“.',
    tooManyLines: 'Die Gliederung hat {lines, number} Zeilen; gelesen werden höchstens {max, number}.',
    lineTooLong:
      'Diese Zeile ist {length, number} Zeichen lang; eine Zeile der Gliederung darf höchstens {max, number} haben.',
    headingNoTitle: 'Eine Überschrift braucht einen Titel.',
    headingTooLong: 'Die Überschrift ist zu lang (höchstens {max} Zeichen).',
    topicBeforeHeading:
      'Ein Thema steht vor der ersten Überschrift: Beginne die Gliederung mit einer Überschrift wie „## Grundlagen“.',
    noEstimate: '„{text}“ hat keine Schätzung: Beende die Zeile mit einer wie (3h), (90m) oder (1h 30m).',
    badEstimate: 'Die Schätzung muss zwischen 1 Minute und {hours} Stunden liegen.',
    urlTooLong: 'Eine Linkadresse ist länger als {max} Zeichen.',
    linkTextTooLong: 'Der Text eines Links ist zu lang (höchstens {max} Zeichen).',
    topicNoTitle: 'Ein Thema braucht vor seiner Schätzung einen Titel.',
    topicTitleTooLong: 'Der Titel des Themas ist zu lang (höchstens {max} Zeichen).',
    tooDeep: 'Dieser Punkt ist {depth} Ebenen tief verschachtelt; Themen dürfen höchstens {max} Ebenen tief sein.',
    tooManyChildren:
      '„{title}“ (Zeile {line}) bräuchte mehr als {max} Voraussetzungen; verschachtle höchstens {max} Punkte unter einem Thema.',
    tooManyStages:
      'Die Gliederung hat mehr als {max} Etappen mit Themen (diese steht unter der Überschrift in Zeile {line}); ein Lernpfad darf höchstens {max} haben.',
    tooManyStageTopics:
      'Die Etappe „{title}“ (Zeile {line}) hat mehr als {max, number} Themen; eine Etappe darf höchstens {max, number} haben.',
    tooManyTopics: 'Die Gliederung hat mehr als {max, number} Themen; gelesen werden höchstens {max, number}.'
  }
}
