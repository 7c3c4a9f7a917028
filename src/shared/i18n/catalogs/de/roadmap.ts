import type { Catalog } from '../../catalog'

export const roadmap: Catalog['roadmap'] = {
  screen: {
    title: 'Lernpfad',
    loadingRoadmap: 'Dein Lernpfad wird geladen…',
    emptyTitle: 'Kein Lernpfad gewählt',
    emptyText:
      'Erstelle im Kalender einen Plan; seine Etappen und Themen erscheinen dann hier, mit Schätzungen und Voraussetzungen.',
    subtitle: '{roadmap} · Jede Änderung plant deinen Kalender sofort neu.'
  },
  editor: {
    notSaved: 'Nicht gespeichert: {reason}',
    writeFailed: 'Nicht gespeichert: Die Änderung konnte nicht geschrieben werden ({reason})',
    notChanged: 'Nicht geändert: {reason}',
    undoFailed: 'Rückgängig nicht möglich: {reason}',
    cycle: 'Nicht gespeichert: Die Voraussetzungen würden einen Kreis bilden: {path}.',
    unknownPrerequisite:
      'Nicht gespeichert: {topic} setzt {prerequisite} voraus, das es dann nicht mehr gäbe. Entferne zuerst diese Voraussetzung.'
  },
  stage: {
    optional: '(optional)',
    progress: 'Fortschritt: {stage}',
    hoursDone: '{done} von {total} Stunden erledigt',
    notInPlan: 'Nicht im Plan',
    meta: '{count, plural, one {# Thema} other {# Themen}}{hasTrack, select, yes { · Schwerpunkt {track}} other {}}{current, select, yes { · aktuelle Etappe} other {}}',
    trackChoice: 'Schwerpunkt',
    newTopic: 'Neues Thema in {list}',
    addTopic: 'Thema hinzufügen',
    addTopicTo: 'Thema zu {list} hinzufügen',
    deletedTopic: 'Thema „{title}“ gelöscht.',
    deletedStage: 'Etappe „{title}“{topics, plural, =0 {} one { samt Thema} other { samt # Themen}} gelöscht.'
  },
  stageActions: {
    needsTitle: 'Eine Etappe braucht einen Titel.',
    titleLabel: 'Titel der Etappe',
    saveTitle: 'Titel speichern',
    cancel: 'Abbrechen',
    rename: 'Etappe umbenennen',
    renameLabel: 'Etappe umbenennen: {stage}',
    moveUp: 'Etappe nach oben',
    moveUpLabel: 'Etappe nach oben: {stage}',
    moveDown: 'Etappe nach unten',
    moveDownLabel: 'Etappe nach unten: {stage}',
    delete: 'Etappe löschen',
    deleteLabel: 'Etappe löschen: {stage}'
  },
  addStage: {
    titleLabel: 'Titel der neuen Etappe',
    submit: 'Etappe hinzufügen'
  },
  topic: {
    status:
      '{status, select, notStarted {Nicht begonnen} inProgress {In Arbeit} done {Erledigt} known {Schon bekannt} other {{status}}}',
    hours: 'Stunden',
    hoursDone: '{done} von {total} erledigt',
    kind: 'Art',
    kindName: '{kind, select, learn {Lernen} practice {Üben} project {Projekt} milestone {Meilenstein} other {{kind}}}',
    prerequisites: 'Voraussetzungen',
    none: 'Keine',
    resources: 'Materialien zu {topic}',
    editLegend: '{topic} bearbeiten',
    save: 'Speichern',
    knownLabel: 'Schon bekannt: {topic}',
    known: 'Schon bekannt',
    edit: 'Bearbeiten',
    editLabel: '{topic} bearbeiten',
    moveUp: 'Nach oben',
    moveUpLabel: 'Nach oben: {topic}',
    moveDown: 'Nach unten',
    moveDownLabel: 'Nach unten: {topic}',
    delete: 'Löschen',
    deleteLabel: '{topic} löschen'
  },
  topicForm: {
    needsTitle: 'Ein Thema braucht einen Titel.',
    title: 'Titel',
    estimate: 'Schätzung (Stunden)',
    estimateHint: 'Zum Beispiel {example} für anderthalb Stunden.',
    kind: 'Art',
    cancel: 'Abbrechen'
  },
  estimate: {
    invalid: 'Gib die Schätzung in Stunden an, zum Beispiel {example}.',
    tooSmall: 'Die Schätzung muss mehr als 0 Stunden betragen.',
    tooLarge: 'Die Schätzung darf höchstens {max} Stunden betragen.'
  },
  prerequisites: {
    legend: 'Voraussetzungen',
    chosen: 'Gewählte Voraussetzungen',
    remove: 'Voraussetzung entfernen: {topic}',
    noneChosen: 'Keine gewählt: Dieses Thema kann jederzeit gelernt werden.',
    search: 'Themen durchsuchen',
    searchPlaceholder: 'Teil eines Titels oder einer Etappe eingeben',
    all: '{count, plural, one {# Thema aus deinen Etappen und gewählten Schwerpunkten} other {# Themen aus deinen Etappen und gewählten Schwerpunkten}}',
    noMatch: 'Kein Thema passt.',
    some: '{matched, plural, one {# von {total, number} Themen passt} other {# von {total, number} Themen passen}}',
    options: 'Themen zur Auswahl'
  },
  importChoice: {
    legend: 'Wofür soll „{fileName}“ verwendet werden?',
    summary:
      'Die Datei enthält den Lernpfad „{title}“: {stages, plural, one {# Etappe} other {# Etappen}}, {topics, plural, one {# Thema} other {# Themen}}. Ein neuer Plan lässt diesen Plan unverändert; beim Ersetzen wird dieser Plan ab heute mit dem neuen Lernpfad neu geplant, und deine bisherige Arbeit bleibt erhalten.',
    newPlan: 'Neuen Plan damit starten',
    replace: 'Lernpfad dieses Plans ersetzen',
    cancel: 'Abbrechen'
  },
  files: {
    legend: 'Lernpfad-Dateien',
    exportJson: 'Lernpfad exportieren (JSON)',
    exportMarkdown: 'Gliederung exportieren (Markdown)',
    import: 'Lernpfad-Datei importieren',
    replaced:
      '„{fileName}“ importiert: Dieser Plan folgt jetzt {roadmap} und ist ab heute neu geplant. Mit „Rückgängig“ kommt der alte Lernpfad zurück.',
    notReplaced: '„{fileName}“ hat den Lernpfad dieses Plans nicht ersetzt. {reason}'
  },
  undoToast: {
    undo: 'Rückgängig',
    dismiss: 'Schließen'
  }
}
