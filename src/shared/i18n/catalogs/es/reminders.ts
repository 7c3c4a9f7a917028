import type { Catalog } from '../../catalog'

export const reminders: Catalog['reminders'] = {
  reviewTitle: 'Repaso: {topic}'
}
