// A model of Electron's single-instance lock: a lock file in userData naming the holder's pid, and an inbox folder
// where a refused launch drops its argv for the holder, which raises 'second-instance'. Electron's own lock (a
// socket beside a SingletonLock link) is only exercised by tests/e2e-electron.
import {
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  watch,
  writeFileSync,
  closeSync,
  type FSWatcher
} from 'node:fs'
import { join } from 'node:path'

const LOCK_FILE = 'StandinSingletonLock'
const INBOX_DIR = 'StandinSingletonInbox'

export interface SecondLaunch {
  readonly argv: string[]
  readonly workingDirectory: string
}

export interface InstanceLock {
  /** Stops watching and removes the lock file. */
  release(): void
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function tryCreateLock(path: string): boolean {
  try {
    const fd = openSync(path, 'wx')
    writeFileSync(fd, String(process.pid))
    closeSync(fd)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return false
  }
}

/**
 * Takes the lock for `userData`, synchronously like Electron. Returns the lock, or null after handing this launch's
 * argv to the running holder (written before returning, so quitting at once loses nothing).
 */
export function requestInstanceLock(
  userData: string,
  onSecondLaunch: (launch: SecondLaunch) => void
): InstanceLock | null {
  mkdirSync(join(userData, INBOX_DIR), { recursive: true })
  const lockPath = join(userData, LOCK_FILE)
  if (!tryCreateLock(lockPath)) {
    const holder = Number(readFileSync(lockPath, 'utf8'))
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      const launch: SecondLaunch = { argv: process.argv, workingDirectory: process.cwd() }
      const temp = join(userData, INBOX_DIR, `.${process.pid}.tmp`)
      writeFileSync(temp, JSON.stringify(launch))
      renameSync(temp, join(userData, INBOX_DIR, `${process.pid}.json`))
      return null
    }
    // The holder died without releasing it (a crash or a killed test): the lock is stale.
    rmSync(lockPath, { force: true })
    if (!tryCreateLock(lockPath)) return null
  }

  const inbox = join(userData, INBOX_DIR)
  const drain = () => {
    for (const name of readdirSync(inbox)) {
      if (!name.endsWith('.json')) continue
      const path = join(inbox, name)
      let launch: SecondLaunch
      try {
        launch = JSON.parse(readFileSync(path, 'utf8')) as SecondLaunch
      } catch {
        continue
      }
      rmSync(path, { force: true })
      onSecondLaunch(launch)
    }
  }
  // Launches refused by an earlier holder that is gone were for that holder, not this one.
  for (const name of readdirSync(inbox)) rmSync(join(inbox, name), { force: true })
  const watcher: FSWatcher = watch(inbox, () => drain())
  watcher.unref()
  const release = () => {
    watcher.close()
    if (readFileSync(lockPath, 'utf8') === String(process.pid)) rmSync(lockPath, { force: true })
  }
  process.once('exit', () => {
    try {
      release()
    } catch {
      // Already released, or userData was removed by the test.
    }
  })
  return { release }
}
