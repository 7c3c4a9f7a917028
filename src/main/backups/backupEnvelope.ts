// The minimal check every backup file must pass before main lists it or hands it back for a restore.
import { z } from 'zod'
import { firstIssueMessage } from '../../shared/validation/issueMessages'

/**
 * The outer shape of a backup: which format and version wrote it, when, and the data. Main checks only this
 * envelope; the renderer validates `data` against the full backup format before restoring anything.
 */
export const backupEnvelopeSchema = z.looseObject({
  format: z.string().min(1).max(100),
  version: z.number().int().min(1).max(1_000_000),
  /** Epoch ms, or an ISO 8601 string. */
  exportedAt: z.union([z.number().int().min(0), z.string().min(1).max(64)]),
  data: z.custom<object>((value) => typeof value === 'object' && value !== null, 'data must be an object')
})

/** A backup that passed the envelope check. */
export type BackupEnvelope = z.output<typeof backupEnvelopeSchema>

/** Parses backup JSON text and checks its envelope; the reason says which step failed. */
export function parseBackupText(text: string): { ok: true; backup: BackupEnvelope } | { ok: false; reason: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` }
  }
  return checkEnvelope(json)
}

/** Checks parsed backup JSON against the envelope; the reason names the first field that is wrong. */
export function checkEnvelope(json: unknown): { ok: true; backup: BackupEnvelope } | { ok: false; reason: string } {
  const parsed = backupEnvelopeSchema.safeParse(json)
  if (!parsed.success) {
    // 'bad envelope: format Too big: ...': the field, then what is wrong with it (saveBackup answers with this text).
    const { where, message } = firstIssueMessage(parsed.error)
    return { ok: false, reason: `bad envelope: ${where === '' ? '' : `${where} `}${message}` }
  }
  return { ok: true, backup: parsed.data }
}
