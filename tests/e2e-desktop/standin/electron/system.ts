// powerMonitor, screen, shell and dialog: the OS parts main asks about or hands things to.
import { EventEmitter } from 'node:events'
import { requireReady, type StandinContext } from './context'

/** One 1920x1080 display with a 40 px panel at the bottom. */
const DISPLAY = {
  id: 1,
  label: 'Stand-in display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1040 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
  monochrome: false,
  touchSupport: 'unknown',
  accelerometerSupport: 'unknown',
  colorDepth: 24,
  colorSpace: '',
  depthPerComponent: 8,
  displayFrequency: 60
} as const

export function createSystemModules(context: StandinContext) {
  const powerMonitor = Object.assign(new EventEmitter(), {
    getSystemIdleState: () => 'active',
    getSystemIdleTime: () => 0,
    isOnBatteryPower: () => false
  })
  const screen = Object.assign(new EventEmitter(), {
    getPrimaryDisplay: () => {
      requireReady(context, 'screen')
      return structuredClone(DISPLAY)
    },
    getAllDisplays: () => {
      requireReady(context, 'screen')
      return [structuredClone(DISPLAY)]
    }
  })
  const opened: string[] = []
  const shell = {
    opened,
    openExternal: (url: string) => {
      opened.push(url)
      context.journal.record('shell.openExternal', { url })
      return Promise.resolve()
    },
    openPath: (path: string) => {
      context.journal.record('shell.openPath', { path })
      return Promise.resolve('')
    },
    showItemInFolder: (path: string) => context.journal.record('shell.showItemInFolder', { path })
  }
  const dialog = {
    showErrorBox: (title: string, content: string) => context.journal.record('dialog.showErrorBox', { title, content })
  }
  return { powerMonitor, screen, shell, dialog, safeStorage: createSafeStorage(context) }
}

/** Set to 'basic_text' to play a Linux desktop without a keychain (safeStorage then only obscures). */
export const SAFE_STORAGE_BACKEND_ENV = 'STANDIN_SAFE_STORAGE_BACKEND'
const SEALED = 'stand-in-sealed:'

/**
 * safeStorage as Electron has it after ready: strings sealed into Buffers only this "keychain" opens. Sealing is a
 * reversible encoding marked as sealed, so a test can tell a sealed password from a plain one in main's files.
 */
function createSafeStorage(context: StandinContext) {
  const backend = process.env[SAFE_STORAGE_BACKEND_ENV] ?? 'gnome_libsecret'
  return {
    isEncryptionAvailable: () => {
      requireReady(context, 'safeStorage')
      return true
    },
    getSelectedStorageBackend: () => backend,
    encryptString: (plainText: string) => {
      requireReady(context, 'safeStorage')
      context.journal.record('safeStorage.encryptString', {})
      return Buffer.from(SEALED + Buffer.from(plainText, 'utf8').toString('hex'), 'utf8')
    },
    decryptString: (encrypted: Buffer) => {
      requireReady(context, 'safeStorage')
      const text = encrypted.toString('utf8')
      if (!text.startsWith(SEALED))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      return Buffer.from(text.slice(SEALED.length), 'hex').toString('utf8')
    }
  }
}
