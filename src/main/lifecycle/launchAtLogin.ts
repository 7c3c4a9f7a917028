// Starts the app at login: the OS login items on macOS and Windows, an XDG autostart entry on Linux.
import { mkdir, realpath, rm, stat } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { writeFileAtomic } from '../fs/atomicFile'

export const AUTOSTART_FILE = 'study-planner.desktop'

export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; openAsHidden?: boolean; args?: string[] }): void
}

export interface LaunchAtLoginTarget {
  readonly platform: NodeJS.Platform
  readonly app: LoginItemApp
  /** $XDG_CONFIG_HOME, or ~/.config when unset. */
  readonly xdgConfigHome: string
  /** The command that starts the app: {@link loginExecutable}'s answer. */
  readonly executable: string
}

/** The argument that tells a login launch to start in the tray instead of showing the window. */
export const HIDDEN_LAUNCH_ARG = '--hidden'

/** The AppImage runtime's variables (docs.appimage.org, "Environment variables"); anything else in the env is ignored. */
export interface AppImageEnv {
  /** Absolute path of the .AppImage file, symlinks resolved. */
  readonly APPIMAGE?: string | undefined
  /** Where the runtime mounted (or extracted) the image's contents; the app's executable runs from inside it. */
  readonly APPDIR?: string | undefined
}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child)
  return path !== '' && !path.startsWith('..') && !isAbsolute(path)
}

/**
 * What a login launch should start. Inside an AppImage, process.execPath is a file in a temporary mount that is
 * gone after logout, so the AppImage file itself must be started. But APPIMAGE is only an environment variable: a
 * process started from another AppImage (a terminal inside one, say) inherits that one's APPIMAGE and APPDIR. So
 * APPIMAGE counts only when it is an existing regular file and this very executable runs from inside APPDIR, which
 * the runtime sets up for that file; otherwise, and on any error, the answer is process.execPath.
 */
export async function loginExecutable(env: AppImageEnv, execPath: string): Promise<string> {
  const { APPIMAGE: appImage, APPDIR: appDir } = env
  if (!appImage || !appDir || !isAbsolute(appImage) || !isAbsolute(appDir)) return execPath
  try {
    const [image, mount, running] = await Promise.all([realpath(appImage), realpath(appDir), realpath(execPath)])
    if (!(await stat(image)).isFile() || !isInside(running, mount)) return execPath
    return image
  } catch {
    return execPath
  }
}

// C0 and C1 controls and DEL: a newline or carriage return would end the Exec line and start a key of its own.
const CONTROL = /\p{Cc}/u
// A lone UTF-16 surrogate cannot be written as UTF-8, so the file would name some other path.
const LONE_SURROGATE = /\p{Cs}/u

/** Why `executable` cannot be named by an Exec key, or null when it can. */
export function execPathProblem(executable: string): string | null {
  if (!isAbsolute(executable)) return 'the app path is not absolute'
  if (CONTROL.test(executable)) return 'the app path contains a control character (such as a line break)'
  if (LONE_SURROGATE.test(executable)) return 'the app path is not valid Unicode'
  // Desktop Entry spec, "The Exec key": the executable's name or path may not contain "=".
  if (executable.includes('=')) return 'the app path contains "=", which a desktop entry cannot name'
  return null
}

// The spec's reserved characters: an argument holding one must be quoted.
const RESERVED = /[\s"'\\><~|&;$*?#()`]/

/**
 * One Exec argument per the Desktop Entry spec: `%` doubled (it starts a field code), then, when `quote` is set or
 * the argument is empty or holds a reserved character, quoted, with `"`, a backtick, `$` and `\` backslash-escaped
 * inside the quotes.
 */
function execArgument(argument: string, quote: boolean): string {
  const text = argument.replaceAll('%', '%%')
  if (!quote && text !== '' && !RESERVED.test(text)) return text
  return `"${text.replace(/["`$\\]/g, '\\$&')}"`
}

/**
 * The Exec value as written in the file: Exec is a string key, whose escapes (`\\` for a backslash) a reader
 * undoes before the quoting, so every backslash of the quoted command line is doubled once more.
 */
export function execValue(executable: string, args: readonly string[]): string {
  const problem = execPathProblem(executable)
  if (problem) throw new Error(`Cannot write the autostart entry: ${problem}`)
  if (args.some((argument) => CONTROL.test(argument) || LONE_SURROGATE.test(argument))) {
    throw new Error(
      'Cannot write the autostart entry: an argument contains a control character or is not valid Unicode'
    )
  }
  // The executable is always quoted, whatever it holds; the arguments only when they need it.
  return [execArgument(executable, true), ...args.map((argument) => execArgument(argument, false))]
    .join(' ')
    .replaceAll('\\', '\\\\')
}

/** A desktop entry per the XDG autostart spec that starts `executable` hidden in the tray. */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Study Planner',
    'Comment=Study reminders',
    `Exec=${execValue(executable, [HIDDEN_LAUNCH_ARG])}`,
    'Icon=study-planner',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    ''
  ].join('\n')
}

export async function setLaunchAtLogin(enabled: boolean, target: LaunchAtLoginTarget): Promise<void> {
  if (target.platform !== 'linux') {
    target.app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true, args: [HIDDEN_LAUNCH_ARG] })
    return
  }
  const dir = join(target.xdgConfigHome, 'autostart')
  const file = join(dir, AUTOSTART_FILE)
  if (!enabled) {
    await rm(file, { force: true })
    return
  }
  // Built before anything is written, so a path that cannot be named leaves the folder as it was.
  const entry = autostartEntry(target.executable)
  await mkdir(dir, { recursive: true })
  await writeFileAtomic(file, entry)
}
