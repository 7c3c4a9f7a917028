import type { Catalog } from '../../catalog'

export const notices: Catalog['notices'] = {}
