// The data layer's words for a refusal, in the language in use when it refuses: screens show them as they come back.
import type { Translate } from '../../../shared/i18n/translator'
import { currentTranslations } from '../i18n/translations'

/** The translator in use now (the data layer runs outside React, so it asks at the moment it words a message). */
export const dbText = (): Translate => currentTranslations().t

/** A name the learner gave, in the language's quotation marks: “Regex”, „Regex“. */
export const quoted = (text: string): string => dbText()('common.quoted', { text })
