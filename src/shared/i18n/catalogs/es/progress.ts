import type { Catalog } from '../../catalog'

export const progress: Catalog['progress'] = {}
