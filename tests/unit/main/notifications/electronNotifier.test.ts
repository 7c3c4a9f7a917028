// Notifications open their session on click, stay referenced until closed, and fall back when the OS has none.
import { describe, expect, it } from 'vitest'
import {
  createElectronNotifier,
  type NotificationFactory,
  type NotificationLike
} from '../../../../src/main/notifications/electronNotifier'
import type { ReminderNotice } from '../../../../src/main/reminders/ports'

class FakeNotification implements NotificationLike {
  readonly listeners = new Map<string, () => void>()
  shown = false
  constructor(readonly options: { title: string; body: string }) {}
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener)
    return this
  }
  show() {
    this.shown = true
  }
  emit(event: 'click' | 'close' | 'failed') {
    this.listeners.get(event)?.()
  }
}

function setUp(supported = true) {
  const created: FakeNotification[] = []
  const opened: Array<string | null> = []
  const fallbacks: ReminderNotice[] = []
  const notifications: NotificationFactory = {
    isSupported: () => supported,
    create: (options) => {
      const notification = new FakeNotification(options)
      created.push(notification)
      return notification
    }
  }
  const notifier = createElectronNotifier({
    notifications,
    openSession: (id) => opened.push(id),
    fallback: (notice) => fallbacks.push(notice)
  })
  return { notifier, created, opened, fallbacks }
}

const notice: ReminderNotice = {
  kind: 'reminder',
  title: 'Linear algebra in 10 minutes',
  body: '18:00–19:00 · Foundations',
  sessionId: 's-1',
  sessionIds: ['s-1']
}

describe('createElectronNotifier', () => {
  it('shows the notice and opens its session when clicked', () => {
    const { notifier, created, opened } = setUp()
    notifier.show(notice)
    expect(created[0]?.options).toMatchObject({ title: notice.title, body: notice.body })
    expect(created[0]?.shown).toBe(true)
    created[0]?.emit('click')
    expect(opened).toEqual(['s-1'])
  })

  it('holds a reference to each notification until it is clicked or closed', () => {
    const { notifier, created } = setUp()
    notifier.show(notice)
    notifier.show({ ...notice, sessionId: 's-2', sessionIds: ['s-2'] })
    expect(notifier.liveCount()).toBe(2)
    created[0]?.emit('click')
    created[1]?.emit('close')
    expect(notifier.liveCount()).toBe(0)
  })

  it('hands the notice to the fallback when notifications are unsupported or fail', () => {
    const unsupported = setUp(false)
    unsupported.notifier.show(notice)
    expect(unsupported.created).toEqual([])
    expect(unsupported.fallbacks).toEqual([notice])

    const failing = setUp()
    failing.notifier.show(notice)
    failing.created[0]?.emit('failed')
    expect(failing.fallbacks).toEqual([notice])
    expect(failing.notifier.liveCount()).toBe(0)
  })
})
