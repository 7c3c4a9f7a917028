// Settings rows that describe this installation rather than the learner's data, and so stay out of backups.

/**
 * Keys under 'backup.' record what this installation did about its own backups (the last daily one, its failures).
 * Backups leave them out and a restore keeps this installation's rows: restoring an older file must not bring back
 * that day's backup state (which could skip today's backup or show another machine's failure). Being written by the
 * app in the background, they must also not count as a change the learner made.
 */
export function isAppStateSetting(key: string): boolean {
  return key.startsWith('backup.')
}
