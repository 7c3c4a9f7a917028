// English messages: calendar. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const calendar = {} as const
