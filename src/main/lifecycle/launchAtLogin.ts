// Starts the app at login: the OS login items on macOS and Windows, an XDG autostart entry on Linux.
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
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
  /** The command that starts the app (process.execPath, or the AppImage path when running from one). */
  readonly executable: string
}

/** The argument that tells a login launch to start in the tray instead of showing the window. */
export const HIDDEN_LAUNCH_ARG = '--hidden'

/** A desktop entry per the XDG autostart spec; the path is quoted so spaces survive. */
export function autostartEntry(executable: string): string {
  const quoted = `"${executable.replace(/(["`$\\])/g, '\\$1')}"`
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Study Planner',
    'Comment=Study reminders',
    `Exec=${quoted} ${HIDDEN_LAUNCH_ARG}`,
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
  await mkdir(dir, { recursive: true })
  await writeFileAtomic(file, autostartEntry(target.executable))
}
