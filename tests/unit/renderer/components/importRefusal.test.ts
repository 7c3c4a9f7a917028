// A refused roadmap file is explained as a learner counts (stage 2, topic 3), not as a program's path, and says what to do.
import { describe, expect, it } from 'vitest'
import { importRefusalText, placeInFile } from '../../../../src/renderer/src/components/importRefusal'
import { en } from '../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../src/shared/i18n/translator'

const t = translatorFor('en', en)

describe('import refusals', () => {
  it('names a place in a roadmap file by stage, track and topic counted from 1', () => {
    expect(placeInFile(t, 'roadmap.stages[0].topics[2].estimatedMinutes')).toBe('stage 1, topic 3, estimatedMinutes')
    expect(placeInFile(t, 'roadmap.stages[4].tracks[1].topics[0]')).toBe('stage 5, track 2, topic 1')
    expect(placeInFile(t, 'line 6')).toBe('line 6')
  })

  it('names no place when the whole file is wrong', () => {
    expect(placeInFile(t, 'file')).toBeUndefined()
    expect(placeInFile(t, 'format')).toBeUndefined()
    expect(placeInFile(t, undefined)).toBeUndefined()
  })

  it('says what is wrong and what to do', () => {
    expect(
      importRefusalText(t, 'ml.json', {
        where: 'roadmap.stages[0].topics[1].estimatedMinutes',
        message: 'Too small: expected number to be >=1'
      })
    ).toBe(
      '“ml.json” was not imported (stage 1, topic 2, estimatedMinutes): Too small: expected number to be >=1. Fix that part of the file and import it again; nothing was changed.'
    )
    expect(
      importRefusalText(t, 'notes.txt', { where: 'format', message: 'This is not a Study Planner roadmap file.' })
    ).toBe(
      '“notes.txt” was not imported: This is not a Study Planner roadmap file. Fix that part of the file and import it again; nothing was changed.'
    )
  })
})
