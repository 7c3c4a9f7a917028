// Shared timing helpers for benchmarks: warm up, then take the median of many runs.
import { performance } from 'node:perf_hooks'

/** Median wall-clock milliseconds of `fn` over `runs` runs after `warmup` unmeasured runs. */
export function medianMs(fn: () => unknown, runs = 20, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const mid = Math.floor(times.length / 2)
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2
  return Math.round(median * 1000) / 1000
}
