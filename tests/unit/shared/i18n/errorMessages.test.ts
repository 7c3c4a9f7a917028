// The pure core's refusals read in the learner's language: a MessageRef translated with the German catalog.
import { describe, expect, it } from 'vitest'
import { de } from '../../../../src/shared/i18n/catalogs/de'
import { en } from '../../../../src/shared/i18n/catalogs/en'
import { es } from '../../../../src/shared/i18n/catalogs/es'
import { messageRef } from '../../../../src/shared/i18n/ref'
import { translatorFor } from '../../../../src/shared/i18n/translator'
import { readRoadmapFile } from '../../../../src/shared/backup/roadmapFile'
import { importMarkdownOutline } from '../../../../src/shared/backup/markdownOutline'
import { errorText, problemText } from '../../../../src/shared/validation/problemText'
import { flatMessages } from '../../../support/icuShape'

const german = translatorFor('de-DE', de)

const keys = (catalog: object) =>
  [...flatMessages(catalog as never)].map(([key]) => key).filter((key) => key.startsWith('errors.'))

describe('core refusals in German', () => {
  it('words a quick-add limit with the plural form of its number', () => {
    expect(problemText(german, messageRef('errors.quickAdd.tooLong', { hours: 1 }))).toBe(
      'Eine Lerneinheit dauert höchstens 1 Stunde.'
    )
    expect(problemText(german, messageRef('errors.quickAdd.tooLong', { hours: 2 }))).toBe(
      'Eine Lerneinheit dauert höchstens 2 Stunden.'
    )
  })

  it('names a session’s status in German', () => {
    expect(problemText(german, messageRef('errors.session.skipNotPlanned', { status: 'done' }))).toBe(
      'Nur eine geplante Lerneinheit kann übersprungen werden; diese ist erledigt.'
    )
  })

  it('explains a refused roadmap file and outline, numbers in German style', () => {
    const file = readRoadmapFile('{"format":"x"}')
    expect(file.ok ? '' : errorText(german, file.error)).toBe(
      'Das ist keine Lernpfad-Datei von Study Planner (erwartet wird das Format „study-planner-roadmap“).'
    )
    const outline = importMarkdownOutline(`## A\n- ${'x'.repeat(20_000)} (1h)`)
    expect(outline.ok ? '' : errorText(german, outline.error)).toMatch(/^Diese Zeile ist 20\.007 Zeichen lang/)
  })

  it('has every errors message in German and Spanish', () => {
    expect(keys(de).sort()).toEqual(keys(en).sort())
    expect(keys(es).sort()).toEqual(keys(en).sort())
  })
})
