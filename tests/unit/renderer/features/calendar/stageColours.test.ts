// The stage colours in StudyCalendar.css: readable text on every tint, edges that stand out from the page, and six
// stages a learner can tell apart in both themes, also with red-green colour blindness.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const css = readFileSync(
  resolve(__dirname, '../../../../../src/renderer/src/features/calendar/StudyCalendar.css'),
  'utf8'
)
/** The page's surface under the grid (app.css --surface), light and dark. */
const SURFACE = ['#ffffff', '#1d1f29'] as const

type Pair = readonly [light: string, dark: string]
interface StageColours {
  readonly bg: Pair
  readonly edge: Pair
  readonly fg: Pair
}

/** A colour variable's light and dark values in a rule's body. */
function pair(block: string, name: string): Pair {
  const match = new RegExp(`--sp-${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(block)
  if (!match) throw new Error(`no --sp-${name} in ${block}`)
  return [match[1]!, match[2]!]
}

function stageColours(): StageColours[] {
  return [0, 1, 2, 3, 4, 5].map((index) => {
    const block = new RegExp(`\\.sp-stage-${index} \\{([^}]*)\\}`).exec(css)?.[1] ?? ''
    return { bg: pair(block, 'bg'), edge: pair(block, 'edge'), fg: pair(block, 'fg') }
  })
}

const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const luminance = (rgb: number[]) => 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [a, b].map((hex) => luminance(channels(hex).map(linear))).sort((x, y) => y - x)
  return (high! + 0.05) / (low! + 0.05)
}

/** Machado et al. (2009) at full severity, on linear RGB. */
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1]
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881]
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998]
  ]
}

const labCurve = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)

/** CIELAB (D65) of a colour as a vision simulation sees it. */
function lab(hex: string, vision: number[][]): [number, number, number] {
  const rgb = channels(hex).map(linear)
  const [r, g, b] = vision.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!))
  )
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883
  return [116 * labCurve(y) - 16, 500 * (labCurve(x) - labCurve(y)), 200 * (labCurve(y) - labCurve(z))]
}

/** The least ΔE76 between any two of `colours`, under every simulation. */
function leastDifference(colours: readonly string[]): number {
  let least = Infinity
  for (const vision of Object.values(SIMULATIONS))
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        const [a, b] = [lab(colours[i]!, vision), lab(colours[j]!, vision)]
        least = Math.min(least, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]))
      }
  return least
}

describe('stage colours', () => {
  const stages = stageColours()

  for (const [theme, side] of [
    ['light', 0],
    ['dark', 1]
  ] as const) {
    it(`keep block text above 7:1 and edges above 3:1 against the page (${theme})`, () => {
      for (const stage of stages) {
        expect(contrast(stage.fg[side], stage.bg[side])).toBeGreaterThan(7)
        expect(contrast(stage.edge[side], SURFACE[side])).toBeGreaterThan(3)
      }
    })

    it(`are six tints and edges apart from each other, also to red-green colour-blind eyes (${theme})`, () => {
      // The first palette's light blue and purple tints were 1.1 apart to a deuteranope: one colour.
      expect(leastDifference(stages.map((stage) => stage.bg[side]))).toBeGreaterThanOrEqual(9)
      expect(leastDifference(stages.map((stage) => stage.edge[side]))).toBeGreaterThanOrEqual(14)
    })
  }
})
