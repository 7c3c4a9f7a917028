import type { Catalog } from '../../catalog'

export const onboarding: Catalog['onboarding'] = {
  noRoadmap: 'Es gibt keinen Lernpfad, nach dem geplant werden kann.',
  saveFailed: 'Der Plan konnte nicht gespeichert werden. Bitte versuch es noch einmal.',
  title: 'Plane dein Lernen',
  intro:
    'Ein paar Entscheidungen, und du bekommst einen Wochenplan mit einem ehrlichen Enddatum. Du kannst später alles ändern.',
  whenLegend: '{step, number}. Wann kannst du lernen?',
  roadmapChoice: {
    legend: '1. Was möchtest du lernen?',
    stages: '· {count, plural, one {# Etappe} other {# Etappen}}',
    import: 'Lernpfad importieren…',
    reading: '{fileName} wird gelesen…',
    imported: '„{title}“ importiert.',
    unreadable: 'Diese Datei konnte nicht gelesen werden.'
  },
  preview: {
    title: 'Dein Plan',
    creating: 'Dein Plan wird erstellt…',
    create: 'Plan erstellen',
    total: 'Insgesamt zu lernen',
    totalHours: '{hours} h',
    finish: 'Ende',
    doesNotFit: 'Passt noch nicht',
    target: 'Ziel',
    targetState: '{date} {feasible, select, yes {– im Plan} other {– bei diesem Tempo nicht erreichbar}}',
    firstSession: 'Erste Lerneinheit'
  }
}
