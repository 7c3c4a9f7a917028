import type { Catalog } from '../../catalog'

export const onboarding: Catalog['onboarding'] = {}
