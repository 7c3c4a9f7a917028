// The window reopens where it was, unless that place is no longer on any display.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  loadWindowState,
  placeWindow,
  saveWindowState,
  WINDOW_STATE_FILE,
  type Rectangle
} from '../../../../src/main/windows/windowState'
import { cases } from '../../../support/fuzz'

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 }
const externalOnRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1415 }

describe('placeWindow', () => {
  it('centres a default-sized window on the primary display the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ x: 120, y: 38, width: 1200, height: 800 })
  })

  it('keeps saved bounds that are on a display', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900 }
    expect(placeWindow(saved, [laptop, externalOnRight])).toEqual(saved)
  })

  it('moves a window from an unplugged monitor back onto the primary display', () => {
    const onUnpluggedMonitor = { x: 1600, y: 100, width: 1400, height: 900 }
    const placed = placeWindow(onUnpluggedMonitor, [laptop])
    // Centred: (1440 - 1400) / 2 = 20 across; the height is cut to the display's 875.
    expect(placed).toEqual({ x: 20, y: 0, width: 1400, height: 875 })
  })

  it('shrinks a window larger than its display and pulls it inside', () => {
    expect(placeWindow({ x: -50, y: 10, width: 3000, height: 2000 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875
    })
  })

  it('always returns bounds inside one of the displays, whatever was saved', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 6000 }),
      height: fc.integer({ min: 1, max: 6000 })
    })
    fc.assert(
      fc.property(fc.option(rect, { nil: null }), (saved) => {
        const placed = placeWindow(saved, [laptop, externalOnRight])
        const inside = [laptop, externalOnRight].some(
          (area) =>
            placed.x >= area.x &&
            placed.y >= area.y &&
            placed.x + placed.width <= area.x + area.width &&
            placed.y + placed.height <= area.y + area.height
        )
        expect(inside).toBe(true)
      }),
      { numRuns: cases(1000) }
    )
  })
})

describe('loadWindowState / saveWindowState', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'window-state-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('round-trips the saved state', async () => {
    const dir = tempDir()
    const state = { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true }
    await saveWindowState(dir, state)
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(state)
    await expect(loadWindowState(dir)).resolves.toEqual(state)
  })

  it.each([
    '',
    '{',
    '{"bounds":{"x":"0"},"maximized":false}',
    '{"bounds":{"x":0,"y":0,"width":1,"height":1},"maximized":false,"extra":1}'
  ])('treats a malformed file (%j) as no saved state', async (content) => {
    const dir = tempDir()
    writeFileSync(join(dir, WINDOW_STATE_FILE), content)
    await expect(loadWindowState(dir)).resolves.toBeNull()
  })

  it('treats a missing file as no saved state', async () => {
    await expect(loadWindowState(tempDir())).resolves.toBeNull()
  })
})
