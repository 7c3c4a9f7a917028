// Runs code under another host time zone inside the test process: Node 20 re-reads process.env.TZ when it is set, for
// Date and Intl alike, so a suite can prove results independent of the host zone without a child process per zone.

/** The host's UTC offset on a fixed winter date, in Date#getTimezoneOffset's minutes (west positive). */
export function hostOffsetMinutes(): number {
  return new Date(Date.UTC(2027, 0, 15)).getTimezoneOffset()
}

/**
 * Sets the host zone to `zone` while `run` runs and restores the previous one afterwards, even on a throw. Returns
 * what `run` returned with the host's January offset while it ran, so a test can show the zone really took effect
 * (an unknown zone silently falls back to UTC). Callers that fear a module caching something under the first zone
 * import the code under test inside `run` after `vi.resetModules()`, as a fresh process would.
 */
export async function underHostZone<T>(
  zone: string,
  run: () => T | Promise<T>
): Promise<{ result: T; hostOffsetMinutes: number }> {
  const previous = process.env['TZ']
  process.env['TZ'] = zone
  try {
    const result = await run()
    return { result, hostOffsetMinutes: hostOffsetMinutes() }
  } finally {
    if (previous === undefined) delete process.env['TZ']
    else process.env['TZ'] = previous
  }
}
