// English messages: onboarding. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const onboarding = {} as const
