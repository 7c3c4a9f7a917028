// English messages: notices. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const notices = {} as const
