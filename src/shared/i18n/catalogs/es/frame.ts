import type { Catalog } from '../../catalog'

export const frame: Catalog['frame'] = {
  brand: 'Study Planner',
  navigation: 'Principal',
  screens: { calendar: 'Calendario', roadmap: 'Ruta', progress: 'Progreso', settings: 'Ajustes' },
  opening: 'Abriendo tus datos de estudio…',
  loadFailed: 'La aplicación no pudo cargar sus partes ({reason}). Reiníciala; tus datos siguen intactos.'
}
