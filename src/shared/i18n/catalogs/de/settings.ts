import type { Catalog } from '../../catalog'

export const settings: Catalog['settings'] = {}
