// Outside Settings the learner hears of the calendar sync only when it has stopped for something they must fix, or
// when the server has not been reached for a day; a passing outage stays in Settings, where retries say how it goes.
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CalendarSyncError, CalendarSyncStatus } from '../../../../../../src/shared/ipc/calendarSync'
import {
  CalendarSyncAlert,
  QUIET_FAILURE_MS
} from '../../../../../../src/renderer/src/features/settings/calendarSync/CalendarSyncAlert'
import { PlatformProvider } from '../../../../../../src/renderer/src/platform/PlatformContext'
import { connectedStatus, createFakePlatform, FAKE_CALENDARS } from '../../../fakePlatform'

function failing(error: CalendarSyncError, lastSyncAtMs: number | null): CalendarSyncStatus {
  return connectedStatus({
    selection: { calendarUrl: FAKE_CALENDARS[0]!.url, busyCalendarUrls: [], planId: 'p', weeks: 8, keepDone: true },
    lastSyncAtMs,
    pending: true,
    nextAttemptAtMs: Date.now() + 30_000,
    error
  })
}

async function shown(status: CalendarSyncStatus) {
  const platform = createFakePlatform()
  platform.calendarSync = status
  const opened: string[] = []
  render(
    <PlatformProvider platform={platform}>
      <CalendarSyncAlert onOpenSettings={() => opened.push('settings')} />
    </PlatformProvider>
  )
  // Let the status be read.
  await act(async () => await new Promise((resolve) => setTimeout(resolve, 20)))
  return { platform, opened }
}

describe('CalendarSyncAlert', () => {
  it('says a refused password on every screen and leads to Settings', async () => {
    const { opened } = await shown(failing({ kind: 'wrong-password' }, Date.now() - 60_000))
    expect(screen.getByRole('alert').textContent).toContain(
      'Calendar sync has stopped. The server refused the user name or password.'
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open Settings' }))
    expect(opened).toEqual(['settings'])
  })

  it('keeps an outage of an hour to Settings, and says one of over a day', async () => {
    await shown(failing({ kind: 'unreachable', detail: 'ECONNREFUSED' }, Date.now() - 60 * 60_000))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says an outage once the last sync is more than a day old', async () => {
    await shown(failing({ kind: 'unreachable', detail: 'ENOTFOUND' }, Date.now() - QUIET_FAILURE_MS - 60_000))
    expect(screen.getByRole('alert').textContent).toContain('The server could not be reached (no server by that name).')
  })

  it('goes away once a sync works again', async () => {
    const { platform } = await shown(failing({ kind: 'calendar-gone' }, null))
    expect(screen.getByRole('alert')).toBeTruthy()
    const working = failing({ kind: 'calendar-gone' }, Date.now())
    act(() => platform.pushCalendarSync(working.state === 'connected' ? { ...working, error: null } : working))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
