// English messages: common. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const common = {} as const
