import type { Catalog } from '../../catalog'

export const calendar: Catalog['calendar'] = {
  planView: {
    loading: 'Dein Plan wird geladen…',
    title: 'Kalender',
    missedCount: '{count, plural, one {# verpasste Lerneinheit} other {# verpasste Lerneinheiten}}',
    addSession: 'Lerneinheit hinzufügen…',
    replanWeek: 'Diese Woche neu planen…',
    shortcuts: 'Tastenkürzel',
    today: 'Heute',
    saveFailed: 'Das ließ sich nicht speichern, daher hat sich nichts geändert ({reason}).',
    moveFailed: 'Das Verschieben ließ sich nicht speichern, die Lerneinheit ist wieder an ihrem Platz ({reason}).',
    moveRefused:
      'Eine Lerneinheit lässt sich nur auf eine spätere Zeit verschieben. Um früheres Lernen nachzutragen, öffne die Lerneinheit und markiere sie als erledigt.'
  },
  fullCalendar: {
    week: 'Woche',
    threeDays: '3 Tage',
    month: 'Monat',
    agenda: 'Liste',
    day: 'Tag',
    year: 'Jahr',
    today: 'Heute',
    previous: 'Zurück',
    next: 'Weiter',
    previousYear: 'Vorheriges Jahr',
    nextYear: 'Nächstes Jahr',
    weekShort: 'KW',
    todayHint:
      '{unit, select, week {Heute: aktuelle Woche anzeigen} month {Heute: aktuellen Monat anzeigen} threeDays {Heute: aktuelle drei Tage anzeigen} twoWeeks {Heute: aktuelle zwei Wochen anzeigen} other {Heute}}',
    previousHint:
      '{unit, select, week {Vorherige Woche} month {Vorheriger Monat} threeDays {Vorherige drei Tage} twoWeeks {Vorherige zwei Wochen} other {Zurück}}',
    nextHint:
      '{unit, select, week {Nächste Woche} month {Nächster Monat} threeDays {Nächste drei Tage} twoWeeks {Nächste zwei Wochen} other {Weiter}}',
    viewHint:
      '{view, select, week {Ansicht: Woche} threeDays {Ansicht: 3 Tage} month {Ansicht: Monat} agenda {Ansicht: Liste} other {Ansicht: {name}}}',
    viewChangeHint: 'Ansicht wechseln',
    navLinkHint: 'Zu {date} wechseln',
    noEvents: 'Keine Lerneinheiten in diesem Zeitraum.',
    allDay: 'Ganztägig',
    timed: 'Mit Uhrzeit',
    moreLink: '{count, plural, other {+# weitere}}',
    moreLinkHint: '{count, plural, one {# weiteren Termin anzeigen} other {# weitere Termine anzeigen}}',
    close: 'Schließen',
    events: 'Termine'
  },
  block: {
    status: '{status, select, done {Erledigt} skipped {Übersprungen} missed {Verpasst} other {Geplant}}',
    pinned: 'Fixiert',
    reviewTitle: 'Wiederholung: {title}'
  },
  today: {
    title: 'Heute',
    nextSession: 'Nächste Lerneinheit',
    nothingAhead: 'Nichts mehr geplant.',
    startsIn: 'Beginnt in {duration}',
    inProgress: 'Läuft, noch {duration}',
    todaysSessions: 'Heutige Lerneinheiten',
    noneToday: 'Heute keine Lerneinheiten.',
    item: '{status, select, done {{time} · {title} · erledigt} other {{time} · {title}}}',
    thisWeek: 'Diese Woche',
    weekHours: '{done} h erledigt, {planned} h geplant'
  },
  session: {
    ownSession: 'Deine eigene Lerneinheit',
    kind: '{kind, select, review {Wiederholung} other {Lernen}}',
    pinned: 'Fixiert',
    addedByYou: 'Von dir hinzugefügt',
    when: '{day} ({range}, {minutes} Min.)',
    close: 'Details der Lerneinheit schließen',
    outcome: 'Lernziel',
    resources: 'Materialien',
    notes: 'Notizen',
    missed: 'Verpasst: Der Stoff wurde nach der kommenden Woche neu eingeplant. Doch gelernt? Trag es nach.',
    start: 'Starten',
    timer:
      '{paused, select, yes {Gestartet um {time} · bisher {minutes} Min. · pausiert} other {Gestartet um {time} · bisher {minutes} Min.}}',
    logDone: 'Als erledigt nachtragen…',
    done: 'Erledigt…',
    skip: 'Überspringen',
    delete: 'Löschen',
    doneStatus: 'Erledigt · {minutes} Min.',
    skippedStatus: 'Übersprungen: Die Zeit bleibt frei, der Stoff rückt hinter die kommende Woche.',
    doneForm: {
      minutes: 'Tatsächlich gelernte Minuten',
      recallReview: 'Wie gut konntest du dich erinnern?',
      recallFirst:
        'Das war die letzte Lerneinheit zu diesem Thema. Wie gut kannst du es jetzt? Deine Antwort plant die erste Wiederholung.',
      markDone: 'Als erledigt markieren',
      cancel: 'Abbrechen'
    },
    ratings: {
      again: 'Nochmal',
      againHint: 'Hatte ich vergessen',
      hard: 'Schwer',
      hardHint: 'Mit Mühe erinnert',
      good: 'Gut',
      goodHint: 'Nach kurzem Überlegen erinnert',
      easy: 'Leicht',
      easyHint: 'Sofort erinnert'
    }
  },
  quickAdd: {
    title: 'Lerneinheit hinzufügen',
    what: 'Was lernst du?',
    whatPlaceholder: 'Ein Thema oder z. B. Paper lesen',
    hintTopic: 'Ein Thema des Lernpfads: Diese Zeit zählt dafür.',
    hintOwn: 'Eigene Lerneinheit ohne Thema des Lernpfads: In dieser Zeit wird nichts anderes eingeplant.',
    hintEmpty: 'Wähle ein Thema aus der Liste oder schreib dein eigenes.',
    date: 'Datum',
    start: 'Beginn',
    minutes: 'Minuten',
    zone: 'Die Zeiten gelten in der Zeitzone des Plans, {zone}.',
    add: 'Hinzufügen',
    cancel: 'Abbrechen',
    noTitle: 'Schreib, was du lernst, oder wähle ein Thema.',
    noStart: 'Wähle ein Datum und eine Startzeit.',
    badMinutes: 'Eine Lerneinheit dauert 1 bis {max} volle Minuten.'
  },
  weekReplan: {
    title: 'Diese Woche neu planen?',
    intro:
      'Die kommende Woche bleibt normalerweise wie geplant. Beim Neuplanen wird jede Lerneinheit ab jetzt neu eingeplant; erledigte, übersprungene, verpasste und fixierte Lerneinheiten bleiben.',
    working: 'Mögliche Änderungen werden berechnet…',
    changes:
      '{count, plural, =0 {Nichts würde sich ändern.} one {# Lerneinheit würde sich ändern.} other {# Lerneinheiten würden sich ändern.}}',
    finish: 'Ende: {before} → {after}.',
    finishStays: 'Das Ende bleibt am {date}.',
    notEverythingFits: 'nicht alles passt',
    apply: 'Neu planen',
    cancel: 'Abbrechen'
  },
  missed: {
    title: '{count, plural, one {Du hast # Lerneinheit verpasst} other {Du hast # Lerneinheiten verpasst}}',
    onCourse: 'Du warst auf gutem Weg, am {date} fertig zu werden.',
    intro:
      'Verpasste Lerneinheiten bleiben in deinem Kalender: Öffne eine, um sie nachzutragen, falls du doch gelernt hast. Wähle, wie du aufholen willst; nichts ändert sich, bis du es anwendest, und die kommende Woche bleibt wie geplant.',
    options: 'Möglichkeiten zum Aufholen',
    apply: 'Anwenden',
    notNow: 'Nicht jetzt',
    optionTitle:
      '{option, select, reflow {Verpassten Stoff nach dieser Woche einplanen} raiseDailyCap {Pro Tag etwas länger lernen} dropOptional {Optionale Themen streichen} other {Zieldatum verschieben}}',
    notApplicable:
      '{option, select, dropOptional {Dieser Plan hat keine optionalen Themen mehr.} moveTarget {Der Plan hat kein Zieldatum oder hält es ohnehin ein.} other {Würde den Plan nicht ändern.}}',
    finishes: 'Fertig am {date}',
    notEverythingFits: 'Nicht alles passt',
    dailyCap: 'bis zu {hours} h pro Tag',
    newTarget: 'neues Zieldatum: {date}',
    stillLate: 'trotzdem nach dem Zieldatum',
    changes: '{count, plural, one {# Lerneinheit ändert sich} other {# Lerneinheiten ändern sich}}'
  },
  weekNotice: {
    reassigned: '{from} braucht keine Zeit mehr, daher behandelt die Lerneinheit am {when} jetzt {to}.',
    reassignedSomeSession: '{from} braucht keine Zeit mehr, daher behandelt eine Lerneinheit dieser Woche jetzt {to}.',
    released:
      '{count, plural, one {Eine Lerneinheit der kommenden Woche passt nicht mehr und wurde gestrichen.} other {# Lerneinheiten der kommenden Woche passen nicht mehr und wurden gestrichen.}}'
  }
}
