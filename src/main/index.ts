// Electron main entry: wiring only. Each piece lives in its own module and is tested in Node.
import { homedir } from 'node:os'
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray
} from 'electron'
import log from 'electron-log/node'
import { createBackupStore } from './backups/backupStore'
import { createCredentialStore } from './caldav/credentialStore'
import { createCalendarSyncService } from './caldav/syncService'
import { createSyncStateFile } from './caldav/syncStore'
import { removeOrphanTempFiles } from './fs/atomicFile'
import { createPlannerHandlers } from './ipc/plannerHandlers'
import { registerInvokeHandlers } from './ipc/registerInvokeHandlers'
import { sendPush } from './ipc/sendPush'
import { finishBeforeQuit } from './lifecycle/finishBeforeQuit'
import { HIDDEN_LAUNCH_ARG, loginExecutable, setLaunchAtLogin } from './lifecycle/launchAtLogin'
import { configureLogging } from './lifecycle/logging'
import { startWhenReady } from './lifecycle/startup'
import { appMenuTemplate } from './menu/appMenu'
import { createDisplayLanguage } from './i18n/displayLanguage'
import { createElectronNotifier } from './notifications/electronNotifier'
import { createDesktopPreferencesStore } from './preferences/desktopPreferences'
import { handleAppProtocol, registerAppScheme } from './protocol/appProtocol'
import { askRendererToSync } from './reminders/askRendererToSync'
import { systemClock, systemScheduler } from './reminders/ports'
import { createReminderService } from './reminders/reminderService'
import { formatTime } from '../shared/format'
import type { Translate } from '../shared/i18n/translator'
import { applyAppIdentity } from './security/appIdentity'
import { APP_ENTRY_URL, appOrigins, isAppUrl } from './security/appOrigin'
import { cspFor, installCspHeader } from './security/csp'
import { devServerUrlFrom } from './security/devServerUrl'
import { openExternalSafely } from './security/externalLinks'
import { guardWebContents } from './security/navigation'
import { denyAllPermissions } from './security/permissions'
import { claimSingleInstance } from './security/singleInstance'
import { createTrayController, type TrayController } from './tray/trayController'
import { mainWindowOptions } from './windows/mainWindow'
import { createMainWindowController } from './windows/mainWindowController'

const resourcesDir = join(__dirname, '../../resources')

applyAppIdentity(app, process.platform)
configureLogging(log, app.getPath('userData'), app.getName())
const devServerUrl = devServerUrlFrom(process.env['ELECTRON_RENDERER_URL'], {
  isPackaged: app.isPackaged,
  warn: (message) => log.warn(message)
})
const allowedOrigins = appOrigins(devServerUrl)
registerAppScheme(protocol)

if (claimSingleInstance(app, () => void windows?.show())) {
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      allowedOrigins,
      shell,
      onBlocked: (kind, url) => log.warn(`Blocked ${kind} to ${url.slice(0, 200)}`)
    })
  )
  void startWhenReady(app, onReady, (message, error) => log.error(message, error))
}

/** Tray labels use the computer's zone: the one its clock shows beside the tray. */

let windows: ReturnType<typeof createMainWindowController> | undefined
let quitting = false
app.on('before-quit', () => (quitting = true))
// Reached only when close-to-tray is off (otherwise closing hides the window): quit, except on macOS by convention.
app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit())

async function onReady(): Promise<void> {
  const userData = app.getPath('userData')
  const csp = cspFor(devServerUrl)
  denyAllPermissions(session.defaultSession)
  installCspHeader(session.defaultSession, { csp, appliesTo: (url) => isAppUrl(url, allowedOrigins) })
  handleAppProtocol(protocol, { rootDir: join(__dirname, '../renderer'), csp })

  // Writes cut short by a crash or power cut leave temporary files that nothing else would ever remove.
  await Promise.all(
    [userData, join(userData, 'reminders'), join(userData, 'backups'), join(userData, 'calendar-sync')].map((dir) =>
      removeOrphanTempFiles(dir).catch((error: unknown) =>
        log.warn(`Could not remove leftover temporary files in ${dir}`, error)
      )
    )
  )
  const preferences = createDesktopPreferencesStore(userData, log)
  await preferences.load()
  let tray: TrayController | undefined
  const mainWindow = createMainWindowController({
    createWindow: (options) => new BrowserWindow(options),
    baseOptions: mainWindowOptions(join(__dirname, '../preload/index.js'), join(resourcesDir, 'icon.png')),
    stateDir: userData,
    workAreas: () => [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
    url: devServerUrl ?? APP_ENTRY_URL,
    closeToTray: () => preferences.get().closeToTray,
    trayAvailable: () => tray?.available ?? false,
    quitting: () => quitting,
    onError: (message, error) => log.error(message, error)
  })
  windows = mainWindow
  const pushToWindow = async (send: (contents: Electron.WebContents) => void) =>
    send((await mainWindow.showLoaded()).webContents)

  const notifier = createElectronNotifier({
    notifications: { isSupported: () => Notification.isSupported(), create: (options) => new Notification(options) },
    openSession: (sessionId) =>
      void pushToWindow((contents) => sessionId && sendPush(contents, 'openSession', { sessionId })),
    fallback: ({ title, body, sessionId }) =>
      void pushToWindow((contents) => sendPush(contents, 'reminderBanner', { title, body, sessionId }))
  })
  const reminders = createReminderService({
    dir: join(userData, 'reminders'),
    // Until the page's first sync names its display locale (with the learner's 12/24-hour choice).
    fallbackLocale: app.getLocale(),
    clock: systemClock,
    notifier,
    logger: log,
    requestResync: askRendererToSync({
      current: () => mainWindow.current(),
      createHidden: () => mainWindow.createHidden(),
      onError: (message, error) => log.error(message, error)
    })
  })
  // Notices, the tray and the menu speak the window's display locale's language, and follow it when a sync changes it.
  const language = createDisplayLanguage({ locale: () => reminders.display().locale, onChange: reminders.onChange })
  tray = createTrayController({
    createTray: () =>
      new Tray(join(resourcesDir, 'tray', process.platform === 'darwin' ? 'trayTemplate.png' : 'tray-32.png')),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    reminders,
    formatTime: (instant) => {
      const { zone, locale } = reminders.display()
      return formatTime(instant, zone, locale)
    },
    canSnooze: () => reminders.canSnoozeLatest(),
    language,
    onError: (error) => log.warn('No tray on this desktop', error),
    actions: {
      open: () => void mainWindow.show(),
      startNextSession: () => {
        const next = reminders.next()
        if (next)
          void pushToWindow((contents) => sendPush(contents, 'openSession', { sessionId: next.reminder.sessionId }))
      },
      snooze: (minutes) => void reminders.snoozeLatest(minutes),
      pause: (choice) => void reminders.pauseFor(choice),
      resume: () => reminders.resume(),
      quit: () => app.quit()
    }
  })
  const setAppMenu = (t: Translate) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate(
          process.platform,
          {
            showScreen: (screenId) =>
              void pushToWindow((contents) => sendPush(contents, 'showScreen', { screen: screenId }))
          },
          t
        )
      )
    )
  setAppMenu(language.t())
  language.onChange(setAppMenu)

  // Credentials and requests stay in main: the page's CSP keeps connect-src 'self' (issue 21).
  const calendarSync = createCalendarSyncService({
    credentials: createCredentialStore({ dir: join(userData, 'calendar-sync'), safeStorage, logger: log }),
    stateFile: createSyncStateFile(join(userData, 'calendar-sync'), log),
    fetch: (input, init) => globalThis.fetch(input, init),
    clock: systemClock,
    scheduler: systemScheduler,
    logger: log,
    onStatus: (status) => void sendPush(mainWindow.current()?.webContents ?? null, 'calendarSyncStatus', status)
  })
  await calendarSync.start()

  registerInvokeHandlers(
    ipcMain,
    createPlannerHandlers({
      appInfo: () => ({
        version: app.getVersion(),
        platform: process.platform,
        notifications: Notification.isSupported() ? 'available' : 'unsupported'
      }),
      openExternal: (url) => openExternalSafely(url, shell),
      reminders,
      preferences,
      applyLaunchAtLogin: async (enabled) =>
        setLaunchAtLogin(enabled, {
          platform: process.platform,
          app,
          xdgConfigHome: process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'),
          executable: await loginExecutable(process.env, process.execPath)
        }),
      trayAvailable: () => tray?.available ?? false,
      backups: createBackupStore({ dir: join(userData, 'backups'), clock: systemClock, logger: log }),
      calendarSync
    }),
    { isTrustedSender: (url) => isAppUrl(url, allowedOrigins), logWarning: (message) => log.warn(message) }
  )

  await reminders.start()
  powerMonitor.on('resume', () => {
    reminders.checkNow()
    calendarSync.checkNow()
  })
  powerMonitor.on('unlock-screen', () => reminders.checkNow())
  finishBeforeQuit(app, () => {
    calendarSync.stop()
    return reminders.stop()
  })
  app.on('activate', () => void mainWindow.show())
  // A login launch starts in the tray; the window still loads so the renderer can sync reminders.
  await (process.argv.includes(HIDDEN_LAUNCH_ARG) ? mainWindow.createHidden() : mainWindow.show())
}
