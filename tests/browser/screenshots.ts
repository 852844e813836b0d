import type { Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { saveScreenshot } from './harness';

/** The window sizes every screen is looked at in: wide (1280x800) and narrow (800x600). */
export const WINDOW_SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;

export type ColourScheme = 'light' | 'dark';

/**
 * Runs `look` once for each colour scheme and window size, with the page emulating that scheme at
 * that size: light wide, light narrow, dark wide, dark narrow. Leaves the page dark and narrow.
 */
export async function forEachLook(
  page: Page,
  look: (scheme: ColourScheme, width: number) => Promise<void>,
): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of WINDOW_SIZES) {
      await page.setViewportSize(size);
      await look(scheme, size.width);
    }
  }
}

/** How many CSS pixels the page is wider than the window (0 or less: it does not scroll sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * The page light and dark, wide (1280x800) and narrow (800x600), saved to look at
 * (`<name>-<scheme>-<width>.png`), and audited with axe at the wide size in each scheme. Leaves
 * the page light and wide.
 */
export async function screenshotsOf(page: Page, name: string): Promise<void> {
  await forEachLook(page, async (scheme, width) => {
    await saveScreenshot(page, `${name}-${scheme}-${width}`);
    if (width === 1280) await expectAccessible(page, `${name}, ${scheme}`);
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}
