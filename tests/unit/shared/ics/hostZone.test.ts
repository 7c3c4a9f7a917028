// The host's time zone does not change import or export results: the same files read under two host zones agree.
import { describe, expect, it, vi } from 'vitest'
import { underHostZone } from '../../../support/hostZone'
import { importAndExportEverything } from './hostZoneProbe'

/** Every fixture read under `zone`, with the .ics modules loaded afresh so nothing cached under another zone is reused. */
function readUnder(zone: string) {
  return underHostZone(zone, async () => {
    vi.resetModules()
    return importAndExportEverything()
  })
}

describe('host time zone independence', () => {
  it('gives identical imports and byte-identical exports under TZ=Pacific/Auckland and TZ=America/Los_Angeles', async () => {
    const auckland = await readUnder('Pacific/Auckland')
    const losAngeles = await readUnder('America/Los_Angeles')
    // The host zone really differed (NZDT +13:00, PST -08:00 in January)...
    expect([auckland.hostOffsetMinutes, losAngeles.hostOffsetMinutes]).toEqual([-780, 480])
    // ...and the files were really read (not all errors).
    expect(auckland.result.imports.filter((entry) => (entry.result as { ok: boolean }).ok).length).toBeGreaterThan(30)
    expect(auckland.result.imports).toEqual(losAngeles.result.imports)
    expect(auckland.result.exported).toBe(losAngeles.result.exported)
  })
})
