// Raw-text checks shared by the URL guards: a URL Chromium hands us is canonical, so anything else is an attack.

/** Longest URL any guard accepts; real navigation targets and help links are far shorter. */
export const MAX_URL_LENGTH = 2048

const WHITESPACE = /\s/u

// Control characters, space, any Unicode whitespace and backslashes never appear in a canonical URL. The URL parser
// would silently strip or reinterpret them, which is exactly how lookalikes like ' javascript:' or 'https:/\evil' slip by.
function isSuspiciousCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0
  const isControlOrSpace = code <= 0x20 || (code >= 0x7f && code <= 0x9f)
  return isControlOrSpace || character === '\\' || WHITESPACE.test(character)
}

/** True when `raw` is a string short enough and free of characters that make parsers disagree. */
export function isCleanUrlText(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return false
  return ![...raw].some(isSuspiciousCharacter)
}

/** Parses a URL without throwing; null for anything the WHATWG parser refuses. */
export function tryParseUrl(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}
