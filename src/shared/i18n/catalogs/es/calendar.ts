import type { Catalog } from '../../catalog'

export const calendar: Catalog['calendar'] = {}
