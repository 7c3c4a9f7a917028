// Sessions and availability as calendar events: titles, stage colours, pinned and done looks, editability.
import { describe, expect, it } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import {
  availabilityToBackgroundEvents,
  indexTopics,
  sessionToEvent,
  stageColorClass
} from '../../../../../src/renderer/src/features/calendar/sessionEvents'
import { calendarClock } from '../../../../../src/renderer/src/features/calendar/calendarClock'
import { makeSession } from './sessionFixtures'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'

const places = indexTopics(aiEngineerRoadmap.stages)
const rome = calendarClock('Europe/Rome')
const HOUR = 3_600_000
const t = translatorFor('en-GB', en)

describe('sessionToEvent', () => {
  it('titles the event with its topic and colours it by stage order', () => {
    const event = sessionToEvent(makeSession('s1', Date.UTC(2026, 0, 5, 18)), places, rome, 0, t)
    expect(event.title).toBe('Python essentials')
    expect(event.className).toContain(stageColorClass(0))
    // 18:00 UTC is 19:00 on Rome's wall clock, which the calendar is given as 19:00Z; the instants stay in the props.
    expect(event).toMatchObject({
      id: 's1',
      start: Date.UTC(2026, 0, 5, 19),
      end: Date.UTC(2026, 0, 5, 20),
      editable: true
    })
    expect(event.extendedProps).toMatchObject({ startMs: Date.UTC(2026, 0, 5, 18), endMs: Date.UTC(2026, 0, 5, 19) })
  })

  it('finds topics inside a choice stage track and gives that stage its own colour', () => {
    const event = sessionToEvent(
      makeSession('cv', 0, { topicId: 'cv-image-data', stageId: 'specialization' }),
      places,
      rome,
      0,
      t
    )
    expect(event.title).toBe('Image data and augmentation')
    expect(event.className).toContain(stageColorClass(4))
    expect(stageColorClass(4)).not.toBe(stageColorClass(0))
  })

  it('marks reviews, pinned and done sessions, and only planned ones can move', () => {
    const review = sessionToEvent(makeSession('r', 0, { kind: 'review', pinned: true }), places, rome, 0, t)
    expect(review.title).toBe('Review: Python essentials')
    expect(review.className).toContain('sp-pinned')
    const done = sessionToEvent(makeSession('d', 0, { status: 'done' }), places, rome, 0, t)
    expect(done.editable).toBe(false)
    expect(done.className).toContain('sp-status-done')
  })
})

describe('availabilityToBackgroundEvents', () => {
  it('repeats each weekly window on its weekday and shows busy time', () => {
    const dentist = Date.UTC(2027, 6, 1, 8) // 10:00 in Rome (summer time)
    const events = availabilityToBackgroundEvents(
      {
        windows: [{ weekday: 6, start: '09:00', end: '12:00' }],
        busy: [{ startMs: dentist, endMs: dentist + HOUR, label: 'Dentist' }]
      },
      rome
    )
    expect(events).toEqual([
      expect.objectContaining({ daysOfWeek: [6], startTime: '09:00', endTime: '12:00', display: 'background' }),
      expect.objectContaining({
        start: Date.UTC(2027, 6, 1, 10),
        end: Date.UTC(2027, 6, 1, 11),
        display: 'background',
        title: 'Dentist'
      })
    ])
  })
})
