import type { Catalog } from '../../catalog'

export const settings: Catalog['settings'] = {
  screen: {
    title: 'Einstellungen',
    loading: 'Wird geladen…',
    about: {
      heading: 'Über die App',
      version: 'Version',
      runningOn: 'Läuft auf',
      browser: 'Webbrowser',
      notifications: 'Desktop-Benachrichtigungen'
    }
  },
  notificationStatus: {
    available: 'Verfügbar',
    deniedBrowser: 'Vom Browser blockiert',
    deniedBrowserAdvice:
      'Erlaube Benachrichtigungen für diese Website in den Website-Einstellungen des Browsers und lade die Seite dann neu. Bis dahin können keine Erinnerungen erscheinen.',
    deniedDesktop: 'Für Study Planner ausgeschaltet',
    deniedDesktopAdvice: 'Erlaube Benachrichtigungen für Study Planner in den Mitteilungseinstellungen des Systems.',
    notAsked: 'Noch nicht erlaubt',
    notAskedAdvice:
      'Wenn der Browser fragt, ob diese Website Benachrichtigungen zeigen darf, wähle „Zulassen“. Fragt er nicht, erlaube Benachrichtigungen für diese Website in den Website-Einstellungen des Browsers. Bis dahin können keine Erinnerungen erscheinen.',
    unsupportedBrowser: 'In diesem Browser nicht verfügbar',
    unsupportedBrowserAdvice:
      'Dieser Browser kann keine Benachrichtigungen zeigen, daher können hier keine Erinnerungen erscheinen. Nutze einen Browser, der das kann, oder die Desktop-App.',
    unsupportedDesktop: 'Auf diesem System nicht verfügbar',
    unsupportedDesktopAdvice:
      'Erinnerungen erscheinen stattdessen als Hinweis im App-Fenster (es öffnet sich dafür) und im Tooltip des Tray-Symbols. Unter Linux heißt das meist, dass kein Benachrichtigungsdienst läuft.'
  },
  loadingPlanSettings: 'Planeinstellungen werden geladen…',
  loadingPlan: 'Dein Plan wird geladen…',
  appearance: {
    heading: 'Erinnerungen und Darstellung',
    createPlanFirst: 'Erstelle einen Plan, um seine Erinnerungen einzustellen.',
    weekStartsOn: 'Woche beginnt am',
    clock: {
      legend: 'Uhrzeiten',
      locale: 'Wie in meiner Sprache üblich ({example})',
      h12: '12 Stunden ({example})',
      h24: '24 Stunden ({example})'
    },
    theme: {
      legend: 'Farbschema',
      system: 'Wie das System',
      light: 'Hell',
      dark: 'Dunkel'
    },
    language: {
      legend: 'Sprache',
      system: 'Systemsprache (<lang>{name}</lang>)'
    },
    lead: {
      label: 'Vor einer Lerneinheit erinnern',
      none: 'Keine Erinnerung',
      minutes: '{minutes, plural, one {# Minute vorher} other {# Minuten vorher}}',
      saved: 'Erinnerungszeit gespeichert.',
      notChanged: 'Nicht geändert: {reason}'
    },
    digest: {
      legend: 'Tagesübersicht',
      enabled: 'Jeden Tag eine Benachrichtigung mit den Lerneinheiten des Tages senden',
      time: 'Uhrzeit der Tagesübersicht',
      problem: 'Gib eine Uhrzeit wie 08:00 für die Tagesübersicht ein.'
    }
  },
  desktop: {
    heading: 'Erinnerungen und Desktop',
    notifications: 'Benachrichtigungen: {label}. {advice}',
    staleNever:
      'Die Erinnerungen sind womöglich nicht aktuell: Sie wurden noch nicht aktualisiert. Study Planner fragt sie erneut ab; bleibt dieser Hinweis länger als eine Minute, starte Study Planner neu.',
    staleSince:
      'Die Erinnerungen sind womöglich nicht aktuell: Sie wurden zuletzt am {when} aktualisiert. Study Planner fragt sie erneut ab; bleibt dieser Hinweis länger als eine Minute, starte Study Planner neu.',
    browserOnly:
      'Start bei der Anmeldung, das Tray-Symbol und das Pausieren von Erinnerungen gibt es in der Desktop-App.',
    launchAtLogin: 'Study Planner bei der Anmeldung starten (im Tray, damit Erinnerungen ankommen)',
    closeToTray: 'Im Tray weiterlaufen, wenn das Fenster geschlossen wird',
    closeWithoutTray:
      'Weiterlaufen, wenn das Fenster geschlossen wird (dieser Desktop hat kein Tray, daher wird das Fenster minimiert)',
    pause: {
      legend: 'Erinnerungen pausieren',
      hour: 'Für 1 Stunde',
      restOfDay: 'Für den Rest des Tages',
      until: 'Erinnerungen pausiert bis {time}.',
      resume: 'Erinnerungen fortsetzen'
    },
    changeFailed: 'Diese Einstellung konnte nicht geändert werden: {reason}'
  },
  data: {
    heading: 'Deine Daten',
    restoreOffer:
      'Es wurden keine Lerndaten gefunden, aber es gibt Sicherungen. Stelle unten die neueste wieder her, statt neu anzufangen.',
    storage: 'Speicher',
    persistence: {
      granted: 'Geschützt: Der Browser löscht diese Daten nicht, wenn der Speicherplatz knapp wird.',
      denied:
        'Nicht geschützt: Das System kann diese Daten löschen, wenn der Speicherplatz knapp wird. Lege Sicherungen an.',
      unsupported: 'Unbekannt: Dieses System gibt nicht an, ob es die Daten bei knappem Speicherplatz behält.'
    },
    checking: 'Wird geprüft…',
    onDevice: 'Auf diesem Gerät',
    counting: 'Wird gezählt…',
    counts: {
      list: '{plans}, {sessions}, {studyLog}, {reviews}, {notes}, {roadmaps}',
      plans: '{count, plural, =0 {kein Plan} one {# Plan} other {# Pläne}}',
      sessions: '{count, plural, =0 {keine Lerneinheiten} one {# Lerneinheit} other {# Lerneinheiten}}',
      studyLog:
        '{count, plural, =0 {noch keine Lernzeit nachgetragen} one {# nachgetragene Lernzeit} other {# nachgetragene Lernzeiten}}',
      reviews:
        '{count, plural, =0 {noch keine Antworten auf „Wie gut kannst du es?“} one {# Antwort auf „Wie gut kannst du es?“} other {# Antworten auf „Wie gut kannst du es?“}}',
      notes: '{count, plural, =0 {keine Notizen zu Themen} one {# Notiz zu einem Thema} other {# Notizen zu Themen}}',
      roadmaps: '{count, plural, =0 {kein Lernpfad} one {# Lernpfad} other {# Lernpfade}}'
    },
    backUpNow: 'Jetzt sichern',
    restoreFromFile: 'Aus Datei wiederherstellen…',
    backupSaved: 'Sicherung gespeichert als {name}.',
    backupNotSaved: 'Die Sicherung konnte nicht gespeichert werden. {reason}',
    kept: {
      heading: 'Von der App aufbewahrte Sicherungen',
      entry: '{when} ({reason})',
      restoreLabel: 'Sicherung vom {when} wiederherstellen',
      restore: 'Wiederherstellen…'
    },
    reason: {
      daily: 'täglich',
      preUpgrade: 'vor einem Update',
      preRestore: 'vor einer Wiederherstellung',
      preDelete: 'vor dem Löschen eines Plans',
      manual: 'von dir gesichert'
    }
  },
  backups: {
    label: 'Sicherungen',
    last: 'Letzte Sicherung',
    daily: 'Tägliche Sicherung',
    kept: 'Aufbewahrte Sicherungen',
    noneYet: 'Noch keine.',
    failed:
      'Fehlgeschlagen am {when}{attempts, plural, =1 {} other { (# Versuche in Folge)}}. {message} Die App versucht es ab {next} erneut; „Jetzt sichern“ versucht es sofort.',
    made: 'Erstellt am {when}.',
    notYet: 'Noch nicht erstellt: Die App erstellt eine pro Tag, solange sie geöffnet ist und Lerndaten enthält.',
    policy:
      'Die App behält die neuesten {daily, number} täglichen Sicherungen, {manual, number} von dir, {preDelete, number} von vor dem Löschen eines Plans, {preRestore, number} von vor einer Wiederherstellung und {preUpgrade, number} von vor einem Update und löscht ältere. Die neueste jeder Art wird nie gelöscht.'
  },
  restore: {
    legend: '„{name}“ wiederherstellen?',
    intro:
      'Sicherung vom {when}. Die Wiederherstellung ersetzt alles auf diesem Gerät durch sie; die aktuellen Daten werden vorher als Schnappschuss aufbewahrt.',
    contents: 'Inhalt der Sicherung',
    table: {
      plans: 'Pläne',
      sessions: 'Lerneinheiten',
      studyLog: 'Nachgetragene Lernzeiten',
      reviews: 'Bewertungen',
      notes: 'Notizen zu Themen',
      roadmaps: 'Lernpfade',
      settings: 'Einstellungen'
    },
    sessionsFrom: 'Lerneinheiten von',
    noSessions: 'Keine Lerneinheiten',
    range: '{from} bis {to}',
    confirm: 'Diese Sicherung wiederherstellen',
    cancel: 'Abbrechen',
    cannotRestore: '„{name}“ kann nicht wiederhergestellt werden: {where}: {reason}',
    unreadable: 'Die Sicherung „{name}“ konnte nicht gelesen werden ({reason}).',
    failed: 'Es wurde nichts geändert: Die Wiederherstellung ist fehlgeschlagen ({reason}).',
    done: '„{name}“ wiederhergestellt. Die ersetzten Daten wurden als Schnappschuss aufbewahrt.',
    doneWithoutSnapshot:
      '„{name}“ wiederhergestellt, aber die ersetzten Daten konnten nicht im Sicherungsordner gespeichert werden ({problem, select, tooLarge {sie sind zu groß für eine Sicherungsdatei} notWritten {sie konnten nicht auf den Datenträger geschrieben werden; prüfe, ob dort noch Platz frei ist} other {{reason}}}). Eine Kopie bleibt nur bis zur nächsten Wiederherstellung in der App.'
  },
  calendarFiles: {
    heading: 'Kalenderdateien',
    plan: 'Plan',
    importBusy: 'Belegte Zeit aus .ics importieren…',
    previewLegend: 'Zu importierende belegte Zeit',
    apply: 'Belegte Zeit übernehmen',
    cancel: 'Abbrechen',
    whyLeftOut: 'Warum Termine ausgelassen wurden',
    skippedLine: '{where}: {reason}',
    andMore: 'und {count, number} weitere',
    cannotImport: '„{name}“ kann nicht importiert werden: {reason}',
    cannotImportAt: '„{name}“ kann nicht importiert werden: {where}: {reason}',
    noneFound:
      'Keine belegte Zeit in „{source}“ gefunden{skipped, plural, =0 {} one { (# Termin ausgelassen)} other { (# Termine ausgelassen)}}: {replacing, plural, =0 {Es gibt nichts zu übernehmen.} one {Beim Übernehmen wird die # belegte Zeit entfernt, die zuvor aus einer Datei dieses Namens importiert wurde.} other {Beim Übernehmen werden die # belegten Zeiten entfernt, die zuvor aus einer Datei dieses Namens importiert wurden.}}',
    found:
      '{busy, plural, one {# belegte Zeit} other {# belegte Zeiten}} in „{source}“ gefunden{skipped, plural, =0 {} one {, # Termin ausgelassen} other {, # Termine ausgelassen}}.',
    replaces:
      '{busy, plural, one {Sie ersetzt} other {Sie ersetzen}} {replacing, plural, one {die # belegte Zeit} other {die # belegten Zeiten}}, die zuvor aus einer Datei dieses Namens importiert {replacing, plural, one {wurde} other {wurden}}.',
    applyHint:
      '{busy, plural, one {Nichts ändert sich, bis du sie übernimmst.} other {Nichts ändert sich, bis du sie übernimmst.}}',
    applied:
      '{count, plural, one {# belegte Zeit aus „{source}“ hinzugefügt; der Plan berücksichtigt sie jetzt.} other {# belegte Zeiten aus „{source}“ hinzugefügt; der Plan berücksichtigt sie jetzt.}}'
  },
  icsExport: {
    legend: 'In deine Kalender-App exportieren',
    sessions: 'Lerneinheiten',
    fromNow: 'Ab jetzt',
    between: 'In einem Zeitraum',
    firstDay: 'Erster Tag',
    lastDay: 'Letzter Tag',
    includeDone: 'Erledigte Lerneinheiten einschließen (mit ✓ markiert, ohne Erinnerungen)',
    alarmsAtStart: 'Erinnerungen hinzufügen (zu Beginn jeder Lerneinheit)',
    alarmsBefore: 'Erinnerungen hinzufügen ({minutes, plural, one {# Minute} other {# Minuten}} vor jeder Lerneinheit)',
    export: '.ics exportieren',
    exported:
      '{sessions, plural, one {# Lerneinheit} other {# Lerneinheiten}}{alarms, plural, =0 {} one { (# mit Erinnerung)} other { (# mit Erinnerungen)}} nach {file} exportiert.',
    noneFromNow:
      '{done, select, yes {Ab jetzt keine geplanten oder erledigten Lerneinheiten.} other {Ab jetzt keine geplanten Lerneinheiten.}} Es wurde nichts exportiert.',
    noneBetween:
      '{done, select, yes {Keine geplanten oder erledigten Lerneinheiten zwischen {from} und {to}.} other {Keine geplanten Lerneinheiten zwischen {from} und {to}.}} Es wurde nichts exportiert.'
  },
  planChange: {
    heading: 'Dein Plan',
    intro:
      'Die Einstellungen von <strong>{title}</strong>, dem gerade angezeigten Plan. Ändere, was du willst: Die Vorschau zeigt, was es bewirken würde, und nichts ändert sich, bis du es übernimmst.',
    availabilityLegend: 'Wann kannst du lernen?',
    breaksLegend: 'Pausen und die kommende Woche',
    breakLabel: 'Pause zwischen Lerneinheiten',
    minutes: 'Minuten',
    keepLabel: 'Wie geplant lassen',
    keepNothing: 'Nichts: nach jeder Änderung alle Lerneinheiten neu planen',
    keepDays: '{days, plural, one {Den nächsten Tag} other {Die nächsten # Tage}}',
    zoneLabel: 'Zeitzone des Plans',
    zoneNote:
      'Dieser Computer ist auf {host} eingestellt. Lernzeiten werden in {zone} angezeigt und geplant, der Zeitzone des Plans.',
    saveFailed: 'die Änderung konnte nicht gespeichert werden ({reason})',
    preview: {
      heading: 'Vorher und nachher',
      nothingYet:
        'Noch nichts geändert. Markiere Lernzeit im Raster, verschiebe ein Datum oder wähle eine andere Größe, um zu sehen, was es bewirkt.',
      working: 'Änderung wird berechnet…',
      refused: 'Diese Änderung lässt sich nicht planen: {reason} Es hat sich nichts geändert.',
      refusedNoStudyTime:
        'Diese Änderung lässt sich nicht planen: In der Woche bleibt keine Lernzeit übrig. Markiere mindestens eine halbe Stunde im Raster. Es hat sich nichts geändert.',
      refusedTargetBeforeStart:
        'Diese Änderung lässt sich nicht planen: Das Zieldatum liegt vor dem Startdatum. Es hat sich nichts geändert.',
      plan: 'Plan',
      now: 'Jetzt',
      after: 'Danach',
      apply: 'Übernehmen',
      discard: 'Änderungen verwerfen',
      applied: 'Plan geändert.',
      undone: 'Der Plan ist wieder wie vorher.',
      failed: 'Nichts geändert: {reason}',
      undo: 'Rückgängig'
    },
    rows: {
      finish: 'Ende',
      target: 'Ziel',
      needed: 'Nötige Lernzeit pro Woche',
      capacity: 'Lernzeit pro Woche'
    },
    doesNotFit: 'passt nicht',
    noTarget: 'kein Zieldatum',
    none: 'keins',
    hours: '{hours} h',
    sessions: {
      none: 'Keine Lerneinheit ändert sich.',
      all: '{count, plural, one {# Lerneinheit ändert sich.} other {# Lerneinheiten ändern sich.}}',
      near: '{near, plural, =0 {Keine Lerneinheit {days, plural, one {am nächsten Tag} other {in den nächsten # Tagen}} ändert sich.} one {# Lerneinheit {days, plural, one {am nächsten Tag} other {in den nächsten # Tagen}} ändert sich.} other {# Lerneinheiten {days, plural, one {am nächsten Tag} other {in den nächsten # Tagen}} ändern sich.}}',
      nearAndLater:
        '{near, plural, =0 {Keine Lerneinheit {days, plural, one {am nächsten Tag} other {in den nächsten # Tagen}} ändert sich} one {# Lerneinheit {days, plural, one {am nächsten Tag} other {in den nächsten # Tagen}} ändert sich} other {# Lerneinheiten {days, plural, one {am nächsten Tag} other {in den nächsten # Tagen}} ändern sich}}; {later, plural, one {# spätere Lerneinheit wird verschoben} other {# spätere Lerneinheiten werden verschoben}}.'
    }
  },
  calendarSync: {
    heading: 'Kalender-Abgleich',
    unavailable:
      'Der Kalender-Abgleich braucht die Desktop-App: Sie verwahrt dein Passwort im Schlüsselbund des Systems und spricht selbst mit deinem Kalender-Server.',
    intro:
      'Bring deinen Plan in deinen eigenen Kalender (Nextcloud, iCloud, Fastmail, Radicale …), damit er mit seinen Erinnerungen auf dein Handy kommt. Lerneinheiten, die du dort verschiebst oder löschst, kommen in den Planer zurück. Kein Konto bei uns; offline arbeitet die App wie gewohnt.',
    serverUrl: 'Server-Adresse',
    serverHelp:
      'Zum Beispiel https://caldav.icloud.com, https://caldav.fastmail.com oder https://deine-cloud.example/remote.php/dav. Einfaches http:// geht nur für diesen Computer.',
    username: 'Benutzername',
    password: 'App-Passwort',
    passwordHelp:
      'Nimm ein App-Passwort, wenn dein Anbieter welche anbietet. Die Desktop-App verwahrt es, nie in deinen Sicherungen.',
    connect: 'Verbinden',
    connecting: 'Verbinde …',
    plainTextQuestion:
      'Dieser Desktop hat keinen Schlüsselbund, der das Passwort wegschließt. Unverschlüsselt im Ordner der App speichern? Wer deine Dateien lesen kann, könnte es lesen.',
    plainTextSave: 'Unverschlüsselt speichern',
    cancel: 'Abbrechen',
    connectedAs: 'Verbunden mit {server} als {user}.',
    plainTextNote: 'Dein Passwort ist unverschlüsselt gespeichert: Dieser Desktop hat keinen Schlüsselbund.',
    chooseLegend: 'Kalender für deinen Plan',
    createCalendar: 'Ein neuer Kalender „Study Planner“ (empfohlen)',
    busyLegend: 'Termine in diesen Kalendern als belegte Zeit zählen',
    busyNone: 'Keine anderen Kalender enthalten Termine.',
    plan: 'Plan: {title}',
    weeks: 'In den Kalender bringen',
    weeksOption: '{weeks, plural, one {die nächste Woche} other {die nächsten # Wochen}}',
    keepDone: 'Erledigte Lerneinheiten mit ✓ im Kalender lassen (übersprungene werden immer entfernt)',
    start: 'Abgleich starten',
    saveChoice: 'Speichern',
    changeChoice: 'Kalender ändern …',
    syncNow: 'Jetzt abgleichen',
    syncing: 'Gleiche ab …',
    disconnect: 'Trennen',
    disconnectNote:
      'Beim Trennen vergisst die App hier das Passwort und die belegte Zeit aus deinen Kalendern. Termine, die schon in deinem Kalender sind, bleiben dort.',
    factPlan: 'Plan',
    planGoneShort: 'gelöscht',
    planGone:
      'Der Plan, den dieser Kalender zeigt, wurde gelöscht; es wird nichts mehr gesendet. Wähle „Kalender ändern …“, um den gerade geöffneten Plan abzugleichen.',
    factCalendar: 'Kalender',
    factBusy: 'Belegte Zeit aus',
    factBusyNone: 'keinem',
    factRange: 'Zeitraum',
    factLastSync: 'Letzter Abgleich',
    factState: 'Stand',
    never: 'noch keiner',
    upToDate: 'Aktuell',
    pending: 'Änderungen warten aufs Senden',
    summary: 'An deinen Kalender gesendet: {created} neu, {updated} geändert, {deleted} entfernt.',
    fromCalendar:
      'Aus deinem Kalender, {when}: {moved, plural, =0 {keine verschoben} one {# Lerneinheit verschoben} other {# Lerneinheiten verschoben}}, {deleted, plural, =0 {keine gelöscht} one {# gelöscht (hier übersprungen)} other {# gelöscht (hier übersprungen)}}.',
    busyRead:
      '{busy, plural, =0 {Keine belegte Zeit} one {# belegte Zeit} other {# belegte Zeiten}} aus deinen anderen Kalendern gelesen.',
    bothChanged:
      '{count, plural, one {# Lerneinheit wurde} other {# Lerneinheiten wurden}} an beiden Stellen geändert: Die Zeit aus deinem Kalender gilt.',
    rule: 'Ändert sich eine Lerneinheit an beiden Stellen, gilt die Zeit aus deiner Kalender-App; der Planer behält Titel, Notizen und ob sie erledigt ist. Mit Rückgängig nimmst du Änderungen aus deinem Kalender zurück.',
    nextAttempt: 'Nächster Versuch um {time}.',
    alert: 'Der Kalender-Abgleich ist angehalten. {problem}',
    alertButton: 'Einstellungen öffnen',
    unreachableConnect: 'Der Server ist nicht erreichbar ({detail}). Prüfe die Adresse und deine Netzwerkverbindung.',
    unreachableDetail: {
      refused: 'der Server hat die Verbindung abgelehnt',
      notFound: 'kein Server unter diesem Namen',
      timeout: 'keine Antwort rechtzeitig',
      reset: 'die Verbindung ist abgebrochen',
      offline: 'kein Netzwerk'
    },
    errors: {
      'invalid-url': 'Diese Server-Adresse ist keine Web-Adresse. Prüfe sie; sie beginnt mit https://.',
      'insecure-url':
        'Die Adresse muss mit https:// beginnen (einfaches http:// nur für diesen Computer), damit dein Passwort nie unverschlüsselt unterwegs ist.',
      'wrong-password':
        'Der Server lehnt Benutzername oder Passwort ab. Prüfe beides; viele Anbieter wollen hier ein App-Passwort.',
      forbidden:
        'Der Server lässt dieses Konto diesen Kalender nicht ändern. Wähle einen anderen oder lege „Study Planner“ an.',
      unreachable:
        'Der Server ist nicht erreichbar ({detail}). Deine Änderungen warten und werden gesendet, sobald er antwortet.',
      'certificate-invalid':
        'Das Zertifikat des Servers ist ungültig ({detail}). Die App sendet ihm dein Passwort nicht.',
      'calendar-gone':
        'Den Kalender gibt es auf dem Server nicht mehr (gelöscht oder verschoben). Wähle einen anderen oder lege „Study Planner“ an.',
      'not-caldav':
        'Unter dieser Adresse antwortet kein Kalenderdienst. Prüfe die CalDAV-Adresse, die dein Anbieter nennt.',
      'other-origin':
        'Der Server hat die App an eine andere Adresse verwiesen ({url}); sie ist dem nicht gefolgt, dein Passwort bleibt bei diesem Server.',
      'response-too-large': 'Der Server hat mehr als {limit} MB auf einmal gesendet; das liest die App nicht.',
      'bad-response':
        'Die Antwort des Servers ist nicht lesbar ({detail}). Nichts wurde geändert; die App versucht es später erneut.',
      'server-error': 'Der Server hatte ein Problem (HTTP {status}). Die App versucht es später erneut.',
      'plain-text-needs-consent': 'Das Passwort wurde nicht gespeichert: Dieser Desktop hat keinen Schlüsselbund.',
      'credentials-unreadable':
        'Das gespeicherte Passwort ist nicht mehr lesbar (der Schlüsselbund hat sich geändert). Trenne die Verbindung und verbinde dich neu.'
    }
  },
  plans: {
    heading: 'Alle Pläne',
    intro:
      'Erinnerungen kommen von jedem Plan, der nicht archiviert ist; Kalender, Heute und Fortschritt zeigen den Plan, der unter „Aktueller Plan“ gewählt ist.',
    loading: 'Wird geladen…',
    none: 'Noch keine Pläne.',
    newPlan: 'Neuer Plan…',
    state: {
      archived: 'Archiviert',
      shown: 'Angezeigt',
      active: 'Aktiv'
    },
    newName: 'Neuer Name',
    saveName: 'Name speichern',
    cancel: 'Abbrechen',
    deleteLegend: '{title} löschen?',
    deleteConfirmApp:
      '„{title}“ mit seinen Lerneinheiten, nachgetragenen Lernzeiten, Bewertungen und Notizen löschen? Vorher wird eine Sicherung all deiner Daten aufbewahrt: Sie steht unten in „Deine Daten“ unter „Von der App aufbewahrte Sicherungen“, wo du sie wiederherstellen kannst.',
    deleteConfirmDownload:
      '„{title}“ mit seinen Lerneinheiten, nachgetragenen Lernzeiten, Bewertungen und Notizen löschen? Vorher wird eine Sicherung all deiner Daten aufbewahrt: Sie wird als Datei heruntergeladen, die du unten in „Deine Daten“ mit „Aus Datei wiederherstellen“ wiederherstellen kannst.',
    backUpAndDelete: 'Sichern und löschen',
    keepPlan: 'Plan behalten',
    show: 'Anzeigen',
    showLabel: '{title} anzeigen',
    rename: 'Umbenennen',
    renameLabel: '{title} umbenennen',
    archive: 'Archivieren',
    archiveLabel: '{title} archivieren',
    bringBack: 'Zurückholen',
    bringBackLabel: '{title} zurückholen',
    delete: 'Löschen…',
    deleteLabel: '{title} löschen',
    renamed: '„{from}“ in „{to}“ umbenannt.',
    notRenamed: 'Nicht umbenannt: {reason}',
    notChanged: 'Nicht geändert: {reason}',
    archivedMessage:
      '„{title}“ archiviert. Alle Daten bleiben erhalten und es kommen keine Erinnerungen mehr; du kannst den Plan hier jederzeit zurückholen.',
    broughtBack: '„{title}“ ist wieder unter „Aktueller Plan“ und sendet wieder Erinnerungen.',
    notBackedUp:
      'Nicht gelöscht: Die Sicherung konnte vorher nicht gespeichert werden. {reason} Dein Plan ist unverändert.',
    deleted: '„{title}“ gelöscht. Die vorher aufbewahrte Sicherung ist {file}.',
    notDeleted: 'Nicht gelöscht: {reason}'
  }
}
