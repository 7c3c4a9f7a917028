import type { Catalog } from '../../catalog'

export const onboarding: Catalog['onboarding'] = {
  noRoadmap: 'No hay ninguna ruta de aprendizaje disponible para planificar.',
  saveFailed: 'No se pudo guardar el plan. Inténtalo de nuevo.',
  title: 'Planifica tus estudios',
  intro:
    'Con unas pocas elecciones tendrás un plan de estudio semanal con una fecha de fin realista. Puedes cambiarlo todo más adelante.',
  whenLegend: '{step, number}. ¿Cuándo puedes estudiar?',
  roadmapChoice: {
    legend: '1. ¿Qué quieres aprender?',
    stages: '· {count, plural, one {# etapa} other {# etapas}}',
    import: 'Importar una ruta…',
    reading: 'Leyendo {fileName}…',
    imported: 'Se importó “{title}”.',
    unreadable: 'No se pudo leer ese archivo.'
  },
  preview: {
    title: 'Tu plan',
    creating: 'Creando tu plan…',
    create: 'Crear plan',
    total: 'Estudio en total',
    totalHours: '{hours} h',
    finish: 'Fin',
    doesNotFit: 'Aún no cabe',
    target: 'Objetivo',
    targetState: '{date} {feasible, select, yes {— a tiempo} other {— inalcanzable a este ritmo}}',
    firstSession: 'Primera sesión'
  }
}
