import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  session,
} from 'electron';
import { openDatabase } from '../db/open-database';
import { createHandlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { CHANNELS } from '../shared/ipc-channels';
import { APP_SCHEME, createAppFileHandler, privilegedSchemes } from './app-scheme';
import { registerIpc } from './ipc-adapter';
import { applicationMenuTemplate } from './menu';
import { nativeBindingPath } from './native-binding';
import { applyToEverySession, blockNetwork } from './network-block';
import { appEntryUrl, appOrigins, devRendererOrigin, isTrustedSenderUrl } from './origins';
import { claimSingleInstance, focusWindow } from './single-instance';
import { guardAllWebContents } from './web-contents-guard';
import { mainWindowOptions } from './window-options';

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged(privilegedSchemes());
app.enableSandbox();

const devOrigin = devRendererOrigin(process.env, app.isPackaged);
const origins = appOrigins(devOrigin);
let mainWindow: BrowserWindow | undefined;
let db: Database.Database | undefined;

function createMainWindow(): void {
  const window = new BrowserWindow(
    mainWindowOptions(join(__dirname, '../preload/index.cjs'), {
      isPackaged: app.isPackaged,
      prefersDark: nativeTheme.shouldUseDarkColors,
    }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  window.loadURL(appEntryUrl(devOrigin)).catch((error: unknown) => {
    console.error('Mending could not load its page:', error);
  });
}

function start(): void {
  applyToEverySession(app, session.defaultSession, (target) =>
    blockNetwork(target, { allowDevTools: !app.isPackaged, devOrigin }),
  );
  guardAllWebContents(app, origins);
  protocol.handle(APP_SCHEME, createAppFileHandler(join(__dirname, '../renderer')));

  const databasePath = join(app.getPath('userData'), 'mending.sqlite3');
  const nativeBinding = nativeBindingPath(
    app.getAppPath(),
    process.versions,
    process.platform,
    process.arch,
    existsSync,
  );
  try {
    db = openDatabase(databasePath, { nativeBinding });
  } catch (error) {
    // The message is written for people; a stack trace would only frighten them.
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox("Mending couldn't open your data", message);
    app.quit();
    return;
  }

  const router = createRouter({
    handlers: createHandlers({ db, version: app.getVersion(), databasePath }),
    isTrustedSender: (sender) => isTrustedSenderUrl(sender.url, origins),
    onUnexpectedError: (error, channel) =>
      console.error(`Unexpected failure on ${channel}:`, error),
  });
  registerIpc(ipcMain, CHANNELS, router.dispatch);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate(process.platform, { isPackaged: app.isPackaged }),
    ),
  );
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

if (claimSingleInstance(app, () => focusWindow(mainWindow))) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    db?.close();
    db = undefined;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Mending could not start:', error);
      app.quit();
    });
}
