// The server address a learner types: a URL, and HTTPS unless the server is this machine (issue 21).
import { isIP } from 'node:net'
import type { CalDavResult } from './caldavErrors'

/** Whether `hostname` (as URL#hostname gives it, IPv6 in brackets) names this machine: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (isIP(host) === 4) return host.split('.')[0] === '127'
  if (isIP(host) === 6) return host === '::1' || host.startsWith('::ffff:127.') || /^::ffff:7f[0-9a-f]{2}:/.test(host)
  return false
}

/**
 * The server URL to use, or why not: it must parse as http(s) without credentials in it, and be https unless its
 * host is a loopback address. Checked before any request is made.
 */
export function checkServerUrl(text: string): CalDavResult<URL> {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return { ok: false, error: { kind: 'invalid-url' } }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: { kind: 'invalid-url' } }
  // Credentials belong in the account's fields (kept by safeStorage), never in a URL that may be shown or logged.
  if (url.username !== '' || url.password !== '') return { ok: false, error: { kind: 'invalid-url' } }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { ok: false, error: { kind: 'insecure-url' } }
  url.hash = ''
  return { ok: true, value: url }
}
