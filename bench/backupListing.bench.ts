// Backups folder figures in Node: listing 20 backups of 15 MB (wall time and the longest event-loop stall), and saving one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { backupFileName } from '../src/main/backups/backupNames'
import { createBackupStore } from '../src/main/backups/backupStore'

const BACKUPS = 20
const BACKUP_BYTES = 15 * 1024 * 1024
const LISTINGS = 5
const quiet = { info() {}, warn() {}, error() {} }

function session(i: number) {
  return {
    id: `s${i}`,
    planId: 'p1',
    topicId: `t${i % 300}`,
    startMs: 1_800_000_000_000 + i * 3_600_000,
    minutes: 45,
    status: 'planned',
    kind: 'study'
  }
}

/** A valid backup envelope of at least `bytes` of JSON, shaped like real data (many small session records). */
function backupText(bytes: number): string {
  const perRecord = JSON.stringify(session(0)).length + 1
  const sessions = Array.from({ length: Math.ceil(bytes / perRecord) }, (_, i) => session(i))
  return JSON.stringify({
    format: 'study-planner-backup',
    version: 1,
    exportedAt: 1_800_000_000_000,
    data: { sessions }
  })
}

/** Runs `task` while sampling event-loop delay every millisecond; answers the longest stall and the wall time. */
async function measured(task: () => Promise<unknown>): Promise<{ stallMs: number; wallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  histogram.enable()
  // Give the monitor's timer a turn before the task starts, so the first stall is seen.
  await new Promise((resolve) => setTimeout(resolve, 5))
  const started = performance.now()
  await task()
  const wallMs = performance.now() - started
  await new Promise((resolve) => setTimeout(resolve, 5))
  histogram.disable()
  return { stallMs: histogram.max / 1e6, wallMs }
}

const round = (ms: number) => Math.round(ms * 10) / 10

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'planner-backup-bench-'))
  try {
    const text = backupText(BACKUP_BYTES)
    const start = Date.UTC(2027, 0, 1, 9)
    for (let i = 0; i < BACKUPS; i += 1)
      writeFileSync(join(dir, backupFileName(start + i * 86_400_000, i % 4 === 0 ? 'manual' : 'daily')), text)
    const store = createBackupStore({ dir, clock: { now: () => start + BACKUPS * 86_400_000 }, logger: quiet })
    let stallMs = 0
    const wall: number[] = []
    for (let i = 0; i < LISTINGS; i += 1) {
      const listing = await measured(async () => {
        const listed = await store.list()
        if (listed.length !== BACKUPS) throw new Error(`listed ${listed.length} backups, expected ${BACKUPS}`)
      })
      stallMs = Math.max(stallMs, listing.stallMs)
      wall.push(listing.wallMs)
    }
    // Saving still checks the envelope with JSON.parse on the main process: measured so the figure is known.
    const save = await measured(async () => {
      const saved = await store.save(text, 'manual')
      if (!saved.ok) throw new Error(saved.error)
    })
    wall.sort((a, b) => a - b)
    return {
      backupListingBytesPerFile: text.length,
      backupListingStallMs: round(stallMs),
      backupListingMs: round(wall[Math.floor(wall.length / 2)] ?? 0),
      backupSaveStallMs: round(save.stallMs),
      backupSaveMs: round(save.wallMs)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
