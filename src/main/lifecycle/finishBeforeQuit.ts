// Holds the app's quit until pending work (the reminder state's last write) has reached the disk.

/** The part of Electron's `app` this needs. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): void
  quit(): void
}

/** The longest the quit waits for `finish`: a stuck disk must not keep the app from quitting. */
export const FINISH_TIMEOUT_MS = 3000

/**
 * On the first quit, prevents it, waits for `finish` (at most `timeoutMs`, and whether it succeeds or fails), then
 * quits again for real. A snooze or pause chosen just before Quit is then on disk when the app next starts.
 */
export function finishBeforeQuit(
  app: QuittingApp,
  finish: () => Promise<unknown>,
  timeoutMs = FINISH_TIMEOUT_MS
): void {
  let phase: 'running' | 'finishing' | 'finished' = 'running'
  app.on('before-quit', (event) => {
    if (phase === 'finished') return
    event.preventDefault()
    if (phase === 'finishing') return
    phase = 'finishing'
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))
    void Promise.race([finish().catch(() => undefined), timeout]).then(() => {
      clearTimeout(timer)
      phase = 'finished'
      app.quit()
    })
  })
}
