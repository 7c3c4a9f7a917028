import type { Catalog } from '../../catalog'

export const frame: Catalog['frame'] = {
  brand: 'Study Planner',
  navigation: 'Hauptmenü',
  screens: { calendar: 'Kalender', roadmap: 'Lernpfad', progress: 'Fortschritt', settings: 'Einstellungen' },
  opening: 'Deine Lerndaten werden geöffnet…',
  loadFailed: 'Die App konnte ihre Teile nicht laden ({reason}). Starte sie neu; deine Daten sind unverändert.'
}
