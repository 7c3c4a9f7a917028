// Which links may leave the app for the system browser, and the one door they leave through.
import type { Shell } from 'electron'
import { hostReadsAsParsed, isDeceptiveHostname } from './hostSpoofing'
import { isCleanUrlText, tryParseUrl } from './urlText'

const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const IPV4_LITERAL = /^\d{1,3}(\.\d{1,3}){3}$/
const MAX_HOSTNAME_LENGTH = 253

// Names that resolve on the machine or its local network, never on the public internet: loopback (RFC 6761),
// mDNS (.local), the home network (RFC 8375) and the suffixes routers and intranets use.
const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'internal',
  'intranet',
  'lan',
  'home',
  'home.arpa',
  'corp',
  'private'
]

// A public DNS name: at least two labels, letters/digits/hyphens only (IDN arrives here as xn-- punycode because
// the hostname has already been through the URL parser), and not an IP literal, a bare intranet name or a local one.
function isPublicHostname(hostname: string): boolean {
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname
  if (name.length === 0 || name.length > MAX_HOSTNAME_LENGTH) return false
  if (name.startsWith('[') || IPV4_LITERAL.test(name)) return false
  const labels = name.split('.')
  if (labels.length < 2) return false
  const topLevel = labels[labels.length - 1] ?? ''
  // An all-digit last label means the parser read the host as a number-ish IPv4 form; no real TLD is numeric.
  const local = LOCAL_SUFFIXES.some((suffix) => name.endsWith(`.${suffix}`))
  return labels.every((label) => DNS_LABEL.test(label)) && !/^\d+$/.test(topLevel) && !local
}

const HTTPS_PREFIX = 'https://'

// The raw authority must itself look canonical: no extra slash ('https:///evil') and no '@' at all, so userinfo
// tricks are refused even in spellings the parser would quietly discard.
function rawAuthority(raw: string): string {
  return raw.slice(HTTPS_PREFIX.length).split(/[/?#]/, 1)[0] ?? ''
}

function hasPlainAuthority(raw: string): boolean {
  const authority = rawAuthority(raw)
  return authority.length > 0 && !authority.includes('@')
}

/**
 * The normalised https URL to hand to the OS, or null when `raw` is not safe to open: only https, written
 * canonically ('https://' exactly, lower case, no whitespace, control characters or backslashes), no userinfo,
 * a public DNS hostname that is written as it opens (no U+3002-style dots the parser turns into '.') and does not
 * pass for another (see hostSpoofing.ts). The parser's normalised href is returned so the OS never sees the raw
 * text (an IDN host goes out as its xn-- form).
 */
export function parseSafeExternalUrl(raw: unknown): string | null {
  if (!isCleanUrlText(raw) || !raw.startsWith(HTTPS_PREFIX) || !hasPlainAuthority(raw)) return null
  const url = tryParseUrl(raw)
  if (!url || url.protocol !== 'https:') return null
  if (url.username !== '' || url.password !== '') return null
  if (!isPublicHostname(url.hostname)) return null
  if (!hostReadsAsParsed(rawAuthority(raw).replace(/:\d*$/, ''), url.hostname) || isDeceptiveHostname(url.hostname))
    return null
  return url.href
}

/** True when `raw` may be opened in the system browser. */
export function isSafeExternalUrl(raw: unknown): boolean {
  return parseSafeExternalUrl(raw) !== null
}

/** The part of Electron's `shell` this module needs. */
export type ExternalOpener = Pick<Shell, 'openExternal'>

/**
 * Opens `raw` in the system browser when it is safe; resolves to whether it was opened. Never throws: a refused
 * or failed link is reported as false so callers (IPC handlers, window-open handler) cannot crash main.
 */
export async function openExternalSafely(raw: unknown, shell: ExternalOpener): Promise<boolean> {
  const href = parseSafeExternalUrl(raw)
  if (href === null) return false
  try {
    await shell.openExternal(href)
    return true
  } catch {
    return false
  }
}
