// Sessions for calendar tests, built from instants in a named zone so local times stay explicit.
import type { Session } from '../../../../../src/shared/domain/session'

/** A planned 60-minute study session of `topicId` starting at `startMs`. */
export function makeSession(id: string, startMs: number, change: Partial<Session> = {}): Session {
  const minutes = change.minutes ?? 60
  return {
    id,
    topicId: 'python-essentials',
    stageId: 'foundations',
    kind: 'study',
    status: 'planned',
    pinned: false,
    startMs,
    endMs: startMs + minutes * 60_000,
    localStart: '',
    localEnd: '',
    minutes,
    ...change
  }
}

/** The lines of a session's calendar block, in order: title, time and marks, stage (see sessionContent). */
export function blockLines(block: Element): string[] {
  return (block.textContent ?? '').split('\n')
}

/** The calendar blocks titled `title`: a line of a week block, or a part of a month's one-line block ('Title · 19:00 · …'). */
export function sessionBlocks(title: string, root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.sp-session')].filter((block) =>
    (block.textContent ?? '').split(/\n| · /).includes(title)
  )
}
