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

/** One timed batch: wall-clock and process CPU milliseconds per call, averaged over the batch. */
export interface BatchSample {
  readonly wallMs: number
  readonly cpuMs: number
}

/**
 * Mean wall-clock and CPU milliseconds per call over `batchSize` back-to-back calls of `fn`. A batch rather than a
 * single call is the unit when GC runs only every few calls: each batch then pays its share of the GC its calls cause.
 * CPU time is process.cpuUsage (all threads, so parallel GC work counts).
 */
export function timeBatch(fn: () => unknown, batchSize: number): BatchSample {
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  for (let call = 0; call < batchSize; call++) fn()
  const wallMs = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  return { wallMs: wallMs / batchSize, cpuMs: (cpu.user + cpu.system) / 1000 / batchSize }
}

/** Median of `values` (which it sorts), rounded to microseconds. */
export function medianOf(values: number[]): number {
  values.sort((a, b) => a - b)
  const mid = Math.floor(values.length / 2)
  const middle = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2
  return Math.round(middle * 1000) / 1000
}
