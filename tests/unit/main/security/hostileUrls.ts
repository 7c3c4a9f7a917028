// URLs that neither navigation nor openExternal may ever accept, each labelled with the trick it tries.

export const DEV_SERVER_URL = 'http://localhost:5173'

export const HOSTILE_URLS: ReadonlyArray<readonly [trick: string, url: string]> = [
  ['local file', 'file:///etc/passwd'],
  ['windows file', 'file://C:/Windows/System32/calc.exe'],
  ['UNC path', '\\\\evil.example\\share\\payload.exe'],
  ['javascript', 'javascript:alert(1)'],
  ['mixed-case javascript', 'JaVaScRiPt:alert(document.domain)'],
  ['javascript behind whitespace', ' javascript:alert(1)'],
  ['data html', 'data:text/html,<script>alert(1)</script>'],
  ['data base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['blob on the app origin', 'blob:app://planner/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'],
  ['smb share', 'smb://evil.example/share'],
  ['ftp', 'ftp://evil.example/payload'],
  ['plain http', 'http://example.com/'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['chrome internals', 'chrome://settings'],
  ['devtools', 'devtools://devtools/bundled/inspector.html'],
  ['about:blank', 'about:blank'],
  ['mailto', 'mailto:someone@example.com'],
  ['websocket to dev server', 'ws://localhost:5173/'],
  ['app host as subdomain', 'app://planner.evil.com/index.html'],
  ['app host as userinfo', 'app://planner@evil/index.html'],
  ['other app host', 'app://evil/index.html'],
  ['app host with port', 'app://planner:8080/index.html'],
  ['app without slashes', 'app:planner/index.html'],
  ['loopback lookalike', 'http://127.0.0.1.evil.com/'],
  ['dev server on another port', 'http://localhost:5174/'],
  ['dev server behind userinfo', 'http://localhost:5173@evil.com/'],
  ['https userinfo', 'https://user:pass@example.com/'],
  ['https host as userinfo', 'https://example.com@evil.com/'],
  ['empty userinfo', 'https://@example.com/'],
  ['upper-case https', 'HTTPS://EXAMPLE.COM/'],
  ['https behind whitespace', ' https://example.com/'],
  ['tab inside host', 'https://exa\tmple.com/'],
  ['newline inside path', 'https://example.com/\nfoo'],
  ['NUL inside host', 'https://exam\u0000ple.com/'],
  ['line separator', 'https://example.com\u2028/'],
  ['https without slashes', 'https:evil.com'],
  ['https slash-backslash', 'https:/\\evil.com'],
  ['https backslashes', 'https:\\\\evil.com'],
  ['https triple slash', 'https:///evil.com'],
  ['percent-encoded scheme', '%68ttps://example.com/'],
  ['percent-encoded colon', 'javascript%3Aalert(1)'],
  ['protocol-relative', '//example.com/path'],
  ['IPv6 loopback', 'https://[::1]/'],
  ['IPv4-mapped IPv6', 'https://[::ffff:127.0.0.1]/'],
  ['IPv4 literal', 'https://127.0.0.1/'],
  ['decimal IPv4', 'https://2130706433/'],
  ['hex IPv4', 'https://0x7f.1/'],
  ['bare intranet name', 'https://localhost/'],
  ['very long host', `https://${'a'.repeat(3000)}.com/`],
  ['very long path', `https://example.com/${'a'.repeat(5000)}`],
  ['empty string', ''],
  ['not a URL', 'not a url'],
  ['lone scheme', 'https://']
]

export const GOOD_APP_URLS: readonly string[] = [
  'app://planner/index.html',
  'app://planner/',
  'app://planner/calendar?week=2027-03-01#today',
  'app://planner/assets/index-abc123.js'
]

export const GOOD_EXTERNAL_URLS: readonly string[] = [
  'https://example.com/',
  'https://roadmap.sh/ai-engineer',
  'https://developer.mozilla.org/en-US/docs/Web?lang=en#top',
  'https://docs.example.co.uk:8443/guide',
  'https://exämple.com/'
]
