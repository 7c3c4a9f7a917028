import type { Catalog } from '../../catalog'

export const roadmap: Catalog['roadmap'] = {
  screen: {
    title: 'Ruta',
    loadingRoadmap: 'Cargando tu ruta de aprendizaje…',
    emptyTitle: 'No hay ninguna ruta elegida',
    emptyText:
      'Crea un plan en la pantalla Calendario; sus etapas y temas aparecerán aquí, con estimaciones y requisitos previos.',
    subtitle: '{roadmap} · cada cambio vuelve a planificar tu calendario al instante.'
  },
  editor: {
    notSaved: 'No se guardó: {reason}',
    writeFailed: 'No se guardó: no se pudo escribir ({reason})',
    notChanged: 'No se cambió: {reason}',
    undoFailed: 'No se pudo deshacer: {reason}',
    cycle: 'No se guardó: los requisitos previos formarían un ciclo: {path}.',
    unknownPrerequisite:
      'No se guardó: {topic} requiere {prerequisite}, que dejaría de existir. Quita antes ese requisito previo.'
  },
  stage: {
    optional: '(opcional)',
    progress: 'Progreso de {stage}',
    hoursDone: '{done} de {total} horas hechas',
    notInPlan: 'No está en el plan',
    meta: '{count, plural, one {# tema} other {# temas}}{hasTrack, select, yes { · especialidad {track}} other {}}{current, select, yes { · etapa actual} other {}}',
    trackChoice: 'Especialidad',
    newTopic: 'Nuevo tema en {list}',
    addTopic: 'Añadir tema',
    addTopicTo: 'Añadir un tema a {list}',
    deletedTopic: 'Se eliminó el tema “{title}”.',
    deletedStage: 'Se eliminó la etapa “{title}”{topics, plural, =0 {} one { y su tema} other { y sus # temas}}.'
  },
  stageActions: {
    needsTitle: 'Una etapa necesita un título.',
    titleLabel: 'Título de la etapa',
    saveTitle: 'Guardar título',
    cancel: 'Cancelar',
    rename: 'Renombrar etapa',
    renameLabel: 'Renombrar etapa: {stage}',
    moveUp: 'Subir etapa',
    moveUpLabel: 'Subir etapa: {stage}',
    moveDown: 'Bajar etapa',
    moveDownLabel: 'Bajar etapa: {stage}',
    delete: 'Eliminar etapa',
    deleteLabel: 'Eliminar etapa: {stage}'
  },
  addStage: {
    titleLabel: 'Título de la nueva etapa',
    submit: 'Añadir etapa'
  },
  topic: {
    status:
      '{status, select, notStarted {Sin empezar} inProgress {En curso} done {Hecho} known {Ya lo sé} other {{status}}}',
    hours: 'Horas',
    hoursDone: '{done} de {total} horas hechas',
    kind: 'Tipo',
    kindName:
      '{kind, select, learn {aprendizaje} practice {práctica} project {proyecto} milestone {hito} other {{kind}}}',
    prerequisites: 'Requisitos previos',
    none: 'Ninguno',
    resources: 'Recursos de {topic}',
    editLegend: 'Editar {topic}',
    save: 'Guardar',
    knownLabel: 'Ya lo sé: {topic}',
    known: 'Ya lo sé',
    edit: 'Editar',
    editLabel: 'Editar {topic}',
    moveUp: 'Subir',
    moveUpLabel: 'Subir: {topic}',
    moveDown: 'Bajar',
    moveDownLabel: 'Bajar: {topic}',
    delete: 'Eliminar',
    deleteLabel: 'Eliminar {topic}'
  },
  topicForm: {
    needsTitle: 'Un tema necesita un título.',
    title: 'Título',
    estimate: 'Estimación (horas)',
    estimateHint: 'Por ejemplo, {example} para una hora y media.',
    kind: 'Tipo',
    cancel: 'Cancelar'
  },
  estimate: {
    invalid: 'Escribe la estimación en horas, por ejemplo {example}.',
    tooSmall: 'La estimación debe ser de más de 0 horas.',
    tooLarge: 'La estimación puede ser como máximo de {max} horas.'
  },
  prerequisites: {
    legend: 'Requisitos previos',
    chosen: 'Requisitos previos elegidos',
    remove: 'Quitar requisito previo: {topic}',
    noneChosen: 'Ninguno elegido: este tema se puede estudiar en cualquier momento.',
    search: 'Buscar temas',
    searchPlaceholder: 'Escribe parte de un título o una etapa',
    all: '{count, plural, one {# tema de tus etapas y especialidades elegidas} other {# temas de tus etapas y especialidades elegidas}}',
    noMatch: 'Ningún tema coincide.',
    some: '{matched, plural, one {# de {total, number} temas coincide} other {# de {total, number} temas coinciden}}',
    options: 'Temas para elegir'
  },
  importChoice: {
    legend: '¿Para qué quieres usar “{fileName}”?',
    summary:
      'Contiene la ruta de aprendizaje “{title}”: {stages, plural, one {# etapa} other {# etapas}}, {topics, plural, one {# tema} other {# temas}}. Un plan nuevo deja este plan como está; al reemplazarla, este plan se vuelve a planificar desde hoy con la nueva ruta y conserva el trabajo que registraste.',
    newPlan: 'Empezar un plan nuevo con ella',
    replace: 'Reemplazar la ruta de este plan',
    cancel: 'Cancelar'
  },
  files: {
    legend: 'Archivos de la ruta',
    exportJson: 'Exportar ruta (JSON)',
    exportMarkdown: 'Exportar esquema (Markdown)',
    import: 'Importar archivo de ruta',
    replaced:
      'Se importó “{fileName}”: este plan ahora sigue {roadmap}, planificado de nuevo desde hoy. Deshacer recupera la ruta anterior.',
    notReplaced: '“{fileName}” no reemplazó la ruta de este plan. {reason}'
  },
  undoToast: {
    undo: 'Deshacer',
    dismiss: 'Cerrar'
  }
}
