// The progress screen over a real database after several days of marked-done sessions.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../../../src/renderer/src/App'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../../src/renderer/src/db/repositories'
import { localDateOf } from '../../../../../src/shared/time'
import { NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform } from '../../fakePlatform'

/** Screens and sections load lazily: on a busy machine the first load can take seconds. */
const LAZY = { timeout: 15_000 }
const openDbs: PlannerDB[] = []
beforeEach(() => {
  // Friday 2027-01-08 13:00 in Rome, after four evenings of study.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.UTC(2027, 0, 8, 12))
})
afterEach(async () => {
  vi.useRealTimers()
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

/** Marks the first planned study session of each date done with `actual` minutes, in order, as a learner would. */
async function studyOn(repos: Repositories, planId: string, dates: string[], actual: number): Promise<number> {
  let scheduled = 0
  for (const date of dates) {
    const sessions = await repos.plans.allSessions(planId)
    const session = sessions.find(
      (s) => s.status === 'planned' && s.kind === 'study' && localDateOf(s.startMs, 'Europe/Rome') === date
    )
    if (!session) throw new Error(`no session on ${date}`)
    scheduled += (session.endMs - session.startMs) / 60_000
    const result = await repos.sessions.markDone(session.id, actual, session.endMs)
    if (!result.ok) throw new Error(result.error.message)
  }
  return scheduled
}

async function setup() {
  const db = new PlannerDB(`progress-${Math.random()}`)
  openDbs.push(db)
  const repos = createRepositories(db)
  const created = await repos.plans.createPlan(
    smallPlan({ settings: { ...smallPlan().settings, targetDate: '2027-06-30' } }),
    NOW
  )
  if (!created.ok) throw new Error(created.error.message)
  return { db, repos, planId: created.value.planId }
}

async function openProgress(db: PlannerDB) {
  render(<App platform={createFakePlatform()} db={db} />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: 'Progress' }))
  await screen.findByRole('heading', { level: 2, name: 'Completion' }, LAZY)
}

describe('ProgressScreen', () => {
  it('shows completion, this week’s hours, the streak and the pace after four evenings of half sessions', async () => {
    const { db, repos, planId } = await setup()
    const scheduled = await studyOn(repos, planId, ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07'], 30)
    // The evenings' other sessions ended unlogged: they are missed, planned time with no work in it.
    const missed = (await repos.plans.allSessions(planId)).filter(
      (s) => s.kind === 'study' && s.status === 'planned' && s.endMs <= Date.now()
    )
    const missedMinutes = missed.reduce((sum, s) => sum + (s.endMs - s.startMs) / 60_000, 0)
    expect(missed.length).toBeGreaterThan(0)
    await openProgress(db)

    expect(screen.getByTestId('overall-completion').textContent).toMatch(/^Overall: 20% \(2 of 10 hours\)/)
    expect(screen.getByRole('progressbar', { name: 'First completion' })).toBeTruthy()
    expect(screen.getByTestId('current-streak').textContent).toBe('4 days')
    expect(screen.getByTestId('best-streak').textContent).toBe('4 days')
    expect(screen.getByTestId('pace-sentence').textContent).toContain(
      `Over 4 done and ${missed.length} missed study sessions you worked ${Math.round((120 / (scheduled + missedMinutes)) * 100)}% of the planned time.`
    )
    expect(screen.getByTestId('finish-sentence').textContent).toMatch(/before your target/)

    // The plan began this week: the chart and its table hold this one week, not eleven empty ones before it.
    const table = screen.getByRole('table', { name: 'Hours studied and planned per week' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(2)
    const [planned, studied] = within(rows[1]!).getAllByRole('cell')
    expect(studied!.textContent).toBe('2')
    expect(Number(planned!.textContent)).toBeGreaterThan(2)
  })

  it('charts the weeks from the plan’s first one, on an hours axis with the weeks named, as its table lists them', async () => {
    const { db, repos, planId } = await setup()
    await studyOn(repos, planId, ['2027-01-05'], 60)
    // Friday 5 February 2027: the plan began in the week of 4 January (3 January where weeks start on Sunday).
    vi.setSystemTime(Date.UTC(2027, 1, 5, 12))
    await openProgress(db)

    const table = screen.getByRole('table', { name: 'Hours studied and planned per week' })
    const weekRows = within(table).getAllByRole('row').slice(1)
    const weekNames = weekRows.map((row) => within(row).getByRole('rowheader').textContent)
    expect(weekRows).toHaveLength(5)
    expect(weekNames[0]).toMatch(/^(January [34], 2027|[34] January 2027)$/)
    expect(within(weekRows[0]!).getAllByRole('cell')[1]!.textContent).toBe('1')

    const chart = screen.getByTestId('weekly-bars')
    // The hours axis: ticks from 0 h up, evenly spaced, above the tallest bar.
    const ticks = [...chart.querySelectorAll('.chart-tick text')].map((tick) => tick.textContent)
    expect(ticks[0]).toBe('0 h')
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    expect(ticks.length).toBeLessThanOrEqual(5)
    const tickHours = ticks.map((tick) => Number.parseFloat(tick!))
    const tallest = Math.max(...weekRows.map((row) => Number(within(row).getAllByRole('cell')[0]!.textContent)))
    expect(tickHours.at(-1)).toBeGreaterThanOrEqual(tallest)
    // The week axis: one label per week, the first being the plan's first week.
    const labels = [...chart.querySelectorAll('.chart-x-label')].map((label) => label.textContent)
    expect(labels).toHaveLength(5)
    expect(labels[0]).toMatch(/^(Jan [34]|[34] Jan)$/)
    expect(chart.querySelectorAll('.bar-planned')).toHaveLength(5)
  })

  it('lists the review that follows a finished, rated topic', async () => {
    const { db, repos, planId } = await setup()
    const first = (await repos.plans.allSessions(planId)).find((s) => s.topicId === 'rust-t0')!
    const done = await repos.sessions.markDone(first.id, 120, first.endMs)
    if (!done.ok) throw new Error(done.error.message)
    const rated = await repos.sessions.rateReview(planId, 'rust-t0', 'good', first.endMs)
    if (!rated.ok) throw new Error(rated.error.message)
    vi.setSystemTime(first.endMs)
    await openProgress(db)
    const reviews = within(screen.getByRole('region', { name: 'Upcoming reviews' }))
    expect(reviews.getByText(/^Topic rust-t0:/)).toBeTruthy()
  })

  it('says so when there is no plan yet', async () => {
    const db = new PlannerDB(`progress-${Math.random()}`)
    openDbs.push(db)
    render(<App platform={createFakePlatform()} db={db} />)
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Progress' }))
    expect(await screen.findByRole('heading', { name: 'Nothing studied yet' }, LAZY)).toBeTruthy()
  })
})
