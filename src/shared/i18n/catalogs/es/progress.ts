import type { Catalog } from '../../catalog'

export const progress: Catalog['progress'] = {
  screen: {
    title: 'Progreso',
    loadingProgress: 'Cargando tu progreso…',
    emptyTitle: 'Aún no has estudiado nada',
    emptyText:
      'Aquí verás el avance por etapa, las horas por semana y tu racha a medida que marques sesiones como hechas.'
  },
  completion: {
    title: 'Avance',
    overall: 'Total: {percent} % ({done} de {total} horas)',
    stage: 'Avance de {stage}',
    percent: '{percent} %',
    unbuilt: 'No se pudo crear este plan; corrígelo en la pantalla Ruta o Ajustes.'
  },
  weekly: {
    title: 'Horas por semana'
  },
  streak: {
    title: 'Racha',
    current: 'Racha actual',
    best: 'Mejor racha',
    days: '{count, plural, one {# día} other {# días}}'
  },
  finish: {
    title: 'Fecha de fin y ritmo',
    none: 'Parte del trabajo no cabe en el calendario, así que aún no hay fecha de fin.',
    noTarget: 'Fin previsto: {finish}. No has fijado una fecha objetivo.',
    beforeTarget:
      'Fin previsto: {finish}, {days, plural, one {# día} other {# días}} antes de tu fecha objetivo ({target}).',
    onTarget: 'Fin previsto: {finish}. Coincide justo con tu fecha objetivo.',
    afterTarget:
      'Fin previsto: {finish}, {days, plural, one {# día} other {# días}} después de tu fecha objetivo ({target}).'
  },
  pace: {
    none: 'Marca sesiones de estudio como hechas para ver tu ritmo.',
    done: 'En {done, plural, one {# sesión de estudio hecha} other {# sesiones de estudio hechas}} trabajaste el {percent} % del tiempo planificado.',
    doneAndMissed:
      'En {total, plural, one {# sesión de estudio} other {# sesiones de estudio}} (hechas: {done, number}; perdidas: {missed, number}) trabajaste el {percent} % del tiempo planificado.',
    nothingWorked: 'Registra las sesiones en las que sí estudiaste para ver cuándo terminarías.',
    onDate: 'A este ritmo terminas en la fecha prevista.',
    later:
      'Si mantienes este ritmo, terminarás hacia el {date}, {days, plural, one {# día} other {# días}} más tarde de lo planificado.',
    earlier:
      'Si mantienes este ritmo, terminarás hacia el {date}, {days, plural, one {# día} other {# días}} antes de lo planificado.'
  },
  reviews: {
    title: 'Próximos repasos',
    item: '{topic}: {when}',
    none: 'Aún no hay repasos planificados: llegan después de los temas que terminas.'
  },
  chart: {
    tick: '{hours} h',
    captionFrom:
      'Horas por semana desde la semana del {date}{many, select, yes {, la más antigua a la izquierda} other {}}: <planned>planificadas</planned> y <studied>estudiadas</studied>.',
    caption:
      'Horas por semana{many, select, yes {, la más antigua a la izquierda} other {}}: <planned>planificadas</planned> y <studied>estudiadas</studied>.',
    tableSummary: 'Horas por semana en una tabla',
    tableCaption: 'Horas estudiadas y planificadas por semana',
    weekStarting: 'Semana del',
    planned: 'Planificadas (horas)',
    studied: 'Estudiadas (horas)'
  }
}
