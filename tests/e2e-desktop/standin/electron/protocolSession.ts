// protocol (privileged schemes, protocol.handle) and session.defaultSession (permissions, webRequest headers, preloads).
import type { ProtocolReply } from '../protocol'
import { requireReady, type StandinContext } from './context'

type ProtocolHandler = (request: Request) => Response | Promise<Response>

interface HeadersDetails {
  readonly id: number
  readonly url: string
  readonly method: string
  readonly resourceType: string
  readonly statusCode: number
  readonly statusLine: string
  readonly responseHeaders: Record<string, string[]>
}

interface HeadersResponse {
  readonly cancel?: boolean
  readonly responseHeaders?: Record<string, string | string[]>
  readonly statusLine?: string
}

type HeadersListener = (details: HeadersDetails, callback: (response: HeadersResponse) => void) => void

export class StandinProtocol {
  readonly privileged: unknown[] = []
  private readonly handlers = new Map<string, ProtocolHandler>()

  constructor(
    private readonly context: StandinContext,
    private readonly session: () => StandinSession
  ) {}

  registerSchemesAsPrivileged(schemes: unknown[]): void {
    if (this.context.isReady())
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    this.privileged.push(...structuredClone(schemes))
    this.context.journal.record('protocol.registerSchemesAsPrivileged', { schemes })
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady(this.context, 'protocol.handle')
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    this.handlers.set(scheme, handler)
    this.context.journal.record('protocol.handle', { scheme })
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme)
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme)
  }

  handledSchemes(): string[] {
    return [...this.handlers.keys()]
  }

  /**
   * A request the page made for `url`: main's handler answers it, then the response headers pass through the default
   * session's onHeadersReceived listener, as a response does in Electron's network stack.
   */
  async request(url: string, method: string, headers: Record<string, string>): Promise<ProtocolReply> {
    const scheme = url.slice(0, url.indexOf(':'))
    const handler = this.handlers.get(scheme)
    if (!handler) return { kind: 'failed', reason: `net::ERR_UNKNOWN_URL_SCHEME (${scheme})` }
    let response: Response
    try {
      response = await handler(new Request(url, { method, headers }))
    } catch (error) {
      this.context.journal.record('protocol.handlerThrew', { url, error: String(error) })
      return { kind: 'failed', reason: `net::ERR_FAILED (${String(error)})` }
    }
    const responseHeaders: Record<string, string[]> = {}
    response.headers.forEach((value, name) => (responseHeaders[name] = [value]))
    const body = method === 'HEAD' ? null : new Uint8Array(await response.arrayBuffer())
    const filtered = await this.session().filterHeaders({ url, method, statusCode: response.status, responseHeaders })
    if (filtered === null)
      return { kind: 'failed', reason: 'net::ERR_BLOCKED_BY_CLIENT (cancelled in onHeadersReceived)' }
    return { kind: 'response', status: response.status, headers: filtered, body }
  }
}

let nextRequestId = 1

export class StandinSession {
  readonly permissionHandlers = new Set<string>()
  readonly preloads: string[] = []
  private headersListener: HeadersListener | null = null

  readonly webRequest = {
    // Electron keeps one listener per webRequest event: a later call replaces the earlier one.
    onHeadersReceived: (listener: HeadersListener | null) => {
      this.headersListener = listener
      this.context.journal.record('session.webRequest.onHeadersReceived', { set: listener !== null })
    }
  }

  constructor(private readonly context: StandinContext) {}

  setPermissionRequestHandler(handler: unknown): void {
    this.setHandler('setPermissionRequestHandler', handler)
  }
  setPermissionCheckHandler(handler: unknown): void {
    this.setHandler('setPermissionCheckHandler', handler)
  }
  setDevicePermissionHandler(handler: unknown): void {
    this.setHandler('setDevicePermissionHandler', handler)
  }
  setDisplayMediaRequestHandler(handler: unknown): void {
    this.setHandler('setDisplayMediaRequestHandler', handler)
  }

  /** Electron 35+: a script run in every frame of this session, before the window's own preload. */
  registerPreloadScript(script: { filePath: string; type?: string; id?: string }): string {
    this.preloads.push(script.filePath)
    this.context.journal.record('session.registerPreloadScript', script)
    return script.id ?? script.filePath
  }
  setPreloads(paths: string[]): void {
    this.preloads.splice(0, this.preloads.length, ...paths)
    this.context.journal.record('session.setPreloads', { paths })
  }
  getPreloads(): string[] {
    return [...this.preloads]
  }

  private setHandler(name: string, handler: unknown): void {
    if (handler === null) this.permissionHandlers.delete(name)
    else this.permissionHandlers.add(name)
    this.context.journal.record(`session.${name}`, { set: handler !== null })
  }

  /** Runs the onHeadersReceived listener; null when it cancelled the response. */
  filterHeaders(response: {
    url: string
    method: string
    statusCode: number
    responseHeaders: Record<string, string[]>
  }): Promise<Record<string, string[]> | null> {
    const listener = this.headersListener
    if (!listener) return Promise.resolve(response.responseHeaders)
    return new Promise((resolve) => {
      const details: HeadersDetails = {
        id: nextRequestId++,
        url: response.url,
        method: response.method,
        resourceType: 'other',
        statusCode: response.statusCode,
        statusLine: `HTTP/1.1 ${response.statusCode}`,
        responseHeaders: structuredClone(response.responseHeaders)
      }
      listener(details, (answer) => {
        if (answer.cancel) resolve(null)
        else if (answer.responseHeaders) resolve(normalizeHeaders(answer.responseHeaders))
        else resolve(response.responseHeaders)
      })
    })
  }
}

function normalizeHeaders(headers: Record<string, string | string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value : [value]])
  )
}
