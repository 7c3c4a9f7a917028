// What Settings says is stored, in the learner's words: every count with its noun in the right number, no table names.
import { expect, it } from 'vitest'
import { dataCountsText } from '../../../../../../src/renderer/src/features/settings/data/dataCountsText'
import { de } from '../../../../../../src/shared/i18n/catalogs/de'
import { en } from '../../../../../../src/shared/i18n/catalogs/en'
import { es } from '../../../../../../src/shared/i18n/catalogs/es'
import { translatorFor } from '../../../../../../src/shared/i18n/translator'

it('counts one of a kind in the singular, the rest in the plural, with the locale’s digit grouping', () => {
  expect(
    dataCountsText(
      { plans: 1, sessions: 1045, studyLog: 1, reviews: 2, notes: 1, roadmaps: 1 },
      translatorFor('en-GB', en)
    )
  ).toBe(
    '1 plan, 1,045 study sessions, 1 time you logged study, 2 answers to “How well do you know it?”, 1 topic note, 1 roadmap'
  )
  expect(
    dataCountsText(
      { plans: 1, sessions: 1045, studyLog: 0, reviews: 0, notes: 0, roadmaps: 1 },
      translatorFor('de-DE', en)
    )
  ).toBe(
    '1 plan, 1.045 study sessions, no study logged yet, no answers to “How well do you know it?” yet, no topic notes, 1 roadmap'
  )
})

it('never says a bare zero or names a table (“0 ratings”, “study log entries”)', () => {
  const text = dataCountsText(
    { plans: 0, sessions: 0, studyLog: 0, reviews: 0, notes: 0, roadmaps: 0 },
    translatorFor('en-GB', en)
  )
  expect(text).not.toMatch(/\b0\b|rating|log entr/)
})

it('says one and many in German and Spanish with each language’s plural forms', () => {
  const one = { plans: 1, sessions: 1, studyLog: 1, reviews: 1, notes: 1, roadmaps: 1 }
  const two = { plans: 2, sessions: 2, studyLog: 2, reviews: 2, notes: 2, roadmaps: 2 }
  expect(dataCountsText(one, translatorFor('de-DE', de))).toBe(
    '1 Plan, 1 Lerneinheit, 1 nachgetragene Lernzeit, 1 Antwort auf „Wie gut kannst du es?“, 1 Notiz zu einem Thema, 1 Lernpfad'
  )
  expect(dataCountsText(two, translatorFor('de-DE', de))).toBe(
    '2 Pläne, 2 Lerneinheiten, 2 nachgetragene Lernzeiten, 2 Antworten auf „Wie gut kannst du es?“, 2 Notizen zu Themen, 2 Lernpfade'
  )
  expect(dataCountsText({ ...one, sessions: 10450 }, translatorFor('es-ES', es))).toMatch(
    /^1 plan, 10\.450 sesiones de estudio, /
  )
})
