// Time zones as a learner knows them: city and region, the offset in force at the given instant (DST included), the
// zone's name in their language, and a search that finds a zone by any of those.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  matchingZones,
  offsetText,
  zoneLabel,
  zoneOption,
  zoneOptions
} from '../../../../../src/renderer/src/components/zonePicker/zoneOptions'
import { cases } from '../../../../support/fuzz'

const WINTER = Date.UTC(2027, 0, 15)
const SUMMER = Date.UTC(2027, 6, 15)
const ALL = Intl.supportedValuesOf('timeZone')

describe('zoneOption', () => {
  it('names the city and region and gives the offset in force at the instant', () => {
    expect(zoneLabel(zoneOption('America/New_York', WINTER, 'en-GB'))).toBe('New York (America) · UTC−05:00')
    expect(zoneLabel(zoneOption('America/New_York', SUMMER, 'en-GB'))).toBe('New York (America) · UTC−04:00')
    expect(zoneLabel(zoneOption('America/Argentina/Buenos_Aires', WINTER, 'en-GB'))).toBe(
      'Buenos Aires (America · Argentina) · UTC−03:00'
    )
    expect(zoneOption('Australia/Lord_Howe', WINTER, 'en-GB').offset).toBe('UTC+11:00')
    expect(zoneOption('Australia/Lord_Howe', SUMMER, 'en-GB').offset).toBe('UTC+10:30')
  })

  it('shows renamed cities by their current names (Intl still lists Asia/Calcutta)', () => {
    expect(zoneOption('Asia/Calcutta', WINTER, 'en-GB').city).toBe('Kolkata')
    expect(zoneOption('Europe/Kiev', WINTER, 'en-GB').city).toBe('Kyiv')
  })

  it('gives the zone’s generic name in the locale', () => {
    expect(zoneOption('Europe/Berlin', WINTER, 'en-GB').longName).toBe('Central European Time')
    expect(zoneOption('Europe/Berlin', WINTER, 'de-DE').longName).toBe('Mitteleuropäische Zeit')
  })

  it('writes offsets with a true minus sign and padded hours', () => {
    expect([0, 330, -210, 765, -600].map(offsetText)).toEqual([
      'UTC',
      'UTC+05:30',
      'UTC−03:30',
      'UTC+12:45',
      'UTC−10:00'
    ])
  })
})

describe('matchingZones', () => {
  const options = zoneOptions(ALL, WINTER, 'en-GB')
  const ids = (query: string) => matchingZones(options, query).map((option) => option.id)

  it('finds a zone by city, old or new name, accents or not, region, offset or zone name', () => {
    expect(ids('tokyo')).toEqual(['Asia/Tokyo'])
    expect(ids('kolkata')).toEqual(['Asia/Calcutta'])
    expect(ids('calcutta')).toEqual(['Asia/Calcutta'])
    expect(ids('sao paulo')).toContain('America/Sao_Paulo')
    expect(ids('+5:30')).toContain('Asia/Calcutta')
    expect(ids('utc-3:30')).toEqual(['America/St_Johns'])
    expect(ids('central european')).toContain('Europe/Berlin')
    expect(ids('europe rome')).toEqual(['Europe/Rome'])
  })

  it('lists cities that start with what was typed before other matches', () => {
    for (const query of ['al', 'ma']) {
      const startsWith = matchingZones(options, query).map((option) => option.city.toLowerCase().startsWith(query))
      expect(startsWith.indexOf(false)).toBeGreaterThan(0)
      expect(startsWith.slice(startsWith.indexOf(false))).not.toContain(true)
    }
  })

  it('every zone on offer is found by its own city and by its id (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), (id) => {
        const option = options.find((candidate) => candidate.id === id)!
        expect(ids(option.city)).toContain(id)
        expect(ids(id)).toContain(id)
      }),
      { numRuns: cases(200) }
    )
  })

  it('orders the list west to east', () => {
    const offsets = options.map((option) => option.offsetMinutes)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
  })
})
