// English messages: roadmap. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const roadmap = {} as const
