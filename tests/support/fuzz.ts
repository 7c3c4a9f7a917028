// How many cases property and fuzz tests run: their stated counts, or ten times as many with FUZZ=long.

/** 10 under `FUZZ=long` (a deeper search before a release or after touching a parser), 1 otherwise. */
export const FUZZ_FACTOR = process.env['FUZZ'] === 'long' ? 10 : 1

/** The number of cases a property runs: the count its test states, scaled by FUZZ_FACTOR. */
export function cases(stated: number): number {
  return stated * FUZZ_FACTOR
}
