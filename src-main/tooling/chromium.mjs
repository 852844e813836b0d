// How our tooling and tests start Debian's Chromium under Playwright: `npm run icons` draws the
// icon with it, the browser specs run the renderer in it, the launch test opens the app's windows
// in it. One place, so an added flag reaches all three.

/**
 * The flags our machines need (docs: machines-and-testing.md): run as root (no sandbox), no GPU,
 * and offline: none of Chromium's own background traffic (updates, sync, QUIC probes).
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

/** The Chromium binary: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
