// Which hosts may receive an account's credentials: its server, and over https the hosts of the same site. iCloud,
// for one, answers at caldav.icloud.com and keeps each account's calendars on a host of its own (p52-caldav.icloud.com).
import { getDomain } from 'tldts'

/**
 * Whether a request to `url` may carry the credentials of the account at `serverOrigin`: the same origin, or both https
 * and the same registrable domain by the Public Suffix List (private suffixes included, so two *.github.io sites or two
 * *.co.uk domains never count as one). IP addresses and loopback hosts match their own origin only.
 */
export function isAccountOrigin(url: URL, serverOrigin: string): boolean {
  if (url.origin === serverOrigin) return true
  const server = new URL(serverOrigin)
  if (url.protocol !== 'https:' || server.protocol !== 'https:') return false
  const site = siteOf(server.hostname)
  return site !== null && siteOf(url.hostname) === site
}

function siteOf(hostname: string): string | null {
  return getDomain(hostname, { allowPrivateDomains: true, extractHostname: false, validateHostname: true })
}
