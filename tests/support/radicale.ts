// A real CalDAV server for tests: Debian's Radicale on 127.0.0.1, a free port, a temporary storage folder and
// htpasswd auth. .ci/run installs it; where /usr/bin/radicale is missing, suites skip with RADICALE_SKIP_REASON.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const RADICALE_BINARY = '/usr/bin/radicale'

/** Whether the suites that need Radicale can run here. */
export const radicaleAvailable = existsSync(RADICALE_BINARY)

/** Said by every skipped suite, so a run without Radicale says why (CI always installs it: .ci/run). */
export const RADICALE_SKIP_REASON = `${RADICALE_BINARY} is missing: CalDAV tests need Debian's radicale (apt-get install radicale)`

export interface RadicaleUser {
  readonly name: string
  readonly password: string
}

export interface RadicaleServer {
  /** The server's root, `http://127.0.0.1:<port>/`. */
  readonly url: string
  readonly port: number
  /** The users of its htpasswd file. */
  readonly users: readonly RadicaleUser[]
  /** The storage folder, deleted by stop(). */
  readonly storageFolder: string
  /** Ends the server and deletes its folder. */
  stop(): Promise<void>
  /** Ends the server process but keeps its folder, as a server going down does (nothing answers on the port). */
  kill(): Promise<void>
  /** Starts the server again on the same port and folder (after kill): what it stored is there again. */
  restart(): Promise<void>
}

const START_TIMEOUT_MS = 15_000

/** A TCP port nobody listens on right now (asked of the OS, then released for Radicale). */
async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Radicale exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(1_000) })
      await response.body?.cancel()
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  throw new Error(`Radicale did not answer at ${url} within ${START_TIMEOUT_MS} ms:\n${output()}`)
}

/**
 * Starts Radicale with `users` (plain htpasswd; default one user "learner") on 127.0.0.1. Each user may use only
 * their own collections (owner_only). Waits until it answers HTTP.
 */
export async function startRadicale(
  users: readonly RadicaleUser[] = [{ name: 'learner', password: 'correct horse' }]
): Promise<RadicaleServer> {
  const folder = await mkdtemp(join(process.env['RADICALE_TMP'] ?? tmpdir(), 'radicale-'))
  const port = await freePort()
  const htpasswd = join(folder, 'users')
  await writeFile(htpasswd, users.map((user) => `${user.name}:${user.password}\n`).join(''))
  const config = join(folder, 'config')
  await writeFile(
    config,
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      'max_connections = 20',
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${htpasswd}`,
      'htpasswd_encryption = plain',
      // Radicale waits this long after a wrong password (1 s by default).
      'delay = 0.05',
      '[rights]',
      'type = owner_only',
      '[storage]',
      `filesystem_folder = ${join(folder, 'collections')}`,
      '[web]',
      'type = none',
      '[logging]',
      'level = warning',
      ''
    ].join('\n')
  )
  let output = ''
  const keep = (chunk: Buffer): void => {
    if (output.length < 20_000) output += chunk.toString()
  }
  const launch = () => {
    const started = spawn(RADICALE_BINARY, ['--config', config], { stdio: ['ignore', 'pipe', 'pipe'] })
    started.stdout?.on('data', keep)
    started.stderr?.on('data', keep)
    return started
  }
  let child = launch()
  const url = `http://127.0.0.1:${port}/`
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
  }
  const stop = async (): Promise<void> => {
    await kill()
    await rm(folder, { recursive: true, force: true })
  }
  const restart = async (): Promise<void> => {
    await kill()
    child = launch()
    await waitUntilAnswering(url, child, () => output)
  }
  try {
    await waitUntilAnswering(url, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, port, users, storageFolder: folder, stop, kill, restart }
}

/** What a plain HTTP request of the second client got back. */
export interface PlainAnswer {
  readonly status: number
  readonly etag: string | null
  readonly text: string
}

/**
 * A request as another client (the learner's phone) makes it: plain fetch with `user`'s Basic credentials, never
 * through the code under test.
 */
export async function otherClientRequest(
  user: RadicaleUser,
  method: string,
  url: string,
  init: { readonly body?: string; readonly headers?: Record<string, string> } = {}
): Promise<PlainAnswer> {
  const authorization = `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`
  const response = await fetch(url, {
    method,
    ...(init.body === undefined ? {} : { body: init.body }),
    headers: { authorization, ...init.headers }
  })
  return { status: response.status, etag: response.headers.get('etag'), text: await response.text() }
}
