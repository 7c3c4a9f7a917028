// The one definition of every IPC channel between renderer and main: its name, payload schema and result type.
import { z } from 'zod'
import { SCREEN_IDS } from '../screens'
import { invokeChannels, pushChannels } from './channels'

/**
 * A renderer -> main request. `payload` validates what the renderer sends; `Result` is what main answers.
 * `Result` exists only at the type level (a phantom), so the contract stays plain data at runtime.
 */
export interface InvokeChannel<Payload extends z.ZodType, Result> {
  readonly channel: string
  readonly payload: Payload
  readonly result?: Result
}

/** A main -> renderer push. `payload` is validated again in the preload before the page sees it. */
export interface PushChannel<Payload extends z.ZodType> {
  readonly channel: string
  readonly payload: Payload
}

function invoke<Result>() {
  return <Payload extends z.ZodType>(channel: string, payload: Payload): InvokeChannel<Payload, Result> => ({ channel, payload })
}

function push<Payload extends z.ZodType>(channel: string, payload: Payload): PushChannel<Payload> {
  return { channel, payload }
}

/** Ids are short opaque strings made by the app; the bound keeps hostile payloads small. */
export const entityIdSchema = z.string().min(1).max(200)

/** What the renderer may learn about the app it runs in. */
export interface AppInfo {
  /** App version from package.json. */
  readonly version: string
  /** 'darwin' | 'win32' | 'linux' for the desktop app; 'browser' for the web build. */
  readonly platform: string
  /** Whether the OS can show native notifications (false on Linux without a notification daemon). */
  readonly notificationsSupported: boolean
}

/** Every request the renderer can make of main. Keys become the method names of {@link PlannerApi}. */
export const invokeContract = {
  getAppInfo: invoke<AppInfo>()(invokeChannels.getAppInfo, z.undefined()),
  /** Opens an https link in the system browser; resolves false when the URL was refused. */
  openExternal: invoke<boolean>()(invokeChannels.openExternal, z.strictObject({ url: z.string().min(1).max(2048) }))
} as const

/** Every push main can send to the renderer. Keys become `on<Key>` subscription methods of {@link PlannerApi}. */
export const pushContract = {
  /** A notification or tray item asked the app to show this session. */
  openSession: push(pushChannels.openSession, z.strictObject({ sessionId: entityIdSchema })),
  /** The application menu asked for a screen. */
  showScreen: push(pushChannels.showScreen, z.strictObject({ screen: z.enum(SCREEN_IDS) }))
} as const

export type InvokeContract = typeof invokeContract
export type PushContract = typeof pushContract
export type InvokeName = keyof InvokeContract

/** The validated payload type of a request channel. */
export type PayloadOf<Name extends InvokeName> = z.output<InvokeContract[Name]['payload']>
/** The result type of a request channel. */
export type ResultOf<Name extends InvokeName> = NonNullable<InvokeContract[Name]['result']>

type InvokeMethods = {
  [Name in InvokeName]: undefined extends PayloadOf<Name>
    ? () => Promise<ResultOf<Name>>
    : (payload: PayloadOf<Name>) => Promise<ResultOf<Name>>
}

type PushMethods = {
  [Name in keyof PushContract as `on${Capitalize<Name & string>}`]: (
    listener: (payload: z.output<PushContract[Name]['payload']>) => void
  ) => () => void
}

/** The API the preload exposes as `window.planner`: one named method per channel, nothing generic. */
export type PlannerApi = InvokeMethods & PushMethods
