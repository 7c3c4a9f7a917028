// Remembers the main window's size and position, and puts it back only where a display still shows it.
import { join } from 'node:path'
import { z } from 'zod'
import { createJsonFileStore } from '../fs/jsonFileStore'

export interface Rectangle {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface WindowState {
  readonly bounds: Rectangle
  readonly maximized: boolean
}

export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const
export const MIN_WINDOW_SIZE = { width: 800, height: 600 } as const
/** How much of the title bar must be on a display for the saved position to count as reachable. */
const VISIBLE_TITLE_BAR = { width: 120, height: 40 } as const

const coordinate = z.number().int().min(-100_000).max(100_000)
const windowStateSchema = z.strictObject({
  bounds: z.strictObject({
    x: coordinate,
    y: coordinate,
    width: z.number().int().min(1).max(100_000),
    height: z.number().int().min(1).max(100_000)
  }),
  maximized: z.boolean()
})

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y)
  }
}

function centredIn(area: Rectangle, width: number, height: number): Rectangle {
  const fittedWidth = Math.min(width, area.width)
  const fittedHeight = Math.min(height, area.height)
  return {
    x: area.x + Math.round((area.width - fittedWidth) / 2),
    y: area.y + Math.round((area.height - fittedHeight) / 2),
    width: fittedWidth,
    height: fittedHeight
  }
}

/**
 * Where to open the window: the saved bounds if a display still shows enough of the title bar to grab it (shrunk to
 * that display), otherwise centred on the primary display. `workAreas[0]` is the primary display.
 */
export function placeWindow(saved: Rectangle | null, workAreas: readonly Rectangle[]): Rectangle {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }
  if (!saved) return centredIn(primary, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height)
  const titleBar: Rectangle = { x: saved.x, y: saved.y, width: saved.width, height: VISIBLE_TITLE_BAR.height }
  const home = workAreas.find((area) => {
    const shown = overlap(titleBar, area)
    return (
      shown.width >= Math.min(VISIBLE_TITLE_BAR.width, saved.width) &&
      shown.height >= Math.min(VISIBLE_TITLE_BAR.height, saved.height)
    )
  })
  if (!home) return centredIn(primary, saved.width, saved.height)
  const width = Math.min(saved.width, home.width)
  const height = Math.min(saved.height, home.height)
  return {
    x: Math.min(Math.max(saved.x, home.x), home.x + home.width - width),
    y: Math.min(Math.max(saved.y, home.y), home.y + home.height - height),
    width,
    height
  }
}

// No log for a damaged file: the window then opens centred, which is all the user would notice anyway.
function windowStateFile(dir: string) {
  return createJsonFileStore<WindowState | null>({
    path: join(dir, WINDOW_STATE_FILE),
    schema: windowStateSchema,
    fallback: null
  })
}

/** Reads the saved state; a missing or malformed file means "no saved state", never an error. */
export async function loadWindowState(dir: string): Promise<WindowState | null> {
  return (await windowStateFile(dir).load()).value
}

/** Saves the state atomically; rejects (writing nothing) for bounds outside the schema or a failed write. */
export async function saveWindowState(dir: string, state: WindowState): Promise<void> {
  await windowStateFile(dir).save(state)
}
