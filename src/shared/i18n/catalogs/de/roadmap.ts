import type { Catalog } from '../../catalog'

export const roadmap: Catalog['roadmap'] = {}
