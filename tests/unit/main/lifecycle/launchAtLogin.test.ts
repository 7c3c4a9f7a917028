// Launch at login uses the OS login items on macOS and Windows and an XDG autostart file on Linux, whose Exec line
// names exactly the app, whatever its path, and can never grow a key of its own.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  AUTOSTART_FILE,
  autostartEntry,
  execPathProblem,
  loginExecutable,
  setLaunchAtLogin,
  type LoginItemApp
} from '../../../../src/main/lifecycle/launchAtLogin'
import { cases } from '../../../support/fuzz'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

function target(platform: NodeJS.Platform, executable = '/opt/Study Planner/study-planner') {
  const xdgConfigHome = tempDir('xdg-')
  const settings: unknown[] = []
  const app: LoginItemApp = { setLoginItemSettings: (value) => void settings.push(value) }
  return { platform, app, xdgConfigHome, executable, settings }
}

const EXPECTED_KEYS = ['Type', 'Name', 'Comment', 'Exec', 'Icon', 'Terminal', 'X-GNOME-Autostart-enabled']
const STRING_ESCAPES: Record<string, string> = { s: ' ', n: '\n', t: '\t', r: '\r', '\\': '\\' }
const QUOTED_ESCAPES = new Set(['"', '`', '$', '\\'])
const RESERVED_OUTSIDE_QUOTES = new Set(' \t\n"\'\\><~|&;$*?#()`')

/** Undoes a string value's escapes (Desktop Entry spec, "Possible value types"); any other escape is an error. */
function unescapeString(value: string): string {
  let out = ''
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '\\') {
      out += value[i]
      continue
    }
    const replacement = STRING_ESCAPES[value[i + 1] ?? '']
    if (replacement === undefined) throw new Error(`unknown string escape \\${value[i + 1] ?? ''}`)
    out += replacement
    i++
  }
  return out
}

/** Splits an unescaped Exec command line into arguments, undoing the quoting (spec, "The Exec key"). */
function splitExec(command: string): string[] {
  const args: string[] = []
  let current: string | null = null
  for (let i = 0; i < command.length; i++) {
    const char = command[i]!
    if (char === ' ') {
      if (current !== null) args.push(current)
      current = null
    } else if (char === '"') {
      current ??= ''
      for (i++; command[i] !== '"'; i++) {
        if (i >= command.length) throw new Error('unterminated quote')
        if (command[i] === '\\') {
          const next = command[i + 1] ?? ''
          if (!QUOTED_ESCAPES.has(next)) throw new Error(`invalid escape \\${next} inside quotes`)
          i++
        }
        current += command[i]
      }
      if (command[i + 1] !== undefined && command[i + 1] !== ' ') throw new Error('a quoted argument must be whole')
    } else {
      if (RESERVED_OUTSIDE_QUOTES.has(char))
        throw new Error(`reserved character ${JSON.stringify(char)} outside quotes`)
      current = (current ?? '') + char
    }
  }
  if (current !== null) args.push(current)
  return args
}

/** Expands `%%` to `%`; any other `%` would be a field code, which our entry never has. */
function expandFieldCodes(argument: string): string {
  return argument.replace(/%(.?)/gs, (_match, next: string) => {
    if (next !== '%') throw new Error(`field code %${next} in an argument`)
    return '%'
  })
}

/** Reads an autostart entry the way the spec says: its keys, and the argv its Exec line starts. */
function parseEntry(text: string): { keys: string[]; argv: string[] } {
  const lines = text.split('\n')
  expect(lines.shift()).toBe('[Desktop Entry]')
  expect(lines.pop()).toBe('')
  const entries = lines.map((line) => {
    const match = /^([A-Za-z0-9-]+)=(.*)$/s.exec(line)
    if (!match) throw new Error(`not a key line: ${JSON.stringify(line)}`)
    return [match[1]!, match[2]!] as const
  })
  const exec = entries.find(([key]) => key === 'Exec')?.[1] ?? ''
  return { keys: entries.map(([key]) => key), argv: splitExec(unescapeString(exec)).map(expandFieldCodes) }
}

/** 'refused or exact' when the entry for `executable` is refused (for a reason) or parses back to exactly it. */
function outcome(executable: string): string {
  let entry: string
  try {
    entry = autostartEntry(executable)
  } catch {
    return execPathProblem(executable) === null ? 'refused for no reason' : 'refused or exact'
  }
  const { keys, argv } = parseEntry(entry)
  if (JSON.stringify(keys) !== JSON.stringify(EXPECTED_KEYS)) return `keys ${keys.join(',')}`
  return JSON.stringify(argv) === JSON.stringify([executable, '--hidden'])
    ? 'refused or exact'
    : `argv ${JSON.stringify(argv)}`
}

/** A fake AppImage: the .AppImage file, and its contents as the runtime mounts them, with the app inside. */
function appImage() {
  const root = tempDir('appimage-')
  const file = join(root, 'Study Planner.AppImage')
  writeFileSync(file, 'ELF')
  chmodSync(file, 0o755)
  const mount = join(root, '.mount_Study')
  mkdirSync(mount)
  const execPath = join(mount, 'study-planner')
  writeFileSync(execPath, 'ELF')
  return { root, file, mount, execPath }
}

describe('setLaunchAtLogin', () => {
  it('writes and removes an XDG autostart entry on Linux', async () => {
    const linux = target('linux')
    const file = join(linux.xdgConfigHome, 'autostart', AUTOSTART_FILE)
    await setLaunchAtLogin(true, linux)
    const entry = readFileSync(file, 'utf8')
    expect(entry).toContain('Exec="/opt/Study Planner/study-planner" --hidden\n')
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

  it('refuses a path with a line break, writing nothing, so it cannot add a key', async () => {
    const linux = target('linux', '/opt/app\nExec=/tmp/evil\nX-Extra=1')
    await expect(setLaunchAtLogin(true, linux)).rejects.toThrow(/control character/)
    expect(existsSync(join(linux.xdgConfigHome, 'autostart'))).toBe(false)
  })
})

describe('autostartEntry', () => {
  it('escapes per the spec: quoting escapes inside the argument, then the string escape of each backslash, and %%', () => {
    // Quoted: "/home/a\"b/\$x/\`c\`/d\\e/50%%"; as a string value every backslash is doubled once more.
    expect(autostartEntry('/home/a"b/$x/`c`/d\\e/50%')).toContain(
      'Exec="/home/a\\\\"b/\\\\$x/\\\\`c\\\\`/d\\\\\\\\e/50%%" --hidden\n'
    )
  })

  it.each([
    ['line feed', '/opt/app\nX-Injected=true'],
    ['carriage return', '/opt/app\rX-Injected=true'],
    ['NUL', '/opt/app\u0000'],
    ['tab', '/opt/a\tb'],
    ['C1 next line', '/opt/a\u0085b'],
    ['relative', 'study-planner'],
    ['equals sign', '/opt/a=b/app'],
    ['lone surrogate', '/opt/\uD800/app']
  ])('refuses a path with a %s', (_what, path) => {
    expect(execPathProblem(path)).not.toBeNull()
    expect(() => autostartEntry(path)).toThrow(/Cannot write the autostart entry/)
  })

  it('for any absolute path it can name, the entry parses back to exactly that path as argv[0], and no other key', () => {
    const tricky = fc.constantFrom(
      ...'"`$\\%\' ><~|&;*?#()[]{}!^\u00e9\u4e2d\ud83d\ude00'.split(''),
      '\ud83d\ude00',
      '%%',
      '\\\\',
      '\\"',
      '%u',
      '$(id)',
      '\\n',
      '\\s'
    )
    const segment = fc
      .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 8 })
      .map((parts) => parts.join(''))
    const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => `/${segments.join('/')}`)
    fc.assert(
      fc.property(path, (executable) => {
        fc.pre(execPathProblem(executable) === null)
        const { keys, argv } = parseEntry(autostartEntry(executable))
        expect(keys).toEqual(EXPECTED_KEYS)
        expect(argv).toEqual([executable, '--hidden'])
      }),
      { numRuns: cases(3000) }
    )
  })

  it('for any path at all, it either refuses or writes exactly the expected keys', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).map((text) => `/${text}`),
        (executable) => {
          expect(outcome(executable)).toBe('refused or exact')
        }
      ),
      { numRuns: cases(3000) }
    )
  })
})

describe('loginExecutable', () => {
  it('starts the AppImage file when this executable runs from inside its mount', async () => {
    const { file, mount, execPath } = appImage()
    await expect(loginExecutable({ APPIMAGE: file, APPDIR: mount }, execPath)).resolves.toBe(file)
  })

  it('resolves symlinks in APPIMAGE, so the entry names the real file', async () => {
    const { root, file, mount, execPath } = appImage()
    const link = join(root, 'planner-link')
    symlinkSync(file, link)
    await expect(loginExecutable({ APPIMAGE: link, APPDIR: mount }, execPath)).resolves.toBe(file)
  })

  it('ignores an APPIMAGE inherited from another AppImage: this executable is not inside that APPDIR', async () => {
    const other = appImage()
    const installed = join(tempDir('opt-'), 'study-planner')
    writeFileSync(installed, 'ELF')
    await expect(loginExecutable({ APPIMAGE: other.file, APPDIR: other.mount }, installed)).resolves.toBe(installed)
  })

  it('ignores APPDIR lookalikes: a sibling folder whose name starts with the mount path', async () => {
    const { root, file, mount } = appImage()
    mkdirSync(`${mount}-evil`)
    const outside = join(`${mount}-evil`, 'study-planner')
    writeFileSync(outside, 'ELF')
    expect(outside.startsWith(mount)).toBe(true)
    await expect(loginExecutable({ APPIMAGE: file, APPDIR: mount }, outside)).resolves.toBe(outside)
    await expect(loginExecutable({ APPIMAGE: file, APPDIR: root }, mount)).resolves.toBe(file)
  })

  it.each([
    ['no APPIMAGE', (a: ReturnType<typeof appImage>) => ({ APPDIR: a.mount })],
    ['no APPDIR', (a: ReturnType<typeof appImage>) => ({ APPIMAGE: a.file })],
    [
      'a missing file',
      (a: ReturnType<typeof appImage>) => ({ APPIMAGE: join(a.root, 'gone.AppImage'), APPDIR: a.mount })
    ],
    ['a folder', (a: ReturnType<typeof appImage>) => ({ APPIMAGE: a.mount, APPDIR: a.mount })],
    ['a relative path', () => ({ APPIMAGE: 'Study Planner.AppImage', APPDIR: '.mount_Study' })],
    ['an empty value', (a: ReturnType<typeof appImage>) => ({ APPIMAGE: '', APPDIR: a.mount })],
    ['a missing APPDIR', (a: ReturnType<typeof appImage>) => ({ APPIMAGE: a.file, APPDIR: join(a.root, 'gone') })]
  ])('uses process.execPath when APPIMAGE is %s', async (_what, env) => {
    const image = appImage()
    await expect(loginExecutable(env(image), image.execPath)).resolves.toBe(image.execPath)
  })

  it('uses process.execPath outside any AppImage', async () => {
    await expect(loginExecutable({}, '/opt/Study Planner/study-planner')).resolves.toBe(
      '/opt/Study Planner/study-planner'
    )
  })
})
