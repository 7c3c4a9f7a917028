// Calendar sync as a learner lives it (issue 21), on the desktop stand-in against a real Radicale: connect in
// Settings, the plan published with its alarms, a move and a deletion made on "the phone" read back into the plan,
// busy time from another calendar kept free, changes waiting while the server is down, and the password never on disk
// in plain text unless the learner agreed. The server is read and changed by a second client (plain fetch), never by
// the app's own CalDAV code.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { AppShellPage } from '../e2e/pages/AppShellPage'
import { readStoredRecords } from '../e2e/storedRecords'
import {
  otherClientRequest,
  radicaleAvailable,
  RADICALE_SKIP_REASON,
  startRadicale,
  type RadicaleServer,
  type RadicaleUser
} from '../support/radicale'
import type { DesktopApp } from './harness/desktopApp'
import { expect, test as desktopTest } from './harness/fixture'
import { FIRST_RUN_NOW, plannerWindow } from './pages/DesktopPlanner'

const USER: RadicaleUser = { name: 'learner', password: 'Plum-Kite 7 orbit' }
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** The stand-in's safeStorage seals a string as this prefix and its UTF-8 hex (tests/e2e-desktop/standin/electron). */
const STANDIN_SEALED = 'stand-in-sealed:'
const CREDENTIALS = ['calendar-sync', 'calendar-credentials.json'] as const

/** London is on GMT until 28 March 2027, so every wall time of these journeys is its UTC time. */
const at = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`)

const test = desktopTest.extend<{ radicale: RadicaleServer }>({
  // oxlint-disable-next-line no-empty-pattern
  radicale: async ({}, provide) => {
    const server = await startRadicale([USER])
    try {
      await provide(server)
    } finally {
      await server.stop()
    }
  }
})

// A launch, a first-run plan and several sync rounds each; the first journey goes on through read-back and offline.
test.describe.configure({ timeout: 120_000 })
test.skip(!radicaleAvailable, RADICALE_SKIP_REASON)

// --- The second client: plain HTTP with its own credentials -------------------------------------------------------

interface ServerEvent {
  readonly href: string
  readonly etag: string
  readonly ics: string
  readonly uid: string
  readonly summary: string
  readonly startMs: number
  readonly endMs: number
  readonly alarms: number
}

const dav = (method: string, url: string, init?: { body?: string; headers?: Record<string, string> }) =>
  otherClientRequest(USER, method, url, init)

const xmlText = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&#13;', '\r')
    .replaceAll('&amp;', '&')

/** The multistatus responses of a PROPFIND or REPORT, as their XML text (whatever prefix the server uses for DAV:). */
function responsesOf(xml: string): string[] {
  return xml.match(/<(?:[\w-]+:)?response\b[\s\S]*?<\/(?:[\w-]+:)?response>/g) ?? []
}

function element(xml: string, name: string): string | null {
  const found = new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`).exec(xml)
  return found ? xmlText(found[1]!) : null
}

/** A DTSTART/DTEND value as an instant: in UTC, or in London's winter time (the only zone the app writes here). */
function instantOf(line: string): number {
  const found = /^DT(?:START|END)(;TZID=([^:;]+))?[^:]*:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z?)$/.exec(line)
  if (!found) throw new Error(`unexpected time line ${line}`)
  const [, , zone, y, mo, d, h, mi, s, z] = found
  if (z !== 'Z' && zone !== 'Europe/London') throw new Error(`unexpected zone in ${line}`)
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (ms >= at('2027-03-28', '01:00')) throw new Error(`${line} is in British Summer Time: read it with its offset`)
  return ms
}

function parseEvent(href: string, etag: string, ics: string): ServerEvent {
  const unfolded = ics.replaceAll(/\r?\n[ \t]/g, '')
  const event = unfolded.slice(unfolded.indexOf('BEGIN:VEVENT'))
  const line = (name: string) => event.split(/\r?\n/).find((candidate) => new RegExp(`^${name}[;:]`).test(candidate))
  const value = (name: string) => line(name)?.replace(/^[^:]*:/, '') ?? ''
  return {
    href,
    etag,
    ics,
    uid: value('UID'),
    summary: value('SUMMARY'),
    startMs: instantOf(line('DTSTART') ?? ''),
    endMs: instantOf(line('DTEND') ?? ''),
    alarms: event.split('BEGIN:VALARM').length - 1
  }
}

/** An iCalendar UTC date-time ('20270111T183000Z'). */
const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replaceAll(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** London's wall time in winter, for a TZID=Europe/London value: its UTC time without the Z. */
const londonWinterStamp = (ms: number) => utcStamp(ms).replace(/Z$/, '')

class SecondClient {
  constructor(readonly server: RadicaleServer) {}

  get home(): string {
    return `${this.server.url}${USER.name}/`
  }

  async makeCalendar(slug: string, displayName: string): Promise<string> {
    const url = `${this.home}${slug}/`
    const made = await dav('MKCALENDAR', url, {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
      body: `<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>${displayName}</D:displayname><C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>`
    })
    expect(made.status, made.text).toBe(201)
    return url
  }

  async putTimedEvent(calendarUrl: string, uid: string, summary: string, startMs: number, endMs: number) {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//second client//EN',
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${utcStamp(startMs)}`,
      `DTSTART:${utcStamp(startMs)}`,
      `DTEND:${utcStamp(endMs)}`,
      `SUMMARY:${summary}`,
      'END:VEVENT',
      'END:VCALENDAR',
      ''
    ].join('\r\n')
    const put = await dav('PUT', `${calendarUrl}${uid}.ics`, {
      headers: { 'content-type': 'text/calendar; charset=utf-8' },
      body: ics
    })
    expect(put.status, put.text).toBe(201)
  }

  /** The account's calendars by display name (a PROPFIND of the calendar home). */
  async calendars(): Promise<Map<string, string>> {
    const listing = await dav('PROPFIND', this.home, {
      headers: { depth: '1', 'content-type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:displayname/><D:resourcetype/></D:prop></D:propfind>'
    })
    expect(listing.status).toBe(207)
    const calendars = new Map<string, string>()
    for (const response of responsesOf(listing.text)) {
      const href = element(response, 'href')
      const name = element(response, 'displayname')
      if (href && name !== null && /calendar/.test(element(response, 'resourcetype') ?? ''))
        calendars.set(name, new URL(href, this.server.url).href)
    }
    return calendars
  }

  async calendarUrl(displayName: string): Promise<string> {
    const url = (await this.calendars()).get(displayName)
    if (!url) throw new Error(`no calendar "${displayName}" on the server`)
    return url
  }

  /** Every event of the calendar, with its ETag and data (one calendar-query REPORT). */
  async events(calendarUrl: string): Promise<ServerEvent[]> {
    const report = await dav('REPORT', calendarUrl, {
      headers: { depth: '1', 'content-type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="utf-8"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter></C:calendar-query>'
    })
    expect(report.status).toBe(207)
    return responsesOf(report.text).map((response) =>
      parseEvent(
        new URL(element(response, 'href') ?? '', this.server.url).href,
        element(response, 'getetag') ?? '',
        element(response, 'calendar-data') ?? ''
      )
    )
  }

  /** Moves an event as a phone's calendar app would: new times and title, PUT under If-Match of its ETag. */
  async move(event: ServerEvent, startMs: number, endMs: number, summary: string): Promise<void> {
    const from = event.ics.indexOf('BEGIN:VEVENT')
    const changed =
      event.ics.slice(0, from) +
      event.ics
        .slice(from)
        .replace(/^DTSTART[;:].*$/m, `DTSTART;TZID=Europe/London:${londonWinterStamp(startMs)}\r`)
        .replace(/^DTEND[;:].*$/m, `DTEND;TZID=Europe/London:${londonWinterStamp(endMs)}\r`)
        .replace(/^SUMMARY[;:].*$/m, `SUMMARY:${summary}\r`)
    const put = await dav('PUT', event.href, {
      headers: { 'content-type': 'text/calendar; charset=utf-8', 'if-match': event.etag },
      body: changed
    })
    expect(put.status, put.text).toBeLessThan(300)
  }

  async delete(event: ServerEvent): Promise<void> {
    const deleted = await dav('DELETE', event.href, { headers: { 'if-match': event.etag } })
    expect(deleted.status, deleted.text).toBeLessThan(300)
  }
}

// --- The planner's side -------------------------------------------------------------------------------------------

interface StoredSession {
  readonly id: string
  readonly status: 'planned' | 'done' | 'skipped'
  readonly pinned: boolean
  readonly startMs: number
  readonly endMs: number
}

async function storedSessions(page: Page): Promise<StoredSession[]> {
  const records = await page.evaluate(readStoredRecords, { sessions: 'sessionWeeks' })
  return records['sessions'] as StoredSession[]
}

/**
 * What the calendar should hold, from the database: each planned session still ahead that starts from today's
 * midnight through the next 8 weeks, as UID → start and end.
 */
async function expectedEvents(page: Page): Promise<Record<string, [number, number]>> {
  const now = await page.evaluate(() => Date.now())
  const today = Math.floor(now / DAY) * DAY
  const expected: Record<string, [number, number]> = {}
  for (const session of await storedSessions(page)) {
    if (session.status !== 'planned' || session.endMs <= now) continue
    if (session.startMs < today || session.startMs >= today + 56 * DAY) continue
    expected[`${session.id}@study-planner`] = [session.startMs, session.endMs]
  }
  return expected
}

const when = (times: [number, number] | undefined) =>
  times ? `${new Date(times[0]).toISOString()}–${new Date(times[1]).toISOString()}` : 'none'

function eventTimes(events: readonly ServerEvent[]): Record<string, [number, number]> {
  return Object.fromEntries(events.map((event) => [event.uid, [event.startMs, event.endMs]]))
}

/** Sessions where the server and the plan differ: missing on the server, left there, or at other times. */
function differences(server: Record<string, [number, number]>, plan: Record<string, [number, number]>): string[] {
  const uids = [...new Set([...Object.keys(server), ...Object.keys(plan)])].sort()
  return uids
    .filter((uid) => when(server[uid]) !== when(plan[uid]))
    .map((uid) => `${uid}: server ${when(server[uid])}, plan ${when(plan[uid])}`)
}

/** Waits until the server holds exactly the plan's sessions of the range (the sync may take a few rounds). */
async function expectServerMatchesPlan(client: SecondClient, calendarUrl: string, page: Page): Promise<ServerEvent[]> {
  let events: ServerEvent[] = []
  await expect
    .poll(
      async () => {
        events = await client.events(calendarUrl)
        return differences(eventTimes(events), await expectedEvents(page))
      },
      { message: 'the Study Planner calendar holds the plan of the next 8 weeks', timeout: 30_000 }
    )
    .toEqual([])
  return events
}

function calendarSyncSection(page: Page): Locator {
  return page.locator('section.calendar-sync')
}

/** The value shown beside a fact of the status panel ('Last sync', 'State'…). */
function fact(section: Locator, name: string): Locator {
  return section.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]')
}

async function openCalendarSync(app: DesktopApp): Promise<Locator> {
  const shell = new AppShellPage(app.page)
  await shell.open('Settings')
  const section = calendarSyncSection(app.page)
  await expect(section.getByRole('heading', { name: 'Calendar sync' })).toBeVisible()
  return section
}

async function fillAccount(section: Locator, server: RadicaleServer, password: string): Promise<void> {
  await section.getByLabel('Server address').fill(server.url)
  await section.getByLabel('User name').fill(USER.name)
  await section.getByLabel('App password').fill(password)
}

function blocksOn(page: Page, date: string, text: string): Locator {
  return page.locator(`.sp-calendar [data-date="${date}"] .sp-session`, { hasText: text })
}

/** Every regular file under `dir`, recursively (Chromium's lock symlinks and sockets left out). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    const entry = lstatSync(path)
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : []
  })
}

/** The files under `dir` that hold `text` as it is (UTF-8 or UTF-16, as Chromium's stores may keep a string). */
function filesHolding(dir: string, text: string): string[] {
  const forms = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')]
  return filesUnder(dir).filter((file) => {
    const body = readFileSync(file)
    return forms.some((form) => body.includes(form))
  })
}

/** Screenshots of `target` at three window sizes, attached and (with SCREENS_DIR set) written for a person to look at. */
async function screenshots(page: Page, target: Locator, name: string): Promise<void> {
  for (const size of [
    { width: 800, height: 600 },
    { width: 1280, height: 800 },
    { width: 2560, height: 1440 }
  ]) {
    await page.setViewportSize(size)
    await target.scrollIntoViewIfNeeded()
    // Nothing of the section reaches past its own box sideways (a long URL or a German word would).
    expect(await target.evaluate((box) => box.scrollWidth - box.clientWidth), `${name} overflows sideways`).toBe(0)
    await screenshot(target, `calendar-sync-${name}-${size.width}x${size.height}`)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

/** Attaches a screenshot of `target`; with SCREENS_DIR set, also writes it there (tests/e2e/translations.spec.ts). */
async function screenshot(target: Locator, name: string): Promise<void> {
  const body = await target.screenshot({ animations: 'disabled' })
  await test.info().attach(name, { body, contentType: 'image/png' })
  if (process.env['SCREENS_DIR']) {
    mkdirSync(process.env['SCREENS_DIR'], { recursive: true })
    writeFileSync(join(process.env['SCREENS_DIR'], `${name}.png`), body)
  }
}

/** Settings → Language → `name` (the language's own name). */
async function chooseLanguage(page: Page, name: 'Deutsch' | 'English'): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).check()
}

/** The second client's meeting on the work calendar, over next Monday's first evening session. */
const MEETING = { startMs: at('2027-01-11', '18:30'), endMs: at('2027-01-11', '20:00') }

const overlapsMeeting = (range: { startMs: number; endMs: number }) =>
  range.startMs < MEETING.endMs && range.endMs > MEETING.startMs

// --- The journeys -------------------------------------------------------------------------------------------------

test('connect, publish 8 weeks with alarms around a busy calendar, read back a move and a deletion, then wait out the server going down and say a changed password on every screen', async ({
  desktop,
  radicale
}) => {
  const client = new SecondClient(radicale)
  // Made beforehand on the phone: a work calendar with a meeting over next Monday's 19:00 session.
  const workUrl = await client.makeCalendar('work', 'Work')
  await client.putTimedEvent(workUrl, 'team-dinner', 'Team dinner', MEETING.startMs, MEETING.endMs)

  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  const planner = await plannerWindow(app)
  await planner.createDefaultPlan()
  const page = planner.page
  const before = await storedSessions(page)
  const underMeeting = before.find((session) => session.startMs === at('2027-01-11', '19:00'))
  expect(underMeeting, 'the plan has a session where the meeting will be').toBeDefined()

  await test.step('1. connect, pick "Study Planner" and the busy calendar, and the plan is in the calendar', async () => {
    const section = await openCalendarSync(app)
    await fillAccount(section, radicale, USER.password)
    await section.getByRole('button', { name: 'Connect' }).click()
    await expect(section.getByText(`Connected to ${radicale.url} as ${USER.name}.`)).toBeVisible()
    await expect(section.getByRole('radio', { name: 'A new calendar “Study Planner” (recommended)' })).toBeChecked()
    await section.getByRole('checkbox', { name: 'Work' }).check()
    await screenshots(page, section, 'choose-en')
    await section.getByRole('button', { name: 'Start syncing' }).click()

    await expect(fact(section, 'Calendar')).toHaveText('Study Planner')
    await expect(fact(section, 'Busy time from')).toHaveText('Work')
    const studyPlanner = await client.calendarUrl('Study Planner')
    const events = await expectServerMatchesPlan(client, studyPlanner, page)
    expect(events.length).toBeGreaterThan(50)
    expect(events.filter((event) => event.alarms !== 1).map((event) => event.uid)).toEqual([])
    await expect(fact(section, 'Last sync')).not.toHaveText('not yet')
    await expect(fact(section, 'State')).toHaveText('Up to date')
    await expect(section.getByRole('alert')).toHaveCount(0)

    // The meeting is busy time: nothing is planned over it, in the plan or in the calendar, and what was there moved.
    const after = await storedSessions(page)
    expect(after.filter((session) => session.status === 'planned' && overlapsMeeting(session))).toEqual([])
    expect(events.filter(overlapsMeeting)).toEqual([])
    const moved = after.find((session) => session.id === underMeeting!.id)
    expect(moved === undefined || moved.startMs !== underMeeting!.startMs).toBe(true)

    // The password is in no file of main's in plain text, nor in the renderer's storage (IndexedDB and the rest of the
    // browser profile); the credentials file holds it sealed by the keychain.
    expect(filesHolding(desktop.userData, USER.password)).toEqual([])
    expect(filesHolding(desktop.browserDir, USER.password)).toEqual([])
    const stored = JSON.parse(readFileSync(join(desktop.userData, ...CREDENTIALS), 'utf8')) as {
      username: string
      secret: { storage: string; encrypted?: string }
    }
    expect(stored).toMatchObject({ username: USER.name, secret: { storage: 'keychain' } })
    const sealed = Buffer.from(stored.secret.encrypted ?? '', 'base64').toString('utf8')
    expect(sealed).toBe(STANDIN_SEALED + Buffer.from(USER.password, 'utf8').toString('hex'))
  })

  const studyPlanner = await client.calendarUrl('Study Planner')
  await test.step('2. a move and a deletion on the phone come back as a pinned move and a skip, then are rewritten', async () => {
    const sessions = await storedSessions(page)
    const thursday = sessions.find((session) => session.startMs === at('2027-01-07', '19:00'))!
    const friday = sessions.find((session) => session.startMs === at('2027-01-08', '19:00'))!
    expect(thursday.status).toBe('planned')
    expect(friday.status).toBe('planned')
    const events = await client.events(studyPlanner)
    const thursdayEvent = events.find((event) => event.uid === `${thursday.id}@study-planner`)!
    const fridayEvent = events.find((event) => event.uid === `${friday.id}@study-planner`)!
    const topic = thursdayEvent.summary
    const saturday = { startMs: at('2027-01-09', '19:00'), endMs: at('2027-01-09', '20:00') }
    await client.move(thursdayEvent, saturday.startMs, saturday.endMs, 'Moved on my phone')
    await client.delete(fridayEvent)

    const section = calendarSyncSection(page)
    await section.getByRole('button', { name: 'Sync now' }).click()

    // The calendar screen: the moved session pinned at its new time, the deleted one skipped, in one Undo step.
    await new AppShellPage(page).open('Calendar')
    await expect(page.getByRole('button', { name: 'Undo changes from your calendar' })).toBeVisible()
    const movedBlock = blocksOn(page, '2027-01-09', '19:00–20:00')
    await expect(movedBlock).toHaveCount(1)
    await expect(movedBlock).toContainText('Pinned')
    await expect(movedBlock).toHaveClass(/sp-pinned/)
    await expect(blocksOn(page, '2027-01-07', '19:00–20:00')).toHaveCount(0)
    await expect(blocksOn(page, '2027-01-08', '19:00–20:00')).toContainText('Skipped')
    const stored = await storedSessions(page)
    expect(stored.find((session) => session.id === thursday.id)).toMatchObject({ ...saturday, pinned: true })
    expect(stored.find((session) => session.id === friday.id)).toMatchObject({ status: 'skipped' })

    // A second sync: the moved event is the planner's again (its title the topic) at the new time; the deleted one
    // is not made again.
    await new AppShellPage(page).open('Settings')
    await section.getByRole('button', { name: 'Sync now' }).click()
    const after = await expectServerMatchesPlan(client, studyPlanner, page)
    const rewritten = after.find((event) => event.uid === thursdayEvent.uid)
    expect(rewritten).toMatchObject({ ...saturday, summary: topic, href: thursdayEvent.href })
    expect(after.find((event) => event.uid === fridayEvent.uid)).toBeUndefined()
    await expect(fact(section, 'State')).toHaveText('Up to date')
    // What came back from the phone is still said after the rounds that followed it found nothing new.
    await expect(
      section.getByText(/^From your calendar, .+: 1 session moved, 1 deleted \(skipped here\)\.$/)
    ).toBeVisible()
  })

  await test.step('screenshots of the connected status panel, in English and German', async () => {
    const section = calendarSyncSection(page)
    await expect(fact(section, 'State')).toHaveText('Up to date')
    await screenshots(page, section, 'connected-en')
    // In German the events' descriptions are rewritten in German too: the panel is shot once that round is over.
    await chooseLanguage(page, 'Deutsch')
    await expect(section.getByRole('heading', { name: 'Kalender-Abgleich' })).toBeVisible()
    await expect(fact(section, 'Stand')).toHaveText('Aktuell', { timeout: 20_000 })
    await screenshots(page, section, 'connected-de')
    await chooseLanguage(page, 'English')
    await expect(section.getByRole('heading', { name: 'Calendar sync' })).toBeVisible()
  })

  await test.step('3. offline: a skip waits while the server is down and reaches it once it is back', async () => {
    // Nothing waits to be sent (the English titles are back on the server) when the server goes down.
    await expect(fact(calendarSyncSection(page), 'State')).toHaveText('Up to date', { timeout: 20_000 })
    await radicale.kill()
    await new AppShellPage(page).open('Calendar')
    const saturdayMorning = blocksOn(page, '2027-01-09', '09:00–10:00')
    await saturdayMorning.click()
    await planner.sessionPanel().getByRole('button', { name: 'Skip' }).click()
    await expect(saturdayMorning).toContainText('Skipped')
    await planner.settled()
    const skipped = (await storedSessions(page)).find((session) => session.startMs === at('2027-01-09', '09:00'))!

    const section = await openCalendarSync(app)
    await expect(section.getByRole('alert')).toHaveText(
      /^The server could not be reached \(.+\)\. Your changes wait and are sent when it answers\.$/,
      { timeout: 15_000 }
    )
    await expect(fact(section, 'State')).toHaveText(/^Changes waiting to be sent Next try at .+\.$/)
    await screenshot(section, 'calendar-sync-offline-en-1280x800')

    await radicale.restart()
    // The first retry comes 30 s after the failure: main's clock passes it (and the page's follows).
    await app.advanceTo(new Date((await app.now()) + 31_000))
    await expect(fact(section, 'State')).toHaveText('Up to date', { timeout: 15_000 })
    await expect(section.getByRole('alert')).toHaveCount(0)
    const events = await expectServerMatchesPlan(client, studyPlanner, page)
    expect(events.find((event) => event.uid === `${skipped.id}@study-planner`)).toBeUndefined()
  })

  await test.step('4. a password changed on the server stops the sync, which every screen then says', async () => {
    // The learner changed the app password at their provider (Radicale reads its users file on each request).
    writeFileSync(join(radicale.storageFolder, 'users'), `${USER.name}:a new password\n`)
    const section = await openCalendarSync(app)
    await section.getByRole('button', { name: 'Sync now' }).click()
    await expect(section.getByRole('alert')).toHaveText(/^The server refused the user name or password\./)
    await new AppShellPage(page).open('Calendar')
    const alert = page.getByRole('alert').filter({ hasText: 'Calendar sync has stopped.' })
    await expect(alert).toContainText('The server refused the user name or password.')
    await screenshot(alert, 'calendar-sync-stopped-en-1280x800')
    await alert.getByRole('button', { name: 'Open Settings' }).click()
    await expect(page.getByRole('heading', { name: 'Calendar sync' })).toBeVisible()
  })
})

test('a wrong password is said in plain words and nothing is saved', async ({ desktop, radicale }) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  const planner = await plannerWindow(app)
  await planner.createDefaultPlan()
  const section = await openCalendarSync(app)
  await fillAccount(section, radicale, 'not my password')
  await section.getByRole('button', { name: 'Connect' }).click()
  await expect(section.getByRole('alert')).toHaveText(
    'The server refused the user name or password. Check them; many providers want an app password here.'
  )
  await expect(section.getByRole('button', { name: 'Connect' })).toBeEnabled()
  expect(existsSync(join(desktop.userData, ...CREDENTIALS))).toBe(false)
  expect(filesHolding(desktop.userData, 'not my password')).toEqual([])

  // The connect form, with the error, in English and German.
  await screenshots(planner.page, section, 'connect-form-en')
  await chooseLanguage(planner.page, 'Deutsch')
  await expect(section.getByRole('heading', { name: 'Kalender-Abgleich' })).toBeVisible()
  await screenshots(planner.page, section, 'connect-form-de')
})

test('on a desktop without a keychain, connecting asks before saving the password in plain text', async ({
  desktop,
  radicale
}) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW, env: { STANDIN_SAFE_STORAGE_BACKEND: 'basic_text' } })
  const planner = await plannerWindow(app)
  await planner.createDefaultPlan()
  const section = await openCalendarSync(app)
  await fillAccount(section, radicale, USER.password)
  await section.getByRole('button', { name: 'Connect' }).click()
  const ask = section.getByRole('alertdialog', { name: 'Save without encryption' })
  await expect(ask).toContainText('This desktop has no keychain to lock the password away.')
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(ask).toHaveCount(0)
  await expect(section.getByRole('button', { name: 'Connect' })).toBeVisible()
  expect(existsSync(join(desktop.userData, ...CREDENTIALS))).toBe(false)

  await section.getByRole('button', { name: 'Connect' }).click()
  await ask.getByRole('button', { name: 'Save without encryption' }).click()
  await expect(section.getByText(`Connected to ${radicale.url} as ${USER.name}.`)).toBeVisible()
  await expect(section.getByText('Your password is saved unencrypted: this desktop has no keychain.')).toBeVisible()
  const stored = JSON.parse(readFileSync(join(desktop.userData, ...CREDENTIALS), 'utf8')) as unknown
  expect(stored).toMatchObject({ username: USER.name, secret: { storage: 'plain-text', password: USER.password } })
  // That file alone holds it (the search the keychain journey relies on finds a plain password).
  expect(filesHolding(desktop.userData, USER.password)).toEqual([join(desktop.userData, ...CREDENTIALS)])
})
