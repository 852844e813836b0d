import { describe, expect, it } from 'vitest';
import {
  applyToEverySession,
  blockNetwork,
  type BeforeRequestListener,
  type BlockableSession,
  type NetworkPolicy,
} from '../../src-main/app/network-block';

type PermissionRequestHandler = Parameters<BlockableSession['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<BlockableSession['setPermissionCheckHandler']>[0];

interface FakeSession extends BlockableSession {
  /** Asks the session's request filter about a URL, as Chromium would; true when cancelled. */
  isCancelled(url: string): boolean;
  requestPermission(permission: string): boolean | undefined;
  checkPermission(permission: string): boolean | undefined;
  checkDevice(): boolean | undefined;
  spellChecker: boolean;
}

function fakeSession(): FakeSession {
  let onRequest: BeforeRequestListener | undefined;
  let onPermissionRequest: PermissionRequestHandler | undefined;
  let onPermissionCheck: PermissionCheckHandler | undefined;
  let onDevice: (() => boolean) | undefined;
  const session: FakeSession = {
    spellChecker: true,
    webRequest: {
      onBeforeRequest(listener) {
        onRequest = listener;
      },
    },
    setPermissionRequestHandler(handler) {
      onPermissionRequest = handler;
    },
    setPermissionCheckHandler(handler) {
      onPermissionCheck = handler;
    },
    setDevicePermissionHandler(handler) {
      onDevice = handler;
    },
    setSpellCheckerEnabled(enable) {
      session.spellChecker = enable;
    },
    isCancelled(url) {
      if (!onRequest) return false;
      let cancel: boolean | undefined;
      onRequest({ url }, (response) => {
        cancel = response.cancel;
      });
      if (cancel === undefined) throw new Error('the request filter never answered');
      return cancel;
    },
    requestPermission(permission) {
      let granted: boolean | undefined;
      onPermissionRequest?.({}, permission, (answer) => {
        granted = answer;
      });
      return granted;
    },
    checkPermission(permission) {
      return onPermissionCheck?.({}, permission);
    },
    checkDevice() {
      return onDevice?.();
    },
  };
  return session;
}

const packaged: NetworkPolicy = { allowDevTools: false };

describe('blockNetwork', () => {
  it.each([
    'https://example.com/',
    'http://example.com/tracker.gif',
    'http://localhost:5173/',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'chrome-extension://abcdef/background.js',
    'devtools://devtools/bundled/inspector.html',
    'app://evil/index.html',
    'app://user@mending/index.html',
    'blob:https://example.com/123',
    'not a url',
  ])('cancels %s', (url) => {
    const session = fakeSession();
    blockNetwork(session, packaged);
    expect(session.isCancelled(url)).toBe(true);
  });

  it.each([
    'app://mending/index.html',
    'app://mending/assets/index-abc.js',
    'data:image/png;base64,AAAA',
  ])('lets the app load %s', (url) => {
    const session = fakeSession();
    blockNetwork(session, packaged);
    expect(session.isCancelled(url)).toBe(false);
  });

  it('lets dev tools load their own pages only when dev tools are allowed', () => {
    const session = fakeSession();
    blockNetwork(session, { allowDevTools: true });
    expect(session.isCancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(session.isCancelled('https://example.com/')).toBe(true);
  });

  it('in dev, reaches only the dev server (page and hot-reload socket)', () => {
    const session = fakeSession();
    blockNetwork(session, { allowDevTools: true, devOrigin: 'http://localhost:5173' });
    expect(session.isCancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(session.isCancelled('ws://localhost:5173/')).toBe(false);
    expect(session.isCancelled('http://localhost:5174/')).toBe(true);
    expect(session.isCancelled('http://localhost.evil.com:5173/')).toBe(true);
    expect(session.isCancelled('https://localhost:5173/')).toBe(true);
    expect(session.isCancelled('https://example.com/')).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'refuses the %s permission, asked or checked',
    (permission) => {
      const session = fakeSession();
      blockNetwork(session, packaged);
      expect(session.requestPermission(permission)).toBe(false);
      expect(session.checkPermission(permission)).toBe(false);
    },
  );

  it('refuses every device and turns the spell checker off', () => {
    const session = fakeSession();
    blockNetwork(session, packaged);
    expect(session.checkDevice()).toBe(false);
    expect(session.spellChecker).toBe(false);
  });

  it('still blocks a session that lacks the optional setters', () => {
    const full = fakeSession();
    const {
      setDevicePermissionHandler: _device,
      setSpellCheckerEnabled: _spell,
      ...minimal
    } = full;
    expect(() => blockNetwork(minimal, packaged)).not.toThrow();
    expect(full.isCancelled('https://example.com/')).toBe(true);
  });
});

describe('applyToEverySession', () => {
  it('blocks the default session now and every session created later', () => {
    const listeners: ((session: FakeSession) => void)[] = [];
    const app = {
      on(event: 'session-created', listener: (session: FakeSession) => void) {
        expect(event).toBe('session-created');
        listeners.push(listener);
      },
    };
    const defaultSession = fakeSession();
    applyToEverySession(app, defaultSession, (s) => blockNetwork(s, packaged));
    expect(defaultSession.isCancelled('https://example.com/')).toBe(true);

    const later = fakeSession();
    expect(later.isCancelled('https://example.com/')).toBe(false);
    for (const listener of listeners) listener(later);
    expect(later.isCancelled('https://example.com/')).toBe(true);
    expect(later.requestPermission('media')).toBe(false);
  });
});
