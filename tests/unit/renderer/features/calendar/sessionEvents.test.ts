// Sessions and availability as calendar events: titles, stage colours, pinned and done looks, editability.
import { describe, expect, it } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import {
  availabilityToBackgroundEvents,
  indexTopics,
  sessionToEvent,
  stageColorClass
} from '../../../../../src/renderer/src/features/calendar/sessionEvents'
import { makeSession } from './sessionFixtures'

const places = indexTopics(aiEngineerRoadmap.stages)

describe('sessionToEvent', () => {
  it('titles the event with its topic and colours it by stage order', () => {
    const event = sessionToEvent(makeSession('s1', Date.UTC(2026, 0, 5, 18)), places)
    expect(event.title).toBe('Python essentials')
    expect(event.className).toContain(stageColorClass(0))
    expect(event).toMatchObject({ id: 's1', start: Date.UTC(2026, 0, 5, 18), end: Date.UTC(2026, 0, 5, 19), editable: true })
  })

  it('finds topics inside a choice stage track and gives that stage its own colour', () => {
    const event = sessionToEvent(makeSession('cv', 0, { topicId: 'cv-image-data', stageId: 'specialization' }), places)
    expect(event.title).toBe('Image data and augmentation')
    expect(event.className).toContain(stageColorClass(4))
    expect(stageColorClass(4)).not.toBe(stageColorClass(0))
  })

  it('marks reviews, pinned and done sessions, and only planned ones can move', () => {
    const review = sessionToEvent(makeSession('r', 0, { kind: 'review', pinned: true }), places)
    expect(review.title).toBe('Review: Python essentials')
    expect(review.className).toContain('sp-pinned')
    const done = sessionToEvent(makeSession('d', 0, { status: 'done' }), places)
    expect(done.editable).toBe(false)
    expect(done.className).toContain('sp-status-done')
  })
})

describe('availabilityToBackgroundEvents', () => {
  it('repeats each weekly window on its weekday and shows busy time', () => {
    const events = availabilityToBackgroundEvents({
      windows: [{ weekday: 6, start: '09:00', end: '12:00' }],
      busy: [{ startMs: 1000, endMs: 2000, label: 'Dentist' }]
    })
    expect(events).toEqual([
      expect.objectContaining({ daysOfWeek: [6], startTime: '09:00', endTime: '12:00', display: 'background' }),
      expect.objectContaining({ start: 1000, end: 2000, display: 'background', title: 'Dentist' })
    ])
  })
})
