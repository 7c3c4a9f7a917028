import type { Catalog } from '../../catalog'

export const notices: Catalog['notices'] = {
  notification: {
    dayAndTime: '{day}, {time}',
    title: '{kind, select, review {Repaso} other {Estudio}}: {topic}',
    body: '{missed, select, yes {Perdida: {when}} other {{when}}}',
    bodyWithStage: '{missed, select, yes {Perdida: {when}} other {{when}}} · {stage}',
    groupTitle: '{count, plural, one {# recordatorio de estudio} other {# recordatorios de estudio}}',
    groupLine: '{when} {topic}',
    groupMore: '{count, plural, other {y # más}}',
    digest: {
      title: 'Tu plan de estudio de hoy',
      body: 'Hoy: {count, plural, one {# sesión} other {# sesiones}}, {duration}',
      bodyWithFirst: 'Hoy: {count, plural, one {# sesión} other {# sesiones}}, {duration} · la primera a las {time}'
    }
  },
  tray: {
    next: 'Siguiente: {topic}, {time}',
    noUpcoming: 'Ninguna sesión próxima',
    open: 'Abrir Study Planner',
    startNext: 'Empezar la siguiente sesión',
    snooze: 'Posponer',
    snoozeMinutes: '{minutes, plural, one {# minuto} other {# minutos}}',
    pause: 'Pausar recordatorios',
    pauseHour: 'Durante 1 hora',
    pauseRestOfDay: 'Durante el resto del día',
    resume: 'Reanudar recordatorios (en pausa hasta las {time})',
    quit: 'Salir de Study Planner',
    tooltip: {
      studying: 'Estudiando: {topic} desde las {time}',
      studyPaused: 'En pausa: {topic}',
      outOfDate: 'Recordatorios quizá desactualizados',
      outOfDateSince:
        '{when, select, today {Recordatorios quizá desactualizados (última actualización: {time})} tomorrow {Recordatorios quizá desactualizados (última actualización: mañana, {time})} other {Recordatorios quizá desactualizados (última actualización: {day}, {time})}}',
      paused:
        '{when, select, today {Recordatorios en pausa hasta las {time}} tomorrow {Recordatorios en pausa hasta mañana a las {time}} other {Recordatorios en pausa hasta el {day}, {time}}}',
      now: 'Ahora: {topic} (hasta las {time})',
      next: 'Siguiente: {topic}, {when}'
    }
  },
  menu: {
    file: 'Archivo',
    edit: 'Edición',
    view: 'Ver',
    go: 'Ir',
    window: 'Ventana',
    // The standard items of the File, Edit, View and Window menus.
    items: {
      close: 'Cerrar ventana',
      quit: 'Salir',
      undo: 'Deshacer',
      redo: 'Rehacer',
      cut: 'Cortar',
      copy: 'Copiar',
      paste: 'Pegar',
      pasteAndMatchStyle: 'Pegar y mantener estilo',
      delete: 'Eliminar',
      selectAll: 'Seleccionar todo',
      reload: 'Recargar',
      forceReload: 'Forzar recarga',
      toggleDevTools: 'Herramientas de desarrollo',
      resetZoom: 'Tamaño real',
      zoomIn: 'Ampliar',
      zoomOut: 'Reducir',
      togglefullscreen: 'Pantalla completa',
      minimize: 'Minimizar',
      zoom: 'Zoom',
      front: 'Traer todo al frente'
    }
  }
}
