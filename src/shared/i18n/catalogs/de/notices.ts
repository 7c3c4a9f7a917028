import type { Catalog } from '../../catalog'

export const notices: Catalog['notices'] = {
  notification: {
    dayAndTime: '{day}, {time}',
    title: '{kind, select, review {Wiederholung} other {Lernen}}: {topic}',
    body: '{missed, select, yes {Verpasst: {when}} other {{when}}}',
    bodyWithStage: '{missed, select, yes {Verpasst: {when}} other {{when}}} · {stage}',
    groupTitle: '{count, plural, one {# Lernerinnerung} other {# Lernerinnerungen}}',
    groupLine: '{when} {topic}',
    groupMore: '{count, plural, other {und # weitere}}',
    digest: {
      title: 'Dein Lernplan für heute',
      body: 'Heute: {count, plural, one {# Lerneinheit} other {# Lerneinheiten}} ({duration})',
      bodyWithFirst:
        'Heute: {count, plural, one {# Lerneinheit} other {# Lerneinheiten}} ({duration}) · die erste um {time}'
    }
  },
  tray: {
    next: 'Als Nächstes: {topic}, {time}',
    noUpcoming: 'Keine anstehende Lerneinheit',
    open: 'Study Planner öffnen',
    startNext: 'Nächste Lerneinheit starten',
    snooze: 'Später erinnern',
    snoozeMinutes: '{minutes, plural, one {in # Minute} other {in # Minuten}}',
    pause: 'Erinnerungen pausieren',
    pauseHour: 'Für 1 Stunde',
    pauseRestOfDay: 'Für den Rest des Tages',
    resume: 'Erinnerungen fortsetzen (pausiert bis {time})',
    quit: 'Study Planner beenden',
    tooltip: {
      studying: 'Du lernst: {topic} seit {time}',
      studyPaused: 'Pausiert: {topic}',
      outOfDate: 'Erinnerungen evtl. veraltet',
      outOfDateSince:
        '{when, select, today {Erinnerungen evtl. veraltet (Stand: {time})} tomorrow {Erinnerungen evtl. veraltet (Stand: morgen, {time})} other {Erinnerungen evtl. veraltet (Stand: {day}, {time})}}',
      paused:
        '{when, select, today {Erinnerungen pausiert bis {time}} tomorrow {Erinnerungen pausiert bis morgen um {time}} other {Erinnerungen pausiert bis {day}, {time}}}',
      now: 'Jetzt: {topic} (bis {time})',
      next: 'Als Nächstes: {topic}, {when}'
    }
  },
  menu: {
    file: 'Datei',
    edit: 'Bearbeiten',
    view: 'Ansicht',
    go: 'Gehe zu',
    window: 'Fenster',
    // The standard items of the File, Edit, View and Window menus.
    items: {
      close: 'Fenster schließen',
      quit: 'Beenden',
      undo: 'Rückgängig',
      redo: 'Wiederholen',
      cut: 'Ausschneiden',
      copy: 'Kopieren',
      paste: 'Einfügen',
      pasteAndMatchStyle: 'Einfügen und Stil anpassen',
      delete: 'Löschen',
      selectAll: 'Alles auswählen',
      reload: 'Neu laden',
      forceReload: 'Neu laden erzwingen',
      toggleDevTools: 'Entwicklertools ein/aus',
      resetZoom: 'Originalgröße',
      zoomIn: 'Vergrößern',
      zoomOut: 'Verkleinern',
      togglefullscreen: 'Vollbild ein/aus',
      minimize: 'Minimieren',
      zoom: 'Zoomen',
      front: 'Alle nach vorne bringen'
    }
  }
}
