// English messages: settings. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const settings = {} as const
