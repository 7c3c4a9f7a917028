// English messages: reminders. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const reminders = {
  reviewTitle: 'Review: {topic}'
} as const
