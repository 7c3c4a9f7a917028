// English messages: progress. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const progress = {} as const
