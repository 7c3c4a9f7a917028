import type { Catalog } from '../../catalog'

export const progress: Catalog['progress'] = {
  screen: {
    title: 'Fortschritt',
    loadingProgress: 'Dein Fortschritt wird geladen…',
    emptyTitle: 'Noch nichts gelernt',
    emptyText:
      'Sobald du Lerneinheiten als erledigt markierst, siehst du hier den Stand je Etappe, die Stunden pro Woche und deine Serie.'
  },
  completion: {
    title: 'Erledigt',
    overall: 'Insgesamt: {percent} % ({done} von {total} Stunden)',
    stage: '{stage}: erledigt',
    percent: '{percent} %',
    unbuilt: 'Dieser Plan ließ sich nicht erstellen; korrigiere ihn unter „Lernpfad“ oder „Einstellungen“.'
  },
  weekly: {
    title: 'Stunden pro Woche'
  },
  streak: {
    title: 'Serie',
    current: 'Aktuelle Serie',
    best: 'Längste Serie',
    days: '{count, plural, one {# Tag} other {# Tage}}'
  },
  finish: {
    title: 'Enddatum und Tempo',
    none: 'Ein Teil der Arbeit passt nicht in den Kalender, daher gibt es noch kein Enddatum.',
    noTarget: 'Voraussichtliches Ende: {finish}. Es ist kein Zieldatum festgelegt.',
    beforeTarget:
      'Voraussichtliches Ende: {finish}. Das ist {days, plural, one {# Tag} other {# Tage}} vor deinem Zieldatum ({target}).',
    onTarget: 'Voraussichtliches Ende: {finish}. Das ist genau dein Zieldatum.',
    afterTarget:
      'Voraussichtliches Ende: {finish}. Das ist {days, plural, one {# Tag} other {# Tage}} nach deinem Zieldatum ({target}).'
  },
  pace: {
    none: 'Markiere Lerneinheiten als erledigt, um dein Tempo zu sehen.',
    done: 'In {done, plural, one {# erledigten Lerneinheit} other {# erledigten Lerneinheiten}} hast du {percent} % der geplanten Zeit gelernt.',
    doneAndMissed:
      'In {done, number} erledigten und {missed, number} verpassten {total, plural, one {Lerneinheit} other {Lerneinheiten}} hast du {percent} % der geplanten Zeit gelernt.',
    nothingWorked: 'Trage die Lerneinheiten nach, in denen du gelernt hast, um zu sehen, wann du fertig wärst.',
    onDate: 'Bei diesem Tempo bist du zum voraussichtlichen Ende fertig.',
    later:
      'Wenn du dieses Tempo hältst, bist du etwa am {date} fertig, {days, plural, one {# Tag} other {# Tage}} später als geplant.',
    earlier:
      'Wenn du dieses Tempo hältst, bist du etwa am {date} fertig, {days, plural, one {# Tag} other {# Tage}} früher als geplant.'
  },
  reviews: {
    title: 'Anstehende Wiederholungen',
    item: '{topic}: {when}',
    none: 'Noch keine Wiederholungen geplant: Sie folgen auf Themen, die du abschließt.'
  },
  chart: {
    tick: '{hours} h',
    captionFrom:
      'Stunden pro Woche ab der Woche vom {date}{many, select, yes {, die älteste links} other {}}: <planned>geplant</planned> und <studied>gelernt</studied>.',
    caption:
      'Stunden pro Woche{many, select, yes {, die älteste links} other {}}: <planned>geplant</planned> und <studied>gelernt</studied>.',
    tableSummary: 'Stunden pro Woche als Tabelle',
    tableCaption: 'Gelernte und geplante Stunden pro Woche',
    weekStarting: 'Woche ab',
    planned: 'Geplant (Stunden)',
    studied: 'Gelernt (Stunden)'
  }
}
