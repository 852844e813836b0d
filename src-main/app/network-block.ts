import { APP_HOST, APP_SCHEME } from './app-scheme';

export interface NetworkPolicy {
  /** Dev tools load their own pages from `devtools://`; only an unpackaged app has them. */
  readonly allowDevTools: boolean;
  /** electron-vite's dev server (`npm run dev`), a loopback origin such as http://localhost:5173. */
  readonly devOrigin?: string | undefined;
}

export type BeforeRequestListener = (
  details: { readonly url: string },
  callback: (response: { cancel: boolean }) => void,
) => void;

/** The parts of Electron's Session that `blockNetwork` sets; a real Session fits. */
export interface BlockableSession {
  readonly webRequest: { onBeforeRequest(listener: BeforeRequestListener): void };
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: () => boolean): void;
  setSpellCheckerEnabled?(enable: boolean): void;
}

/**
 * Whether a request may leave the renderer. Everything a person writes stays on this computer,
 * so the only things a page may load are the app's own files (`app://mending/`) and inline
 * `data:` images (charts and icons; a data URL never touches the network). http(s), ws(s),
 * file:, ftp:, extensions and every other scheme are cancelled.
 */
export function isAllowedRequestUrl(url: string, policy: NetworkPolicy): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
    case 'data:':
      return true;
    case 'devtools:':
      return policy.allowDevTools;
    case 'http:':
    case 'ws:':
      return policy.devOrigin !== undefined && isDevServerUrl(parsed, policy.devOrigin);
    default:
      return false;
  }
}

function isDevServerUrl(url: URL, devOrigin: string): boolean {
  // Vite's hot reload talks over a websocket to the same host and port as the page.
  return `http://${url.host}` === devOrigin && url.username === '' && url.password === '';
}

/** Cancels every request that would reach the network and refuses every permission a page asks for. */
export function blockNetwork(session: BlockableSession, policy: NetworkPolicy): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, policy) });
  });
  // Camera, microphone, notifications, geolocation, clipboard, USB...: the app needs none of them.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  // Chromium would otherwise download spell-check dictionaries from Google's servers.
  session.setSpellCheckerEnabled?.(false);
}

export interface SessionCreatedSource<S> {
  on(event: 'session-created', listener: (session: S) => void): unknown;
}

/** Applies `harden` to the default session now and to every session created from now on. */
export function applyToEverySession<S>(
  app: SessionCreatedSource<S>,
  defaultSession: S,
  harden: (session: S) => void,
): void {
  harden(defaultSession);
  app.on('session-created', (session) => harden(session));
}
