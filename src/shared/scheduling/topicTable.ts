// The planner's per-topic state as typed-array columns: remaining minutes, readiness and prerequisite links.

/**
 * Mutable planning state of every planned topic, indexed by position in roadmap order (a lower index is studied
 * first). Columns of typed arrays rather than one object per topic: the state lives through the whole plan, and on
 * roadmaps with thousands of topics every surviving object is copied by each young-generation GC that runs meanwhile.
 */
export class TopicTable {
  /** Number of topics. */
  readonly count: number
  /** Minutes not yet covered by done, pinned or placed sessions. */
  readonly remaining: Float64Array
  /** Latest end of any of the topic's sessions so far; -Infinity when it has none. */
  readonly lastEndMs: Float64Array
  /** Earliest instant it may start: when its last prerequisite finished. */
  readonly readyAtMs: Float64Array
  /** 1 once the topic needs no more sessions. */
  readonly complete: Uint8Array
  readonly unmetPrerequisites: Int32Array
  /** Prerequisites (planned ones only) of topic i are prerequisiteList[prerequisiteStart[i] .. prerequisiteStart[i + 1]). */
  readonly prerequisiteStart: Int32Array
  readonly prerequisiteList: Int32Array
  /** Dependents of topic i, in the same layout. */
  readonly dependentStart: Int32Array
  readonly dependentList: Int32Array

  /**
   * Topics with `remaining` minutes each, done topics' `lastEndMs`, and each topic's planned prerequisites (repeats
   * kept) as `prerequisiteList[prerequisiteStart[i] .. prerequisiteStart[i + 1])`. Topics with nothing remaining
   * count as complete; a topic whose prerequisites are all complete is ready when the last of them ended.
   */
  constructor(
    remaining: Float64Array,
    lastEndMs: Float64Array,
    prerequisiteStart: Int32Array,
    prerequisiteList: Int32Array
  ) {
    const count = remaining.length
    this.count = count
    this.remaining = remaining
    this.lastEndMs = lastEndMs
    this.prerequisiteStart = prerequisiteStart
    this.prerequisiteList = prerequisiteList
    this.readyAtMs = new Float64Array(count).fill(-Infinity)
    this.complete = new Uint8Array(count)
    this.unmetPrerequisites = new Int32Array(count)
    for (let index = 0; index < count; index++) this.complete[index] = remaining[index] === 0 ? 1 : 0
    // Dependents are listed in ascending dependent order, as pushing onto per-topic lists would have ordered them.
    this.dependentStart = new Int32Array(count + 1)
    for (let link = 0; link < prerequisiteList.length; link++) this.dependentStart[prerequisiteList[link]! + 1]! += 1
    for (let index = 0; index < count; index++) this.dependentStart[index + 1]! += this.dependentStart[index]!
    this.dependentList = new Int32Array(prerequisiteList.length)
    const fill = this.dependentStart.slice(0, count)
    for (let index = 0; index < count; index++) {
      let readyAtMs = -Infinity
      for (let link = prerequisiteStart[index]!; link < prerequisiteStart[index + 1]!; link++) {
        const prerequisite = prerequisiteList[link]!
        this.dependentList[fill[prerequisite]!++] = index
        if (this.complete[prerequisite] === 0) this.unmetPrerequisites[index]! += 1
        readyAtMs = Math.max(readyAtMs, lastEndMs[prerequisite]!)
      }
      if (this.unmetPrerequisites[index] === 0) this.readyAtMs[index] = readyAtMs
    }
  }
}
