// The record of what main did with Electron: each entry goes to the parent at once, so it survives the child's exit.
import type { JournalEntry } from './protocol'

export interface Journal {
  record(api: string, detail?: unknown): void
}

export function createJournal(now: () => number, emit: (entry: JournalEntry) => void): Journal {
  let seq = 0
  return {
    record(api, detail) {
      emit({ seq: seq++, at: now(), api, ...(detail === undefined ? {} : { detail }) })
    }
  }
}
