// The browser platform opens only https links, as the desktop app does, and offers no backup restore would refuse.
import { describe, expect, it } from 'vitest'
import { MAX_BACKUP_TEXT_LENGTH, SAVE_BACKUP_ERRORS } from '../../../../src/shared/ipc/contract'
import { createBrowserPlatform } from '../../../../src/renderer/src/platform/browserPlatform'

function fakeWindow() {
  const opened: unknown[][] = []
  const win = { open: (...args: unknown[]) => void opened.push(args) } as unknown as Window
  return { win, opened }
}

describe('browserPlatform.openExternal', () => {
  it('opens an https link in a new tab without an opener', async () => {
    const { win, opened } = fakeWindow()
    await expect(createBrowserPlatform(win).openExternal('https://pytorch.org/tutorials/')).resolves.toBe(true)
    expect(opened).toEqual([['https://pytorch.org/tutorials/', '_blank', 'noopener,noreferrer']])
  })

  it.each(['http://example.org', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url'])(
    'refuses %s',
    async (url) => {
      const { win, opened } = fakeWindow()
      await expect(createBrowserPlatform(win).openExternal(url)).resolves.toBe(false)
      expect(opened).toEqual([])
    }
  )
})

describe('browserPlatform.getAppInfo', () => {
  it.each([
    ['granted', 'available'],
    ['denied', 'denied'],
    ['default', 'not-asked']
  ] as const)('reports the site permission %s as notifications %s', async (permission, status) => {
    const win = { Notification: { permission } } as unknown as Window
    await expect(createBrowserPlatform(win).getAppInfo()).resolves.toMatchObject({
      platform: 'browser',
      notifications: status
    })
  })

  it('reports notifications unsupported where the browser has no Notification API', async () => {
    await expect(createBrowserPlatform(fakeWindow().win).getAppInfo()).resolves.toMatchObject({
      notifications: 'unsupported'
    })
  })
})

describe('browserPlatform.saveBackup', () => {
  it('offers no download of a backup over the limit restore accepts, and says it is too large', async () => {
    let created = 0
    const win = {
      document: { createElement: () => ((created += 1), { click() {} }) },
      setTimeout: () => 0
    } as unknown as Window
    const text = 'x'.repeat(MAX_BACKUP_TEXT_LENGTH + 1)
    await expect(createBrowserPlatform(win).saveBackup('manual', text)).resolves.toEqual({
      ok: false,
      error: SAVE_BACKUP_ERRORS.tooLarge
    })
    expect(created).toBe(0)
  })
})
