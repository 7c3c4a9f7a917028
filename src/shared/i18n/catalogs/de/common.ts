import type { Catalog } from '../../catalog'

export const common: Catalog['common'] = {}
