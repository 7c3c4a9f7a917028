// The live preview is the engine's answer for the onboarding choices, planned from the given now and zone.
import { describe, expect, it } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { buildSchedule } from '../../../../../src/shared/scheduling/buildSchedule'
import {
  cellsFromWindows,
  emptyCells,
  SUGGESTED_WINDOWS
} from '../../../../../src/renderer/src/components/planInputs/availabilityCells'
import {
  planInputFromChoices,
  type OnboardingChoices
} from '../../../../../src/renderer/src/components/planInputs/planInput'
import { previewPlan } from '../../../../../src/renderer/src/components/planInputs/planPreview'

const now = Date.UTC(2027, 0, 4, 8, 0) // Monday 4 January 2027, 09:00 in Rome
const choices: OnboardingChoices = {
  roadmapId: aiEngineerRoadmap.id,
  trackChoices: { specialization: 'computer-vision' },
  includeOptional: true,
  cells: cellsFromWindows(SUGGESTED_WINDOWS),
  startDate: '2027-01-04',
  targetDate: '2027-12-31',
  sessionMinMinutes: 30,
  sessionMaxMinutes: 60,
  parallelTopics: 2,
  reviewsEnabled: true
}

describe('planInputFromChoices', () => {
  it('carries every choice into settings and availability, with a cap that fits the busiest painted day', () => {
    const input = planInputFromChoices(choices, aiEngineerRoadmap, 'Europe/Rome')
    expect(input.settings).toMatchObject({
      startDate: '2027-01-04',
      targetDate: '2027-12-31',
      timeZone: 'Europe/Rome',
      parallelTopics: 2,
      reviews: { enabled: true },
      trackChoices: { specialization: 'computer-vision' },
      includeOptional: true
    })
    expect(input.availability.windows).toHaveLength(6)
    expect(input.availability.dailyCapMinutes).toBe(180)
    expect(input.availability).toMatchObject({ sessionMinMinutes: 30, sessionMaxMinutes: 60 })
  })

  it('records the default track and leaves out an empty target date', () => {
    const input = planInputFromChoices(
      { ...choices, trackChoices: {}, targetDate: '' },
      aiEngineerRoadmap,
      'Europe/Rome'
    )
    expect(input.settings.trackChoices).toEqual({ specialization: 'nlp-llms' })
    expect('targetDate' in input.settings).toBe(false)
  })
})

describe('previewPlan', () => {
  it('reports the engine finish date and the study hours the painted windows hold', () => {
    const input = planInputFromChoices(choices, aiEngineerRoadmap, 'Europe/Rome')
    const preview = previewPlan(input, now)
    const engine = buildSchedule({ ...input, now })
    if (!engine.ok || preview.kind !== 'ready') throw new Error('expected a plan')
    expect(preview.finishDate).toBe(engine.report.finishDate)
    expect(preview.weeklyMinutesNeeded).toBe(engine.report.weeklyMinutesNeeded)
    expect(preview.feasible).toBe(engine.report.feasible)
    // 13 painted hours: five evenings of 60 + 50 minutes around a 10-minute break, Saturday 60 + 60 + 40.
    expect(preview.weeklyMinutesAvailable).toBe(5 * 110 + 160)
    expect(preview.firstSessionStartMs).toBeGreaterThanOrEqual(now)
  })

  it('finishes no later with more painted time', () => {
    const base = previewPlan(
      planInputFromChoices({ ...choices, targetDate: '' }, aiEngineerRoadmap, 'Europe/Rome'),
      now
    )
    const more = previewPlan(
      planInputFromChoices(
        {
          ...choices,
          targetDate: '',
          cells: cellsFromWindows([...SUGGESTED_WINDOWS, { weekday: 0, start: '09:00', end: '13:00' }])
        },
        aiEngineerRoadmap,
        'Europe/Rome'
      ),
      now
    )
    if (base.kind !== 'ready' || more.kind !== 'ready') throw new Error('expected plans')
    expect(more.finishDate! < base.finishDate!).toBe(true)
  })

  it('asks for availability when nothing is painted and passes on the engine error for bad lengths', () => {
    expect(
      previewPlan(planInputFromChoices({ ...choices, cells: emptyCells() }, aiEngineerRoadmap, 'Europe/Rome'), now).kind
    ).toBe('no-availability')
    const invalid = previewPlan(
      planInputFromChoices(
        { ...choices, sessionMinMinutes: 90, sessionMaxMinutes: 45 },
        aiEngineerRoadmap,
        'Europe/Rome'
      ),
      now
    )
    expect(invalid).toMatchObject({ kind: 'invalid', field: 'availability.sessionMinMinutes' })
  })
})
