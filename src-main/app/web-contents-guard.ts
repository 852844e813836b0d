import { APP_ORIGIN } from './app-scheme';
import { isAppIndexUrl } from './origins';

export interface NavigationEvent {
  readonly url: string;
  /** Given with `will-frame-navigate`: false when a frame inside the page navigates. */
  readonly isMainFrame?: boolean;
  preventDefault(): void;
}

/** The parts of Electron's WebContents that the guard uses; a real WebContents fits. */
export interface GuardableWebContents {
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * Keeps a page of ours where it is: no new windows (a link never opens a browser either: nothing
 * here calls shell.openExternal), no navigation or redirect away from the app's index, no webviews.
 * A page that somehow loaded foreign content could otherwise take the preload's bridge with it.
 */
export function guardWebContents(
  contents: GuardableWebContents,
  origins: readonly string[] = [APP_ORIGIN],
): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInApp = (event: NavigationEvent): void => {
    if (!isAppIndexUrl(event.url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-frame-navigate', (event) => {
    // The Report screen previews the report in a sandboxed frame whose document the page itself
    // supplies (`srcdoc`): nothing is requested, and the frame gets no preload and no scripts.
    if (event.isMainFrame === false && event.url === 'about:srcdoc') return;
    stayInApp(event);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface WebContentsCreatedSource<C> {
  on(event: 'web-contents-created', listener: (event: unknown, contents: C) => void): unknown;
}

/** Guards every web contents the app ever creates (windows, dev tools, anything added later). */
export function guardAllWebContents<C extends GuardableWebContents>(
  app: WebContentsCreatedSource<C>,
  origins: readonly string[] = [APP_ORIGIN],
): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins));
}
