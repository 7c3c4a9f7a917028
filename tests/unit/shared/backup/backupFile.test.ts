// Backup files: a valid one is read back exactly with its preview; each kind of bad input is refused, naming where.
import { describe, expect, it, vi } from 'vitest'
import { BACKUP_FORMAT, BACKUP_VERSION, readBackup, serializeBackup } from '../../../../src/shared/backup'
import type { BackupData } from '../../../../src/shared/backup'
import { backupRecordSchemas } from '../../../../src/shared/backup/recordSchemas'
import { buildBackupData, T0 } from './backupFixtures'
import { inEnglish } from '../../../support/english'

const EXPORTED = Date.UTC(2027, 5, 1)

/** Backup text of `data` after `mutate` changed a deep copy of the file object. */
function mutated(
  mutate: (file: { format: unknown; version: unknown; exportedAt: unknown; data: Record<string, unknown[]> }) => void
): string {
  const file = JSON.parse(serializeBackup(buildBackupData({ plans: 2, sessionsPerPlan: 20 }), EXPORTED))
  mutate(file)
  return JSON.stringify(file)
}

function errorOf(text: string) {
  const result = readBackup(text)
  if (result.ok) throw new Error('expected the backup to be refused')
  return inEnglish(result.error)
}

describe('readBackup', () => {
  it('reads a valid backup back exactly and previews its counts and session span', () => {
    const data = buildBackupData({ plans: 2, sessionsPerPlan: 20 })
    const result = readBackup(serializeBackup(data, EXPORTED))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.file.data).toEqual(data)
    expect(result.value.file).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: EXPORTED })
    expect(result.value.summary.counts).toEqual({
      roadmaps: 2,
      plans: 2,
      sessions: 40,
      studyLog: data.studyLog.length,
      reviews: data.reviews.length,
      notes: 2,
      settings: 3
    })
    expect(result.value.summary.firstSessionMs).toBe(T0)
    expect(result.value.summary.lastSessionMs).toBe(Math.max(...data.sessions.map((s) => s.endMs)))
  })

  it('refuses text that is not JSON, or was cut short', () => {
    expect(errorOf('hello')).toMatchObject({ where: 'file', message: expect.stringMatching(/not valid JSON/) })
    const text = serializeBackup(buildBackupData({ plans: 1, sessionsPerPlan: 5 }), EXPORTED)
    expect(errorOf(text.slice(0, text.length - 10))).toMatchObject({
      where: 'file',
      message: expect.stringMatching(/truncated/)
    })
  })

  it('refuses another format and a future version, saying which', () => {
    expect(errorOf(JSON.stringify({ format: 'other-app', version: 1, exportedAt: EXPORTED, data: {} }))).toMatchObject({
      where: 'format',
      message: expect.stringMatching(/not a Study Planner backup.*other-app/)
    })
    expect(errorOf(JSON.stringify([1, 2]))).toMatchObject({ where: 'file' })
    expect(errorOf(mutated((f) => (f.version = BACKUP_VERSION + 1)))).toMatchObject({
      where: 'version',
      message: expect.stringMatching(/newer version/)
    })
  })

  it('names a missing field, an extra field and a wrong type', () => {
    expect(errorOf(mutated((f) => delete (f.data['sessions']![3] as Record<string, unknown>)['topicId']))).toEqual({
      where: 'data.sessions[3].topicId',
      message: 'this field is missing'
    })
    expect(errorOf(mutated((f) => delete (f as Record<string, unknown>)['data']))).toEqual({
      where: 'data',
      message: 'this field is missing'
    })
    expect(errorOf(mutated((f) => ((f.data['plans']![1] as Record<string, unknown>)['extra'] = 1)))).toEqual({
      where: 'data.plans[1]',
      message: 'unexpected field "extra"'
    })
    expect(
      errorOf(mutated((f) => ((f.data['sessions']![2] as Record<string, unknown>)['startMs'] = '2027-01-01')))
    ).toEqual({ where: 'data.sessions[2].startMs', message: expect.stringMatching(/expected number, received string/) })
    expect(errorOf(mutated((f) => delete f.data['reviews'])).where).toBe('data.reviews')
    expect(errorOf(mutated((f) => ((f as Record<string, unknown>)['note'] = 'x'))).message).toMatch(
      /unexpected field "note"/
    )
  })

  it('names dangling references between tables', () => {
    const text = mutated((f) => ((f.data['sessions']![12] as Record<string, unknown>)['topicId'] = 'x'))
    expect(errorOf(text)).toEqual({ where: 'data.sessions[12].topicId', message: 'unknown topic "x"' })
    expect(errorOf(mutated((f) => ((f.data['plans']![0] as Record<string, unknown>)['roadmapId'] = 'gone')))).toEqual({
      where: 'data.plans[0].roadmapId',
      message: 'unknown roadmap "gone"'
    })
    expect(
      errorOf(mutated((f) => ((f.data['studyLog']![0] as Record<string, unknown>)['sessionId'] = 'plan-0/nope'))).where
    ).toBe('data.studyLog[0].sessionId')
    expect(
      errorOf(mutated((f) => ((f.data['reviews']![0] as Record<string, unknown>)['planId'] = 'plan-9'))).where
    ).toBe('data.reviews[0].planId')
  })

  it('reads a backup made before notes existed as one without notes', () => {
    const result = readBackup(mutated((file) => delete file.data['notes']))
    expect(result.ok && result.value.file.data.notes).toEqual([])
  })

  it('refuses notes on a topic or plan the file does not have, and two notes on one topic', () => {
    expect(errorOf(mutated((file) => ((file.data['notes']![0] as { topicId: string }).topicId = 'x')))).toEqual({
      where: 'data.notes[0].topicId',
      message: 'unknown topic "x"'
    })
    expect(errorOf(mutated((file) => ((file.data['notes']![1] as { planId: string }).planId = 'nope')))).toEqual({
      where: 'data.notes[1].planId',
      message: 'unknown plan "nope"'
    })
    expect(errorOf(mutated((file) => file.data['notes']!.push(file.data['notes']![0])))).toEqual({
      where: 'data.notes[2].topicId',
      message: 'duplicate id "plan-0/rm0-t0"'
    })
  })

  it('refuses duplicate ids and sessions whose id does not match plan and session id', () => {
    expect(errorOf(mutated((f) => f.data['sessions']!.push(f.data['sessions']![5])))).toEqual({
      where: 'data.sessions[40].id',
      message: 'duplicate id "plan-0/rm0-t5:study:0"'
    })
    expect(errorOf(mutated((f) => f.data['settings']!.push({ key: 'pref.0', value: 1 }))).where).toBe(
      'data.settings[3].key'
    )
    expect(
      errorOf(mutated((f) => ((f.data['sessions']![1] as Record<string, unknown>)['id'] = 'plan-1/other'))).where
    ).toBe('data.sessions[1].id')
  })

  it('refuses __proto__ and constructor keys anywhere', () => {
    const proto = mutated(() => undefined).replace('"pinned":', '"__proto__":{"polluted":true},"pinned":')
    expect(errorOf(proto)).toEqual({
      where: 'data.sessions[0].__proto__',
      message: 'the key "__proto__" is not allowed'
    })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    const ctor = mutated(
      (f) => ((f.data['settings']![0] as Record<string, unknown>)['value'] = { constructor: { prototype: 1 } })
    )
    expect(errorOf(ctor).where).toBe('data.settings[0].value.constructor')
  })

  it('refuses a 10 MB string and too-long fields without echoing them', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024)
    const error = errorOf(mutated((f) => ((f.data['plans']![0] as Record<string, unknown>)['title'] = huge)))
    expect(error.where).toBe('data.plans[0].title')
    expect(error.message.length).toBeLessThan(200)
    expect(
      errorOf(mutated((f) => ((f.data['plans']![0] as Record<string, unknown>)['title'] = 'y'.repeat(501)))).where
    ).toBe('data.plans[0].title')
  })

  it('refuses plans and roadmaps the engine could not use', () => {
    const cycle = mutated((f) => {
      const record = f.data['roadmaps']![0] as {
        roadmap: { stages: Array<{ topics: Array<{ prerequisites: string[] }> }> }
      }
      record.roadmap.stages[0]!.topics[0]!.prerequisites = ['rm0-t2']
    })
    expect(errorOf(cycle)).toMatchObject({
      where: expect.stringMatching(/^data\.roadmaps\[0\]\.roadmap\.stages/),
      message: expect.stringMatching(/cycle/i)
    })
    const zone = mutated(
      (f) => ((f.data['plans']![0] as { settings: Record<string, unknown> }).settings['timeZone'] = 'Mars/Olympus')
    )
    expect(errorOf(zone).where).toBe('data.plans[0].settings.timeZone')
  })

  it('refuses more records than the bounds allow', () => {
    const data = buildBackupData({ plans: 1, sessionsPerPlan: 1 })
    const many: BackupData = {
      ...data,
      settings: Array.from({ length: 10_001 }, (_, i) => ({ key: `k${i}`, value: i }))
    }
    expect(errorOf(serializeBackup(many, EXPORTED)).where).toBe('data.settings')
  })
})

describe('readBackup on a hostile file', () => {
  it('stops at the first bad record instead of checking every record before answering', () => {
    const sessionSchema = backupRecordSchemas.sessions
    const checked = vi.spyOn(sessionSchema, 'safeParse')
    try {
      // 5,000 sessions, every one of them bad from the third on.
      const error = errorOf(
        mutated((file) => {
          const [first, second, third] = file.data['sessions']! as Array<Record<string, unknown>>
          file.data['sessions'] = [
            first,
            second,
            ...Array.from({ length: 4_998 }, () => ({ ...third, minutes: 'many' }))
          ]
        })
      )
      expect(error.where).toBe('data.sessions[2].minutes')
      expect(checked.mock.calls.length).toBe(3)
    } finally {
      checked.mockRestore()
    }
  })
})
