// English messages: the window's frame, shipped in the first script so the first paint is already in the learner's
// language. ICU MessageFormat; ../de and ../es mirror every key.
export const frame = {
  brand: 'Study Planner',
  navigation: 'Main',
  screens: { calendar: 'Calendar', roadmap: 'Roadmap', progress: 'Progress', settings: 'Settings' },
  opening: 'Opening your study data…',
  loadFailed: 'The app could not load its parts ({reason}). Restart it; your data is untouched.'
} as const
