import { APP_INDEX_URL, APP_ORIGIN } from './app-scheme';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin of electron-vite's dev server (`npm run dev` sets ELECTRON_RENDERER_URL), or
 * undefined. Only an unpackaged app honours it, and only for a loopback http address, so a
 * stray environment variable can never point a shipped app at the network.
 */
export function devRendererOrigin(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || raw === undefined || raw === '') return undefined;
  const url = parse(raw);
  if (url === undefined || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    return undefined;
  }
  return originOf(url);
}

/** Every origin the app's own page may come from: the app scheme, plus the dev server in dev. */
export function appOrigins(devOrigin: string | undefined): readonly string[] {
  return devOrigin === undefined ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
}

/** The first page the window loads. */
export function appEntryUrl(devOrigin: string | undefined): string {
  return devOrigin === undefined ? APP_INDEX_URL : `${devOrigin}/`;
}

/**
 * `scheme://host[:port]`, lower-cased. Not `URL.origin`: Node's URL calls the origin of any scheme
 * it does not know (such as `app:`) opaque, while Chromium treats our registered scheme as standard.
 */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`.toLowerCase();
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True when an IPC message comes from a page of ours (the router refuses everything else). */
export function isTrustedSenderUrl(url: string | undefined, origins: readonly string[]): boolean {
  const parsed = url === undefined ? undefined : parse(url);
  if (url === undefined || parsed === undefined) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return origins.some((origin) => url.startsWith(`${origin}/`) && originOf(parsed) === origin);
}

/** True when a navigation goes to the app's own page (index.html or its folder). */
export function isAppIndexUrl(url: string, origins: readonly string[]): boolean {
  const parsed = parse(url);
  if (parsed === undefined) return false;
  return (
    origins.includes(originOf(parsed)) &&
    parsed.username === '' &&
    parsed.password === '' &&
    (parsed.pathname === '/' || parsed.pathname === '/index.html')
  );
}
