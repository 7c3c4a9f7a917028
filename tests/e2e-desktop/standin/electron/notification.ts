// Notification: main's notices are recorded instead of shown, and a test can click or close them.
import { EventEmitter } from 'node:events'
import type { NotificationState } from '../protocol'
import { preventableEvent, type StandinContext } from './context'

export function createNotificationClass(context: StandinContext, shown: StandinNotification[]) {
  return class Notification extends StandinNotification {
    static isSupported(): boolean {
      return context.config.notificationsSupported
    }
    constructor(options: { title?: string; body?: string; silent?: boolean } = {}) {
      super(context, shown, options)
    }
  }
}

export class StandinNotification extends EventEmitter {
  readonly title: string
  readonly body: string
  readonly silent: boolean
  private index: number | null = null
  private shownAt: number | null = null
  private closed = false

  constructor(
    private readonly context: StandinContext,
    private readonly shown: StandinNotification[],
    options: { title?: string; body?: string; silent?: boolean }
  ) {
    super()
    this.title = options.title ?? ''
    this.body = options.body ?? ''
    this.silent = options.silent ?? false
  }

  show(): void {
    if (this.index === null) {
      this.index = this.shown.length
      this.shown.push(this)
    }
    this.shownAt = this.context.clock.now()
    this.context.journal.record('Notification.show', { index: this.index, title: this.title, body: this.body })
    this.emit('show', preventableEvent())
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.context.journal.record('Notification.close', { index: this.index })
    this.emit('close', preventableEvent())
  }

  /** The user clicks it in the notification centre. */
  click(): void {
    this.context.journal.record('Notification.click', { index: this.index })
    this.emit('click', preventableEvent())
  }

  state(): NotificationState {
    return {
      index: this.index ?? -1,
      title: this.title,
      body: this.body,
      silent: this.silent,
      shown: this.index !== null,
      closed: this.closed,
      shownAt: this.shownAt
    }
  }
}
