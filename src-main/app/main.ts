import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { backupIfDue } from '../db/backup';
import type { BackupReason } from '../db/backup-files';
import { openDatabase } from '../db/open-database';
import { freeBytesAt } from '../db/private-file';
import { createHandlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import type { MakeSampleFile } from '../services/sample-data-service';
import { systemTimeZone } from '../shared/calendar';
import { CHANNELS } from '../shared/ipc-channels';
import { APP_SCHEME, createAppFileHandler, privilegedSchemes } from './app-scheme';
import { createClearBrowserData } from './browser-data';
import { createDamageResponder } from './damage-while-running';
import { createFileDialogs } from './file-dialogs';
import { registerIpc, type Dispatch } from './ipc-adapter';
import { applicationMenuTemplate } from './menu';
import { createMenuCommandSender } from './menu-commands';
import { nativeBindingPath } from './native-binding';
import { applyToEverySession, blockNetwork } from './network-block';
import { messageBoxFor, openOrRecover, type RecoveryQuestion } from './open-or-recover';
import { appEntryUrl, appOrigins, devRendererOrigin, isTrustedSenderUrl } from './origins';
import { createPdfPrinter, createPrintDocuments } from './pdf-printer';
import { claimSingleInstance, focusWindow } from './single-instance';
import { guardAllWebContents } from './web-contents-guard';
import { mainWindowOptions, WINDOW_SIZES } from './window-options';
import { openWindowStateFile, WINDOW_STATE_FILE, type WindowStateStore } from './window-state-file';
import { windowIconOptions } from './window-icon';
import { createOffMainThread, type OffMainWorkerData } from './off-main-thread';
import { createOpenFolder } from './open-folder';
import { licenceNoticeFiles } from './licence-notices';
import { createApplyTheme } from './native-theme';
import { createReadyGate, gatedDispatch } from './ready-gate';

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged(privilegedSchemes());
app.enableSandbox();

const devOrigin = devRendererOrigin(process.env, app.isPackaged);
const origins = appOrigins(devOrigin);
let mainWindow: BrowserWindow | undefined;
// Where the window was and the last theme (window-state.json); read once the app is ready.
let windowState: WindowStateStore | undefined;
let db: Database.Database | undefined;
let hasQuit = false;
// The report's hidden print window stays open between reports; it must not outlive the last
// visible window, or on Linux and Windows the app would not quit when that window closes.
let closePrintWindow: (() => Promise<void>) | undefined;

function createMainWindow(): void {
  // Where it was last closed, on a display that is still connected (window-state.ts).
  const placement = windowState?.placement(
    { all: screen.getAllDisplays(), primary: screen.getPrimaryDisplay() },
    WINDOW_SIZES,
  );
  const window = new BrowserWindow({
    ...mainWindowOptions(join(__dirname, '../preload/index.cjs'), {
      isPackaged: app.isPackaged,
      prefersDark: nativeTheme.shouldUseDarkColors,
      ...(placement ? { bounds: placement.bounds } : {}),
    }),
    ...windowIconOptions({
      platform: process.platform,
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
    }),
  });
  if (placement) windowState?.track(window, placement);
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
    closePrintWindow?.().catch((error: unknown) => {
      console.error('Mending could not close its print window:', error);
    });
  });
  window.loadURL(appEntryUrl(devOrigin)).catch((error: unknown) => {
    // Closed while loading (the person chose Quit at a start-up question): nothing went wrong.
    if (window.isDestroyed()) return;
    console.error('Mending could not load its page:', error);
  });
}

/**
 * Asks the person a question (a damaged file, damage found while running) in a native message box
 * in front of the app's window, so it is never hidden behind it: the window opens before the data
 * file is checked, and is shown first if its page has not painted yet.
 */
async function askWithDialog(question: RecoveryQuestion) {
  const box = messageBoxFor(question);
  const parent = mainWindow !== undefined && !mainWindow.isDestroyed() ? mainWindow : undefined;
  if (parent !== undefined && !parent.isVisible()) parent.show();
  const { response } =
    parent === undefined
      ? await dialog.showMessageBox(box.options)
      : await dialog.showMessageBox(parent, box.options);
  return box.choiceAt(response);
}

async function start(): Promise<void> {
  applyToEverySession(app, session.defaultSession, (target) =>
    blockNetwork(target, { allowDevTools: !app.isPackaged, devOrigin }),
  );
  guardAllWebContents(app, origins);
  // Reports being printed are served from memory on the same scheme (see pdf-printer.ts).
  const printDocuments = createPrintDocuments();
  protocol.handle(
    APP_SCHEME,
    printDocuments.wrap(createAppFileHandler(join(__dirname, '../renderer'))),
  );

  windowState = openWindowStateFile(join(app.getPath('userData'), WINDOW_STATE_FILE));
  // The theme chosen last time, until the data file is open and says (so the first frame, and any
  // dialog before the window, is already in the person's colours).
  nativeTheme.themeSource = windowState.theme() ?? 'system';
  const databasePath = join(app.getPath('userData'), 'mending.sqlite3');
  const backupsDir = join(app.getPath('userData'), 'backups');
  // The computer's zone, named once here: backups are "daily" by the day the person lives in.
  const timeZone = systemTimeZone();
  const nativeBinding = nativeBindingPath(
    app.getAppPath(),
    process.versions,
    process.platform,
    process.arch,
    existsSync,
  );
  // Work that grows with the history (the start's damage check, backups, import, report) runs in
  // a worker thread with connections of its own, so the main process never freezes (issue 11).
  const workerData = { databasePath, nativeBinding } satisfies OffMainWorkerData;
  const offMain = createOffMainThread(
    () => new Worker(join(__dirname, 'off-main-worker.js'), { workerData }),
  ).run;

  // The window opens and its page loads now, while the worker checks the file for damage: IPC
  // answers at once, and each request waits at the gate until the router over the open file
  // exists (ready-gate.ts). Nothing that grows with the history stands before the first screen.
  const routerGate = createReadyGate<Dispatch>();
  registerIpc(ipcMain, CHANNELS, gatedDispatch(routerGate));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate(process.platform, {
        isPackaged: app.isPackaged,
        send: createMenuCommandSender(() => mainWindow, createMainWindow),
      }),
    ),
  );
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });

  let opened: Database.Database;
  try {
    // A damaged file is offered the newest good backup; nothing is replaced unless the person agrees.
    const outcome = await openOrRecover({
      databasePath,
      backupsDir,
      timeZone,
      nativeBinding,
      open: async (path) => {
        const isCheckedForDamage = await offMain('checkDataFile', { path });
        return openDatabase(path, { nativeBinding, backupsDir, isCheckedForDamage });
      },
      ask: askWithDialog,
    });
    if (outcome.status === 'quit') {
      routerGate.close('Mending is closing without opening your data.');
      app.quit();
      return;
    }
    opened = outcome.db;
  } catch (error) {
    // The message is written for people; a stack trace would only frighten them.
    const message = error instanceof Error ? error.message : String(error);
    routerGate.close(message);
    dialog.showErrorBox("Mending couldn't open your data", message);
    app.quit();
    return;
  }
  // The window may have been closed (and the app quit) while the file was being checked.
  if (hasQuit) {
    opened.close();
    return;
  }
  db = opened;

  const printPdf = createPdfPrinter({
    openWindow: (options) => new BrowserWindow(options),
    documents: printDocuments,
  });
  closePrintWindow = printPdf.close;
  const files = createFileDialogs(dialog, {
    window: () => mainWindow,
    documentsDir: app.getPath('documents'),
  });
  const context = {
    clearBrowserData: createClearBrowserData(session.defaultSession),
    db: opened,
    version: app.getVersion(),
    databasePath,
    backupsDir,
    printPdf,
    files,
    // "Show data folder": the file manager, through shell.openPath (never a URL).
    openFolder: createOpenFolder(shell),
    // About's licences of the open-source code inside Mending, written by the build beside it.
    licenceNotices: licenceNoticeFiles(__dirname),
    // The person's theme (Settings › Appearance) for the native parts, kept for the next start.
    applyTheme: createApplyTheme(nativeTheme, (theme) => windowState?.rememberTheme(theme)),
    nativeBinding,
    // "Explore with sample data" writes its year of history in the worker, not on this thread.
    makeSampleFile: (async ({ databasePath: path, today, timeZone }) => {
      await offMain('writeSampleFile', { path, today, timeZone });
    }) satisfies MakeSampleFile,
    offMain,
  };
  // Damage found while running: offer a restart, where openOrRecover offers the newest good backup.
  const onDamage = createDamageResponder({
    ask: askWithDialog,
    restart: () => {
      app.relaunch();
      app.quit();
    },
  });
  const router = createRouter({
    handlers: createHandlers(context),
    isTrustedSender: (sender) => isTrustedSenderUrl(sender.url, origins),
    dataDiskFreeBytes: () => freeBytesAt(databasePath),
    onUnexpectedError: (error, channel) => {
      console.error(`Unexpected failure on ${channel}:`, error);
      onDamage(error);
    },
  });
  routerGate.open(router.dispatch);

  // The daily backup is made, synced and checked in the worker thread, in the background.
  // A damaged file is never backed up (DataFileDamagedError), so it never pushes out a good backup.
  const createElsewhere = (reason: BackupReason, now: Date) =>
    offMain('createBackup', { backupsDir, reason, now: now.toISOString() });
  backupIfDue(opened, backupsDir, {
    now: new Date(),
    timeZone,
    nativeBinding,
    createElsewhere,
  }).catch((error: unknown) => {
    console.error('Mending could not make its daily backup:', error);
    onDamage(error);
  });
}

if (claimSingleInstance(app, () => focusWindow(mainWindow))) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    hasQuit = true;
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
