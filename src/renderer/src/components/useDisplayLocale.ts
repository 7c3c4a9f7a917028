// The locale every screen formats in: the app's language (and the system's region) with the learner's 12/24-hour
// choice (Settings) folded in.
import { displayLocale } from '../../../shared/format'
import { CLOCK_STYLE_KEY, isClockStyle } from '../db/preferences'
import { useStoredPreference } from '../db/useStoredPreference'
import { useTranslations } from '../i18n/translations'

/**
 * The display locale, e.g. 'en-US' or 'en-US-u-hc-h23'; live, so a change in Settings reaches every open screen and the
 * reminder sync (notifications and the tray write times in it too). The language's own clock until the choice is read.
 */
export function useDisplayLocale(): string {
  const [clock] = useStoredPreference(CLOCK_STYLE_KEY, isClockStyle, 'locale')
  return displayLocale(useTranslations().locale, clock ?? 'locale')
}
