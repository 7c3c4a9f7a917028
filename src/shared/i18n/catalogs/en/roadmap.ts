// English messages: roadmap. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const roadmap = {
  screen: {
    title: 'Roadmap',
    loadingRoadmap: 'Loading your roadmap…',
    emptyTitle: 'No roadmap chosen',
    emptyText:
      'Create a plan on the Calendar screen; its stages and topics will be listed here, with estimates and prerequisites.',
    subtitle: '{roadmap} · every change re-plans your calendar at once.'
  },
  editor: {
    notSaved: 'Not saved: {reason}',
    writeFailed: 'Not saved: it could not be written ({reason})',
    notChanged: 'Not changed: {reason}',
    undoFailed: 'Could not undo: {reason}',
    cycle: 'Not saved: this would make a prerequisite cycle: {path}.',
    unknownPrerequisite:
      'Not saved: {topic} requires {prerequisite}, which would no longer exist. Remove that prerequisite first.'
  },
  stage: {
    optional: '(optional)',
    progress: '{stage} progress',
    hoursDone: '{done} of {total} hours done',
    notInPlan: 'Not in the plan',
    meta: '{count, plural, one {# topic} other {# topics}}{hasTrack, select, yes { · {track} track} other {}}{current, select, yes { · current stage} other {}}',
    trackChoice: 'Specialization track',
    newTopic: 'New topic in {list}',
    addTopic: 'Add topic',
    addTopicTo: 'Add a topic to {list}',
    deletedTopic: 'Deleted the topic “{title}”.',
    deletedStage: 'Deleted the stage “{title}”{topics, plural, =0 {} one { and its topic} other { and its # topics}}.'
  },
  stageActions: {
    needsTitle: 'A stage needs a title.',
    titleLabel: 'Stage title',
    saveTitle: 'Save title',
    cancel: 'Cancel',
    rename: 'Rename stage',
    renameLabel: 'Rename stage: {stage}',
    moveUp: 'Move stage up',
    moveUpLabel: 'Move stage up: {stage}',
    moveDown: 'Move stage down',
    moveDownLabel: 'Move stage down: {stage}',
    delete: 'Delete stage',
    deleteLabel: 'Delete stage: {stage}'
  },
  addStage: {
    titleLabel: 'New stage title',
    submit: 'Add stage'
  },
  topic: {
    status:
      '{status, select, notStarted {Not started} inProgress {In progress} done {Done} known {Already known} other {{status}}}',
    hours: 'Hours',
    hoursDone: '{done} of {total} hours done',
    kind: 'Kind',
    kindName:
      '{kind, select, learn {learn} practice {practice} project {project} milestone {milestone} other {{kind}}}',
    prerequisites: 'Prerequisites',
    none: 'None',
    resources: 'Resources for {topic}',
    editLegend: 'Edit {topic}',
    save: 'Save',
    knownLabel: 'Already known: {topic}',
    known: 'Already known',
    edit: 'Edit',
    editLabel: 'Edit {topic}',
    moveUp: 'Move up',
    moveUpLabel: 'Move up: {topic}',
    moveDown: 'Move down',
    moveDownLabel: 'Move down: {topic}',
    delete: 'Delete',
    deleteLabel: 'Delete {topic}'
  },
  topicForm: {
    needsTitle: 'A topic needs a title.',
    title: 'Title',
    estimate: 'Estimate (hours)',
    estimateHint: 'For example {example} for an hour and a half.',
    kind: 'Kind',
    cancel: 'Cancel'
  },
  estimate: {
    invalid: 'Enter the estimate in hours, for example {example}.',
    tooSmall: 'The estimate must be more than 0 hours.',
    tooLarge: 'The estimate can be at most {max} hours.'
  },
  prerequisites: {
    legend: 'Prerequisites',
    chosen: 'Chosen prerequisites',
    remove: 'Remove prerequisite: {topic}',
    noneChosen: 'None chosen: this topic can be studied at any time.',
    search: 'Search topics',
    searchPlaceholder: 'Type part of a title or stage',
    all: '{count, plural, one {# topic from your stages and chosen tracks} other {# topics from your stages and chosen tracks}}',
    noMatch: 'No topic matches.',
    some: '{matched, plural, one {# of {total, number} topics match} other {# of {total, number} topics match}}',
    options: 'Topics to choose from'
  },
  importChoice: {
    legend: 'What should “{fileName}” be used for?',
    summary:
      'It holds the roadmap “{title}”: {stages, plural, one {# stage} other {# stages}}, {topics, plural, one {# topic} other {# topics}}. A new plan leaves this plan as it is; replacing plans this plan again from today on the new roadmap, keeping the work you logged.',
    newPlan: 'Start a new plan with it',
    replace: 'Replace this plan’s roadmap',
    cancel: 'Cancel'
  },
  files: {
    legend: 'Roadmap files',
    exportJson: 'Export roadmap (JSON)',
    exportMarkdown: 'Export outline (Markdown)',
    import: 'Import roadmap file',
    replaced:
      'Imported “{fileName}”: this plan now follows {roadmap}, planned again from today. Undo puts the old roadmap back.',
    notReplaced: '“{fileName}” did not replace this plan’s roadmap. {reason}'
  },
  undoToast: {
    undo: 'Undo',
    dismiss: 'Dismiss'
  }
} as const
