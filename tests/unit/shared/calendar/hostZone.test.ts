// The host's time zone does not change import or export results: the same probe run under two TZ values agrees.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const PROBE = fileURLToPath(new URL('./hostZoneProbe.ts', import.meta.url))

interface ProbeOutput {
  hostOffsetMinutes: number
  imports: { name: string; result: unknown }[]
  exported: string
}

function runProbeWithTz(tz: string): ProbeOutput {
  // A child process is the only way to change the zone Node uses for Date and Intl defaults (TZ is read at start-up).
  const output = execFileSync(process.execPath, ['--import', 'tsx', PROBE], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return JSON.parse(output)
}

describe('host time zone independence', () => {
  it('gives identical imports and byte-identical exports under TZ=Pacific/Auckland and TZ=America/Los_Angeles', () => {
    const auckland = runProbeWithTz('Pacific/Auckland')
    const losAngeles = runProbeWithTz('America/Los_Angeles')
    // The two processes really had different host zones (NZDT +13:00, PST -08:00 on 2027-01-01)...
    expect([auckland.hostOffsetMinutes, losAngeles.hostOffsetMinutes]).toEqual([-780, 480])
    // ...and really read the files (not all errors).
    expect(auckland.imports.filter((entry) => (entry.result as { ok: boolean }).ok).length).toBeGreaterThan(30)
    expect(auckland.imports).toEqual(losAngeles.imports)
    expect(auckland.exported).toBe(losAngeles.exported)
  }, 60_000)
})
