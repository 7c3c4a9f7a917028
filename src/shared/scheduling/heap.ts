// A small binary min-heap, so picking the next ready topic stays O(log n) on roadmaps with thousands of topics.

/** Min-heap ordered by `less`. */
export class MinHeap<T> {
  private readonly items: T[] = []

  constructor(private readonly less: (a: T, b: T) => boolean) {}

  /** Number of items held. */
  get size(): number {
    return this.items.length
  }

  /** The smallest item without removing it. */
  peek(): T | undefined {
    return this.items[0]
  }

  /** Adds an item. */
  push(item: T): void {
    const items = this.items
    items.push(item)
    let index = items.length - 1
    while (index > 0) {
      const parent = (index - 1) >> 1
      const rising = items[index]!
      if (!this.less(rising, items[parent]!)) break
      items[index] = items[parent]!
      items[parent] = rising
      index = parent
    }
  }

  /** Removes and returns the smallest item. */
  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    items[0] = last
    let index = 0
    for (;;) {
      const left = index * 2 + 1
      const right = left + 1
      let smallest = index
      if (left < items.length && this.less(items[left]!, items[smallest]!)) smallest = left
      if (right < items.length && this.less(items[right]!, items[smallest]!)) smallest = right
      if (smallest === index) break
      const sinking = items[index]!
      items[index] = items[smallest]!
      items[smallest] = sinking
      index = smallest
    }
    return top
  }
}
