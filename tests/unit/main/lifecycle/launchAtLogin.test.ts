// Launch at login uses the OS login items on macOS and Windows and an XDG autostart file on Linux.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AUTOSTART_FILE, autostartEntry, setLaunchAtLogin, type LoginItemApp } from '../../../../src/main/lifecycle/launchAtLogin'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function target(platform: NodeJS.Platform) {
  const xdgConfigHome = mkdtempSync(join(tmpdir(), 'xdg-'))
  dirs.push(xdgConfigHome)
  const settings: unknown[] = []
  const app: LoginItemApp = { setLoginItemSettings: (value) => void settings.push(value) }
  return { platform, app, xdgConfigHome, executable: '/opt/Study Planner/study-planner', settings }
}

describe('setLaunchAtLogin', () => {
  it('writes and removes an XDG autostart entry on Linux', async () => {
    const linux = target('linux')
    const file = join(linux.xdgConfigHome, 'autostart', AUTOSTART_FILE)
    await setLaunchAtLogin(true, linux)
    const entry = readFileSync(file, 'utf8')
    expect(entry).toContain('Exec="/opt/Study Planner/study-planner" --hidden')
    expect(entry.startsWith('[Desktop Entry]\n')).toBe(true)
    await setLaunchAtLogin(false, linux)
    expect(existsSync(file)).toBe(false)
    expect(linux.settings).toEqual([])
  })

  it.each(['darwin', 'win32'] as const)('uses login item settings on %s', async (platform) => {
    const other = target(platform)
    await setLaunchAtLogin(true, other)
    await setLaunchAtLogin(false, other)
    expect(other.settings).toEqual([
      { openAtLogin: true, openAsHidden: true, args: ['--hidden'] },
      { openAtLogin: false, openAsHidden: true, args: ['--hidden'] }
    ])
    expect(existsSync(join(other.xdgConfigHome, 'autostart'))).toBe(false)
  })

  it('escapes quotes and dollars in the executable path', () => {
    expect(autostartEntry('/home/a"b/$x/app')).toContain('Exec="/home/a\\"b/\\$x/app" --hidden')
  })
})
