// A number with its noun, singular or plural: '1 busy time', '2 events'. (The interface is English only.)

/** `n` and `one` when n is 1, else `n` and `many`. */
export function countText(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
