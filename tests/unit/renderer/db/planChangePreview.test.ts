// Previewing a plan change: the same re-plan as applying it, stored nowhere; an impossible change is refused by field.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { DAY, NOW, smallPlan } from './planFixtures'

let db: PlannerDB
let repos: Repositories

beforeEach(async () => {
  db = new PlannerDB(`plan-change-preview-${Math.random()}`)
  await db.open()
  repos = createRepositories(db)
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

async function planAtNow(): Promise<{
  planId: string
  settings: ReturnType<typeof smallPlan>['settings']
  availability: ReturnType<typeof smallPlan>['availability']
}> {
  const input = smallPlan()
  const created = await repos.plans.createPlan(input, NOW)
  if (!created.ok) throw new Error(created.error.message)
  return { planId: created.value.planId, settings: input.settings, availability: input.availability }
}

describe('previewPlanChange', () => {
  it('reports exactly what applying the change then stores, and writes nothing', async () => {
    const { planId, availability } = await planAtNow()
    const change = { availability: { ...availability, windows: availability.windows.slice(0, 2) } }
    const before = await dumpAll(db)
    const preview = await repos.plans.previewPlanChange(planId, change, NOW + DAY)
    expect(await dumpAll(db)).toEqual(before)
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.value.reportBefore).toEqual((await repos.plans.getPlan(planId))!.report)
    // Two evenings instead of five: the plan finishes later, and sessions on the dropped evenings change.
    expect(preview.value.reportAfter.finishDate! > preview.value.reportBefore!.finishDate!).toBe(true)
    expect(preview.value.changed.length).toBeGreaterThan(0)

    const applied = await repos.plans.updatePlan(planId, change, NOW + DAY)
    if (!applied.ok) throw new Error(applied.error.message)
    expect(applied.value.report).toEqual(preview.value.reportAfter)
  })

  it('refuses a change the engine cannot plan, naming the field, and writes nothing', async () => {
    const { planId, settings, availability } = await planAtNow()
    const before = await dumpAll(db)
    const noTime = await repos.plans.previewPlanChange(planId, { availability: { ...availability, windows: [] } }, NOW)
    expect(noTime).toMatchObject({ ok: false, error: { code: 'cannot-plan', where: 'availability.windows' } })
    const targetFirst = await repos.plans.previewPlanChange(
      planId,
      { settings: { ...settings, targetDate: '2026-12-01' } },
      NOW
    )
    expect(targetFirst).toMatchObject({ ok: false, error: { code: 'cannot-plan', where: 'settings.targetDate' } })
    expect(await dumpAll(db)).toEqual(before)
  })
})
