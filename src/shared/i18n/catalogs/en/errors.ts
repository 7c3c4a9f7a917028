// English messages: errors. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const errors = {} as const
