import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuardableWebContents, NavigationEvent } from '../../src-main/app/web-contents-guard';

// If the guard ever reached for Electron's shell to open a link in a browser, this spy would see it.
const openExternal = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ shell: { openExternal } }));

const { guardAllWebContents, guardWebContents } =
  await import('../../src-main/app/web-contents-guard');

type GuardEvent = 'will-navigate' | 'will-redirect' | 'will-frame-navigate' | 'will-attach-webview';
type WindowOpenHandler = Parameters<GuardableWebContents['setWindowOpenHandler']>[0];

interface FakeContents extends GuardableWebContents {
  openWindow(url: string): unknown;
  /** Fires a navigation event as Electron would; true when some listener prevented it. */
  emit(event: GuardEvent, url: string, isMainFrame?: boolean): boolean;
}

function fakeContents(): FakeContents {
  let windowOpenHandler: WindowOpenHandler | undefined;
  const listeners = new Map<string, ((event: NavigationEvent) => void)[]>();
  return {
    setWindowOpenHandler(handler) {
      windowOpenHandler = handler;
    },
    on(event: string, listener: (event: NavigationEvent) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    openWindow(url) {
      return windowOpenHandler ? windowOpenHandler({ url }) : { action: 'allow' };
    },
    emit(event, url, isMainFrame) {
      let prevented = false;
      for (const listener of listeners.get(event) ?? []) {
        listener({
          url,
          ...(isMainFrame === undefined ? {} : { isMainFrame }),
          preventDefault: () => (prevented = true),
        });
      }
      return prevented;
    },
  };
}

describe('guardWebContents', () => {
  let contents: FakeContents;

  beforeEach(() => {
    openExternal.mockClear();
    contents = fakeContents();
    guardWebContents(contents);
  });

  it.each([
    'https://example.com/',
    'app://mending/index.html',
    'mailto:someone@example.com',
    'file:///etc/passwd',
  ])('denies window.open(%s) and never opens a browser', (url) => {
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)(
    'prevents %s away from the app',
    (event) => {
      for (const url of [
        'https://example.com/',
        'http://localhost:5173/',
        'file:///home/me/.ssh/id_rsa',
        'app://evil/index.html',
        'app://mending/other.html',
        'app://mending/assets/index-abc.js',
        'javascript:alert(1)',
        'data:text/html,<h1>hi</h1>',
        'about:blank',
      ]) {
        expect(contents.emit(event, url), url).toBe(true);
      }
    },
  );

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)(
    'lets %s go to the app’s own index',
    (event) => {
      for (const url of [
        'app://mending/index.html',
        'app://mending/',
        'app://mending/index.html#/mood',
      ]) {
        expect(contents.emit(event, url), url).toBe(false);
      }
    },
  );

  it('lets a frame inside the page show a document the page supplies (the report preview), and nothing else', () => {
    expect(contents.emit('will-frame-navigate', 'about:srcdoc', false)).toBe(false);
    expect(contents.emit('will-frame-navigate', 'about:srcdoc', true)).toBe(true);
    expect(contents.emit('will-frame-navigate', 'about:srcdoc')).toBe(true);
    expect(contents.emit('will-navigate', 'about:srcdoc')).toBe(true);
    for (const url of ['about:blank', 'https://example.com/', 'data:text/html,<b>x</b>']) {
      expect(contents.emit('will-frame-navigate', url, false), url).toBe(true);
    }
  });

  it('refuses to attach a webview', () => {
    expect(contents.emit('will-attach-webview', 'https://example.com/')).toBe(true);
  });

  it('in dev, also lets the page reload from the dev server, and nowhere else', () => {
    const dev = fakeContents();
    guardWebContents(dev, ['app://mending', 'http://localhost:5173']);
    expect(dev.emit('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(dev.emit('will-navigate', 'http://localhost:5174/')).toBe(true);
    expect(dev.emit('will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('guardAllWebContents', () => {
  it('guards every web contents created from then on', () => {
    const listeners: ((event: unknown, contents: FakeContents) => void)[] = [];
    guardAllWebContents({
      on(
        event: 'web-contents-created',
        listener: (event: unknown, contents: FakeContents) => void,
      ) {
        expect(event).toBe('web-contents-created');
        listeners.push(listener);
      },
    });
    const created = fakeContents();
    expect(created.openWindow('https://example.com/')).toEqual({ action: 'allow' });
    for (const listener of listeners) listener({}, created);
    expect(created.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(created.emit('will-navigate', 'https://example.com/')).toBe(true);
  });
});
