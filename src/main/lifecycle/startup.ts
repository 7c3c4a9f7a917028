// Runs the app's start once Electron is ready; a start that fails quits, so no windowless process keeps holding the
// single-instance lock (which would turn every later launch into a silent no-op).

/** The part of Electron's `app` this needs. */
export interface StartingApp {
  whenReady(): Promise<unknown>
  quit(): void
}

export function startWhenReady(
  app: StartingApp,
  start: () => Promise<void>,
  onError: (message: string, error: unknown) => void
): Promise<void> {
  return app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      onError('App failed to start', error)
      app.quit()
    })
}
