// Baseline figure so `npm run bench` always prints the machine's speed next to the other figures.
import { medianMs } from './stats'

export async function run(): Promise<Record<string, number>> {
  const sortMs = medianMs(() => Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_003).sort((a, b) => a - b))
  return { 'baseline.sort100kMs': sortMs }
}
