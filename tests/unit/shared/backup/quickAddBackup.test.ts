// Backups with quick-added sessions: topic and free-text ones restore exactly; older backups still read; malformed ones are refused, naming where.
import { describe, expect, it } from 'vitest'
import { readBackup, serializeBackup } from '../../../../src/shared/backup'
import type { BackupData } from '../../../../src/shared/backup'
import { NO_TOPIC } from '../../../../src/shared/domain/session'
import { buildBackupData } from './backupFixtures'
import { inEnglish } from '../../../support/english'

const EXPORTED = Date.UTC(2027, 5, 1)

/** A backup whose plan-0 has a done free-text session (with its study-log line) and a pinned topic session added by the learner. */
function withQuickAdds(): BackupData {
  const data = buildBackupData({ plans: 1, sessionsPerPlan: 4 })
  const [first, second] = data.sessions
  const freeText = {
    ...first!,
    id: 'plan-0/quick-a',
    sessionId: 'quick-a',
    topicId: NO_TOPIC,
    stageId: '',
    kind: 'study' as const,
    status: 'done' as const,
    pinned: false,
    title: 'Read the attention paper',
    adHoc: true as const,
    startMs: first!.startMs + 7 * 86_400_000,
    endMs: first!.endMs + 7 * 86_400_000
  }
  const topicSession = {
    ...second!,
    id: 'plan-0/quick-b',
    sessionId: 'quick-b',
    kind: 'study' as const,
    status: 'planned' as const,
    pinned: true,
    adHoc: true as const,
    startMs: second!.startMs + 7 * 86_400_000,
    endMs: second!.endMs + 7 * 86_400_000
  }
  const log = {
    id: 'log-quick-a',
    planId: 'plan-0',
    sessionId: freeText.id,
    topicId: NO_TOPIC,
    actualMinutes: 40,
    loggedAtMs: freeText.endMs
  }
  return { ...data, sessions: [...data.sessions, freeText, topicSession], studyLog: [...data.studyLog, log] }
}

function errorOf(data: unknown) {
  const result = readBackup(JSON.stringify({ ...JSON.parse(serializeBackup(withQuickAdds(), EXPORTED)), data }))
  if (result.ok) throw new Error('expected the backup to be refused')
  return inEnglish(result.error)
}

describe('backups with quick-added sessions', () => {
  it('restores topic and free-text sessions and their study log exactly', () => {
    const data = withQuickAdds()
    const result = readBackup(serializeBackup(data, EXPORTED))
    expect(result.ok && result.value.file.data).toEqual(data)
  })

  it('still reads a backup made before quick add (no title or adHoc fields)', () => {
    const data = buildBackupData({ plans: 1, sessionsPerPlan: 4 })
    expect(data.sessions.every((session) => !('title' in session) && !('adHoc' in session))).toBe(true)
    expect(readBackup(serializeBackup(data, EXPORTED)).ok).toBe(true)
  })

  it('refuses a free-text session without a title, with an empty title, as a review, and a topic session with a title', () => {
    const data = withQuickAdds()
    const at = data.sessions.length - 2
    const edit = (change: Record<string, unknown>, remove?: string) => {
      const session: Record<string, unknown> = { ...data.sessions[at]!, ...change }
      if (remove) delete session[remove]
      return { ...data, sessions: data.sessions.map((candidate, index) => (index === at ? session : candidate)) }
    }
    expect(errorOf(edit({}, 'title'))).toEqual({
      where: `data.sessions[${at}].title`,
      message: 'a session on no roadmap topic needs a title'
    })
    expect(errorOf(edit({ title: '' })).where).toBe(`data.sessions[${at}].title`)
    expect(errorOf(edit({ kind: 'review' }))).toEqual({
      where: `data.sessions[${at}].kind`,
      message: 'a session on no roadmap topic must be a study session'
    })
    expect(errorOf(edit({ adHoc: false })).where).toBe(`data.sessions[${at}].adHoc`)
    expect(errorOf(edit({ topicId: 'rm0-t0', stageId: 'rm0-s1' }))).toEqual({
      where: `data.sessions[${at}].title`,
      message: 'only a session on no roadmap topic has a title'
    })
  })
})
