import type { Catalog } from '../../catalog'

export const common: Catalog['common'] = {
  loading: 'Wird geladen…',
  loadingPlan: 'Dein Plan wird geladen…',
  quoted: '„{text}“',
  newPlanBar: {
    label: 'Neuer Plan',
    text: 'Du beginnst einen neuen Plan. Deine anderen Pläne bleiben, wie sie sind; wechsle zwischen ihnen mit „Aktueller Plan“.',
    cancel: 'Neuen Plan abbrechen'
  },
  planSwitcher: {
    label: 'Aktueller Plan',
    noActive: 'Kein aktiver Plan',
    newPlan: 'Neuer Plan…'
  },
  reminderBanners: { dismiss: 'Schließen' },
  restoreOffer: {
    text: 'Auf diesem Computer wurden keine Lerndaten gefunden, aber {count, plural, one {es gibt eine Sicherung} other {es gibt # Sicherungen}} (die neueste vom {when}). Stell sie wieder her, bevor du einen neuen Plan beginnst.',
    button: 'Aus einer Sicherung wiederherstellen…'
  },
  studyTimer: {
    label: 'Lern-Timer',
    untitled: 'Lerneinheit',
    paused: 'Pausiert',
    pause: 'Pause',
    resume: 'Weiter',
    stop: 'Stopp…',
    clockWords:
      '{hours, plural, =0 {} one {# Stunde } other {# Stunden }}{minutes, plural, one {# Minute} other {# Minuten}}',
    studied:
      '{hours, plural, =0 {} one {# Stunde } other {# Stunden }}{minutes, plural, one {# Minute} other {# Minuten}} gelernt',
    earlyStart:
      '{hours, plural, =0 {{minutes, number} min} other {# h{minutes, plural, =0 {} other { # min}}}} vor der geplanten Zeit begonnen',
    started: 'Lern-Timer gestartet: {title}',
    resumed: 'Lern-Timer fortgesetzt: {title}',
    pausedAnnouncement: 'Lern-Timer pausiert: {title}',
    stopped: 'Lern-Timer gestoppt'
  },
  undo: {
    markDone: 'Rückgängig: Als erledigt markieren',
    skip: 'Rückgängig: Überspringen',
    move: 'Rückgängig: Verschieben',
    rate: 'Rückgängig: Bewerten',
    addSession: 'Rückgängig: Lerneinheit hinzufügen',
    deleteSession: 'Rückgängig: Lerneinheit löschen',
    replanWeek: 'Rückgängig: Woche neu planen',
    changePlan: 'Rückgängig: Plan ändern',
    reminderTime: 'Rückgängig: Erinnerungszeit ändern',
    catchUp: 'Rückgängig: Verpasste Lerneinheiten nachholen',
    importBusyTime: 'Rückgängig: Belegte Zeit importieren',
    calendarChanges: 'Rückgängig: Änderungen aus dem Kalender',
    replaceRoadmap: 'Rückgängig: Lernpfad ersetzen',
    importRoadmap: 'Rückgängig: Import von {name}',
    editRoadmap: 'Rückgängig: Lernpfad bearbeiten',
    add: 'Rückgängig: {name} hinzufügen',
    edit: 'Rückgängig: {name} bearbeiten',
    rename: 'Rückgängig: {name} umbenennen',
    moveInRoadmap: 'Rückgängig: {name} verschieben',
    delete: 'Rückgängig: {name} löschen',
    trackChoice: 'Rückgängig: Schwerpunkt wählen',
    markKnown: 'Rückgängig: {name} als bekannt markieren',
    unmarkKnown: 'Rückgängig: {name} nicht mehr als bekannt markieren',
    other: 'Rückgängig: {label}'
  },
  importRefusal: {
    withPlace:
      '„{file}“ wurde nicht importiert ({place}): {problem} Korrigiere diese Stelle der Datei und importiere sie erneut; nichts wurde geändert.',
    withoutPlace:
      '„{file}“ wurde nicht importiert: {problem} Korrigiere diese Stelle der Datei und importiere sie erneut; nichts wurde geändert.',
    item: '{list, select, stages {Etappe {n}} tracks {Schwerpunkt {n}} topics {Thema {n}} resources {Material {n}} prerequisites {Voraussetzung {n}} other {{list} {n}}}',
    line: 'Zeile {line}'
  },
  shortcuts: {
    title: 'Tastenkürzel',
    calendar: 'Kalender',
    calendarAndRoadmap: 'Kalender und Lernpfad',
    everywhere: 'Überall',
    close: 'Schließen',
    keys: { ctrl: 'Strg', alt: 'Alt', enter: 'Eingabe', esc: 'Esc' },
    actions: {
      today: 'Zu heute springen',
      previousWeek: 'Vorherige Woche (Monat in der Monatsansicht)',
      nextWeek: 'Nächste Woche (Monat in der Monatsansicht)',
      nextSession: 'Nächste Lerneinheit öffnen',
      addSession: 'Lerneinheit (ein Thema oder eigenes) zu einer gewählten Zeit hinzufügen',
      undo: 'Letzte Änderung am Plan rückgängig machen (⌘ Z unter macOS)',
      help: 'Diese Tastenkürzel anzeigen',
      calendar: 'Kalender',
      roadmap: 'Lernpfad',
      progress: 'Fortschritt',
      settings: 'Einstellungen',
      openFocused: 'Ausgewählte Lerneinheit öffnen',
      closePanel: 'Bereich oder Dialog schließen'
    }
  },
  zonePicker: {
    placeholder: 'Stadt, Region oder Abweichung',
    list: 'Zeitzonen',
    noMatch: 'Keine Zeitzone passt zu „{query}“.',
    region:
      '{part, select, Africa {Afrika} America {Amerika} Antarctica {Antarktis} Arctic {Arktis} Asia {Asien} Atlantic {Atlantik} Australia {Australien} Europe {Europa} Indian {Indischer Ozean} Pacific {Pazifik} Argentina {Argentinien} North_Dakota {North Dakota} other {{part}}}'
  },
  planInputs: {
    dates: {
      partial: 'Gib ein vollständiges Datum ein: Tag, Monat und Jahr.',
      year: 'Wähle ein Jahr von {first} bis {last}.',
      beforeStart: 'Das Zieldatum liegt vor dem Startdatum.'
    },
    pace: {
      legend: 'Daten und Tempo',
      legendNumbered: '{step}. Daten und Tempo',
      startDate: 'Startdatum',
      targetDate: 'Zieldatum <muted>(optional)</muted>',
      keepStart: 'Bis dahin beginnt der Plan am {date}.',
      keepNoTarget: 'Bis dahin hat der Plan kein Zieldatum.',
      keepTarget: 'Bis dahin behält der Plan das Zieldatum {date}.',
      sessionLength: 'Dauer einer Lerneinheit',
      from: 'von',
      to: 'bis',
      minutes: 'Minuten',
      lengthRange: 'Lerneinheiten können {min} bis {max} Minuten dauern; der Plan behält die letzte gültige Dauer.',
      minAboveMax: 'Die kürzeste Lerneinheit ist länger als die längste.',
      parallel: 'Themen parallel',
      parallelOne: '1 – ein Thema nach dem anderen',
      parallelTwo: '2 – zwei Themen im Wechsel',
      parallelThree: '3 – drei Themen reihum',
      reviews: 'Kurze Wiederholungen abgeschlossener Themen einplanen'
    },
    tracks: {
      legend: 'Schwerpunkt',
      legendNumbered: '{step}. Wähle deinen Schwerpunkt',
      includeOptional: 'Optionale Etappen einbeziehen',
      optionalStage: '{title}<muted> (optional)</muted>',
      hours: '· {hours} h Lernzeit'
    },
    availability: {
      help: 'Zieh über das Raster, um Lernzeit einzutragen; zieh von einem markierten Feld aus, um sie zu löschen. Mit der Tastatur: Pfeiltasten bewegen, Leertaste schaltet eine halbe Stunde um, Umschalt+Pfeil markiert beim Bewegen.',
      suggested: 'Vorschlag',
      clear: 'Leeren',
      grid: 'Wöchentliche Lernzeit',
      time: 'Uhrzeit',
      cell: '{day} {from} bis {to}',
      weekly: '{hours} h pro Woche',
      cut: '{painted} h markiert → {study} h Lernzeit nach Abzug von {reasons}',
      breaks: '{minutes}-minütigen Pausen',
      shortSlots: 'Lücken unter {minutes} Minuten',
      dailyCap: 'Zeit über der Tagesgrenze von {hours} h',
      sizes: 'Pausen und zu kurzen Resten'
    },
    sizes: {
      min: 'Die kürzeste Lerneinheit muss eine ganze Zahl von 5 bis 1440 Minuten sein.',
      max: 'Die längste Lerneinheit muss eine ganze Zahl von 5 bis 1440 Minuten sein.',
      minAboveMax:
        'Das Minimum ({min} Min.) liegt über dem Maximum ({max} Min.): Keine Lerneinheit könnte zugleich lang und kurz genug sein.',
      break: 'Die Pause muss eine ganze Zahl von 0 bis 240 Minuten sein.',
      longerThanDay:
        'Das Minimum ({min} Min.) ist länger als dein längster Lerntag ({day} Min.): Keine Lerneinheit fände Platz.'
    },
    feasibility: {
      noAvailability: 'Markiere mindestens eine Lernzeit im Wochenraster, um zu sehen, wann du fertig wärst.',
      startYear: 'Wähle ein Startdatum mit einem Jahr von {first} bis {last}.',
      targetYear: 'Wähle ein Zieldatum mit einem Jahr von {first} bis {last}.',
      sentence:
        '{need, select, overWeek {Um bis {target} fertig zu sein, bräuchtest du mehr Stunden, als eine Woche hat; du hast {have} h/Woche} needs {Um bis {target} fertig zu sein, brauchst du {needed} h/Woche; du hast {have} h/Woche} passed {Das Zieldatum {target} ist vorbei; du hast {have} h/Woche} other {Du hast {have} h/Woche}} → {finish, select, none {nicht alles passt in zehn Jahre} other {fertig am {finishDate}}}.'
    }
  },
  database: {
    blocked:
      'Study Planner ist in einem anderen Fenster mit einer älteren Version geöffnet. Schließ es, damit deine Lerndaten hier fertig geöffnet werden.',
    slowOpen:
      'Deine Lerndaten brauchen ungewöhnlich lange zum Öffnen. Vielleicht hält ein anderes Study-Planner-Fenster oder ein Tab sie fest: Schließ die anderen, dann geht es hier von selbst weiter.',
    changedElsewhere:
      'Deine Lerndaten wurden in einem anderen Fenster geändert (eine neuere Version oder eine Wiederherstellung). Lade dieses Fenster neu, um weiterzumachen; nichts ging verloren.',
    newer:
      'Diese Daten wurden mit einer neueren Version von Study Planner gespeichert. Aktualisiere die App, um sie zu öffnen; nichts wurde geändert.',
    openFailed: 'Die Lerndatenbank konnte nicht geöffnet werden ({detail}). Nichts wurde geändert.'
  },
  operations: {
    noPlan: 'Es gibt keinen Plan „{id}“.',
    noRoadmap: 'Es gibt keinen Lernpfad „{id}“.',
    noSession: 'Es gibt keine Lerneinheit „{id}“.',
    planRoadmapMissing: 'Der Lernpfad „{id}“ dieses Plans fehlt.',
    nothingToUndo: 'Es gibt nichts rückgängig zu machen.',
    planName: 'Gib dem Plan einen Namen.',
    planNameLength: 'Der Name muss kürzer als {max, number} Zeichen sein.',
    actualMinutes: 'Die tatsächlichen Minuten müssen eine ganze Zahl von 0 bis 1440 sein.',
    rating: 'Die Bewertung muss „nochmal“, „schwer“, „gut“ oder „leicht“ sein.',
    deleteOnlyAdded:
      'Nur eine selbst hinzugefügte Lerneinheit kann gelöscht werden; überspring eine geplante stattdessen.',
    deleteDone: 'Eine erledigte Lerneinheit bleibt als Verlauf erhalten und kann nicht gelöscht werden.',
    noteLength: 'Notizen dürfen höchstens {max, number} Zeichen lang sein.',
    planCannotUseRoadmap: 'Der Plan „{title}“ kann diesen Lernpfad nicht verwenden: {detail}',
    historyOffRoadmap:
      'Lerneinheiten, die du bei {topics} übersprungen oder verpasst hast, bleiben als Verlauf erhalten, daher {count, plural, one {bleibt dieses Thema} other {bleiben diese Themen}} im Lernpfad.',
    orphanedWork:
      '„{roadmap}“ hat {count, plural, one {ein Thema} other {Themen}} nicht, die du in diesem Plan schon gelernt oder bewertet hast ({topics}{more, plural, =0 {} other { und # weitere}}), diese Arbeit ginge also verloren. Beginne stattdessen einen neuen Plan damit: Dieser Plan bleibt, wie er ist.',
    notedTopics:
      '{topics}{more, plural, =0 {} other { und # weitere}} {count, plural, one {hat} other {haben}} Notizen von dir, die verloren gingen. Lösch diese Notizen zuerst (in einer Lerneinheit zu diesem Thema) und versuch es dann erneut.',
    busyLimit:
      '„{file}“ brächte die belegte Zeit dieses Plans auf {total, number} Zeiträume; ein Plan kann höchstens {max, number} haben. Nichts wurde importiert. Importiere einen kürzeren Kalender oder eine aktualisierte Kopie eines früher unter demselben Dateinamen importierten Kalenders: Sie ersetzt dessen belegte Zeit.',
    backupRoom:
      '{what, select, newPlan {Ein neuer Plan} roadmap {Dieser Lernpfad} other {„{file}“}} würde deine Daten zu groß für eine Sicherung machen: etwa {total} MB, und eine Sicherung fasst höchstens {limit} MB. Nichts wurde geändert. Lösch zuerst einen Plan, den du nicht mehr brauchst (eine Sicherung davon bleibt erhalten).'
  },
  limits: {
    unsafe: 'Das lässt sich nicht speichern: Eine Sicherung davon könnte nicht wiederhergestellt werden ({detail}).',
    invalid: 'Das lässt sich nicht speichern: Eine Sicherung davon könnte nicht wiederhergestellt werden.',
    invalidAt:
      'Das lässt sich nicht speichern: Eine Sicherung davon könnte nicht wiederhergestellt werden ({where}: {detail}).',
    tooMany:
      'Höchstens {max, number} {table, select, roadmaps {Lernpfade} plans {Pläne} notes {Themennotizen} settings {gespeicherte Einstellungen} other {Einträge}} können gespeichert werden; lösch zuerst einige.',
    stages: 'Ein Lernpfad kann höchstens {max, number} Etappen haben.',
    topics: 'Eine Etappe oder ein Schwerpunkt kann höchstens {max, number} Themen haben.',
    tracks: 'Eine Etappe mit Auswahl kann höchstens {max, number} Schwerpunkte haben.',
    prerequisites: 'Ein Thema kann höchstens {max, number} Voraussetzungen haben.',
    resources: 'Ein Thema kann höchstens {max, number} Materialien haben.',
    busy: 'Belegte Zeit: Ein Plan kann höchstens {max, number} Zeiträume haben.',
    windows: 'Lernzeiten: höchstens {max, number} wöchentliche Zeitfenster.',
    blackouts: 'Freie Tage: höchstens {max, number} Zeiträume.',
    planName: 'Der Name eines Plans darf höchstens {max, number} Zeichen lang sein.',
    title:
      '{owner, select, topic {Der Titel eines Themas} track {Der Titel eines Schwerpunkts} stage {Der Titel einer Etappe} resource {Der Titel eines Materials} roadmap {Der Titel eines Lernpfads} other {Ein Titel}} darf höchstens {max, number} Zeichen lang sein.',
    summary:
      '{owner, select, topic {Die Zusammenfassung eines Themas} track {Die Zusammenfassung eines Schwerpunkts} stage {Die Zusammenfassung einer Etappe} resource {Die Zusammenfassung eines Materials} roadmap {Die Zusammenfassung eines Lernpfads} other {Eine Zusammenfassung}} darf höchstens {max, number} Zeichen lang sein.',
    outcome:
      '{owner, select, topic {Das Lernziel eines Themas} track {Das Lernziel eines Schwerpunkts} stage {Das Lernziel einer Etappe} resource {Das Lernziel eines Materials} roadmap {Das Lernziel eines Lernpfads} other {Ein Lernziel}} darf höchstens {max, number} Zeichen lang sein.',
    label:
      'Die Bezeichnung einer belegten Zeit oder eines freien Tages darf höchstens {max, number} Zeichen lang sein.',
    text: 'Notizen dürfen höchstens {max, number} Zeichen lang sein.',
    url: 'Ein Link darf höchstens {max, number} Zeichen lang sein.',
    id: 'Eine ID darf höchstens {max, number} Zeichen lang sein.'
  },
  backup: {
    tooLargeSized:
      'Deine Daten sind zu groß für eine Sicherung ({size} MB; höchstens {max} MB). Lösch Pläne, die du nicht mehr brauchst, oder exportiere sie in Dateien und lösch sie dann.',
    tooLarge:
      'Deine Daten sind zu groß für eine Sicherung (höchstens {max} MB). Lösch Pläne, die du nicht mehr brauchst, oder exportiere sie in Dateien und lösch sie dann.',
    notWritten:
      'Die Sicherung konnte nicht auf die Festplatte geschrieben werden. Prüf, ob noch Speicherplatz frei ist.',
    refused: 'Die Sicherung wurde abgelehnt ({error}).',
    notPrepared: 'Die Sicherung konnte nicht vorbereitet werden ({detail}).'
  },
  files: {
    tooLarge:
      '„{name}“ ist {size} MB groß, zu groß für {kind, select, ics {eine Kalenderdatei} markdown {eine Lernpfad-Gliederung} json {eine Lernpfad-Datei} other {eine Sicherung}} (höchstens {max} MB Text). Sie wurde nicht gelesen und nichts wurde geändert.',
    failed:
      '„{name}“ konnte nicht gelesen werden ({reason}) und wurde nicht {kind, select, backup {wiederhergestellt} other {importiert}}; nichts wurde geändert.',
    tooSlow:
      '„{name}“ brauchte zu lange zum Lesen und wurde nicht {kind, select, backup {wiederhergestellt} other {importiert}}; nichts wurde geändert.',
    readerStopped: 'das Lesen brach ab',
    notPassedOn: 'der Inhalt ließ sich nicht weitergeben'
  },
  calendarFile: {
    reviewTitle: 'Wiederholung: {topic}',
    reviewNote:
      'Wiederholung: Geh dieses Thema aus dem Gedächtnis noch einmal durch und prüfe dann, was dir entgangen ist.',
    outcome: 'Lernziel: {outcome}',
    resources: 'Materialien:',
    stage: 'Etappe: {stage}',
    stageAndTrack: '{stage}, Schwerpunkt {track}'
  }
}
