// The shell's calendar publishing (issue 21) with the fake platform standing in for main: the stored plan is sent as
// main should publish it, a change of the plan sends it again, an unchanged one does not, and after a disconnect and
// a new connection the plan is sent again (main forgot it), even though it did not change.
import { act, render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CalendarSyncStatus } from '../../../../../../src/shared/ipc/calendarSync'
import { DatabaseProvider, DatabaseReady } from '../../../../../../src/renderer/src/db/DatabaseContext'
import { useCalendarPublishing } from '../../../../../../src/renderer/src/features/settings/calendarSync/useCalendarPublishing'
import { useCalendarSyncStatus } from '../../../../../../src/renderer/src/features/settings/calendarSync/useCalendarSyncStatus'
import { PlatformProvider } from '../../../../../../src/renderer/src/platform/PlatformContext'
import { connectedStatus, createFakePlatform, FAKE_CALENDARS, type FakePlatform } from '../../../fakePlatform'
import { storedPlanLeftOn, withStoredPlans } from '../../../storedPlan'

withStoredPlans()

function Publishing() {
  const [status] = useCalendarSyncStatus()
  useCalendarPublishing(status)
  return null
}

function syncing(planId: string): CalendarSyncStatus {
  return connectedStatus({
    selection: { calendarUrl: FAKE_CALENDARS[0]!.url, busyCalendarUrls: [], planId, weeks: 52, keepDone: true }
  })
}

async function rendered(platform: FakePlatform) {
  const { db, repos, planId } = await storedPlanLeftOn('calendar')
  platform.calendarSync = syncing(planId)
  render(
    <PlatformProvider platform={platform}>
      <DatabaseProvider db={db}>
        <DatabaseReady>
          <Publishing />
        </DatabaseReady>
      </DatabaseProvider>
    </PlatformProvider>
  )
  return { repos, planId }
}

describe('useCalendarPublishing', () => {
  it('sends the synced plan once, again when it changes, and again after a disconnect and a new connection', async () => {
    const platform = createFakePlatform()
    const { repos, planId } = await rendered(platform)
    await waitFor(() => expect(platform.published).toHaveLength(1))
    const [first] = platform.published
    expect(first?.planId).toBe(planId)
    expect(first?.sessions.length).toBeGreaterThan(0)
    const plan = await repos.plans.getPlan(planId)
    expect(first?.zone).toBe(plan?.settings.timeZone)

    // An unchanged status pushed again sends nothing new.
    act(() => platform.pushCalendarSync(syncing(planId)))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(platform.published).toHaveLength(1)

    // The learner skips a session: the plan as the calendar should hold it changed.
    const skipped = first!.sessions[0]!.id
    expect((await repos.sessions.skip(skipped, Date.now())).ok).toBe(true)
    await waitFor(() => expect(platform.published).toHaveLength(2))
    expect(platform.published[1]?.sessions.map((session) => session.id)).not.toContain(skipped)

    // Disconnected, then connected again with the same choices: main has no plan any more, so it is sent again.
    act(() => platform.pushCalendarSync({ state: 'disconnected' }))
    act(() => platform.pushCalendarSync(syncing(planId)))
    await waitFor(() => expect(platform.published).toHaveLength(3))
    expect(platform.published[2]).toEqual(platform.published[1])
  })
})
