// The sessions the placement loop produces, kept as typed-array columns until they become Session objects.

/**
 * The sessions the loop placed, in placement order, as parallel columns rather than one object per session: on plans
 * with thousands of sessions, fewer surviving objects measurably cut garbage-collection time. Typed arrays that double
 * when full also leave less garbage behind than four growing JavaScript arrays.
 */
export class PlacedSessions {
  private count = 0
  private topics = new Int32Array(256)
  private starts = new Float64Array(256)
  private ends = new Float64Array(256)
  private ratings = new Int32Array(256)

  /** Number of sessions. */
  get length(): number {
    return this.count
  }

  /** Index (into the topic table) of the topic of session `index`. */
  topicIndex(index: number): number {
    return this.topics[index]!
  }

  /** Start instant of session `index`. */
  startMs(index: number): number {
    return this.starts[index]!
  }

  /** End instant of session `index`. */
  endMs(index: number): number {
    return this.ends[index]!
  }

  /** Rating count of the review session `index` serves; -1 for study sessions. */
  ratingCount(index: number): number {
    return this.ratings[index]!
  }

  /** Records a session. */
  add(topicIndex: number, startMs: number, endMs: number, ratingCount: number): void {
    if (this.count === this.topics.length) this.grow()
    const index = this.count++
    this.topics[index] = topicIndex
    this.starts[index] = startMs
    this.ends[index] = endMs
    this.ratings[index] = ratingCount
  }

  private grow(): void {
    const capacity = this.topics.length * 2
    const topics = new Int32Array(capacity)
    const starts = new Float64Array(capacity)
    const ends = new Float64Array(capacity)
    const ratings = new Int32Array(capacity)
    topics.set(this.topics)
    starts.set(this.starts)
    ends.set(this.ends)
    ratings.set(this.ratings)
    this.topics = topics
    this.starts = starts
    this.ends = ends
    this.ratings = ratings
  }
}
