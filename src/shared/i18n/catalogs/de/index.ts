// Every message in German, by area: one file per area so an area's strings move together.
import type { Catalog } from '../../catalog'
import { frame } from './frame'
import { common } from './common'
import { calendar } from './calendar'
import { settings } from './settings'
import { roadmap } from './roadmap'
import { progress } from './progress'
import { onboarding } from './onboarding'
import { reminders } from './reminders'
import { notices } from './notices'
import { errors } from './errors'

export const de: Catalog = {
  frame,
  common,
  calendar,
  settings,
  roadmap,
  progress,
  onboarding,
  reminders,
  notices,
  errors
}
