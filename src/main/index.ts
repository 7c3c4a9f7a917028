// Electron main entry: wiring only. Each piece lives in its own module and is tested in Node.
import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, Notification, protocol, session, shell } from 'electron'
import log from 'electron-log/main'
import { registerInvokeHandlers } from './ipc/registerInvokeHandlers'
import { handleAppProtocol, registerAppScheme } from './protocol/appProtocol'
import { applyAppIdentity } from './security/appIdentity'
import { APP_ENTRY_URL, appOrigins, isAppUrl } from './security/appOrigin'
import { cspFor, installCspHeader } from './security/csp'
import { openExternalSafely } from './security/externalLinks'
import { guardWebContents } from './security/navigation'
import { denyAllPermissions } from './security/permissions'
import { claimSingleInstance } from './security/singleInstance'
import { focusWindow, mainWindowOptions } from './windows/mainWindow'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const allowedOrigins = appOrigins(devServerUrl)
let mainWindow: BrowserWindow | null = null

log.initialize()
log.errorHandler.startCatching()
applyAppIdentity(app, process.platform)
registerAppScheme(protocol)

if (claimSingleInstance(app, () => focusWindow(mainWindow))) {
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { allowedOrigins, shell, onBlocked: (kind, url) => log.warn(`Blocked ${kind} to ${url.slice(0, 200)}`) })
  )
  app.whenReady().then(onReady, (error: unknown) => log.error('App failed to start', error))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

function onReady(): void {
  denyAllPermissions(session.defaultSession)
  const csp = cspFor(devServerUrl)
  installCspHeader(session.defaultSession, { csp, appliesTo: (url) => isAppUrl(url, allowedOrigins) })
  handleAppProtocol(protocol, { rootDir: join(__dirname, '../renderer'), csp })
  registerInvokeHandlers(
    ipcMain,
    {
      getAppInfo: () => ({ version: app.getVersion(), platform: process.platform, notificationsSupported: Notification.isSupported() }),
      openExternal: ({ url }) => openExternalSafely(url, shell)
    },
    { isTrustedSender: (url) => isAppUrl(url, allowedOrigins), logWarning: (message) => log.warn(message) }
  )
  createMainWindow()
  app.on('activate', () => (BrowserWindow.getAllWindows().length === 0 ? createMainWindow() : focusWindow(mainWindow)))
}

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js'), iconPath()))
  mainWindow = window
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => log.error('Renderer failed to load', error))
}

function iconPath(): string | undefined {
  return process.platform === 'linux' ? join(__dirname, '../../resources/icon.png') : undefined
}
