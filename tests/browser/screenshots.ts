import type { Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { saveScreenshot } from './harness';

/**
 * The page light and dark, wide (1280x800) and narrow (800x600), saved to look at
 * (`<name>-<scheme>-<width>.png`), and audited with axe at the wide size in each scheme. Leaves
 * the page light and wide.
 */
export async function screenshotsOf(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [
      [1280, 800],
      [800, 600],
    ] as const) {
      await page.setViewportSize({ width, height });
      await saveScreenshot(page, `${name}-${scheme}-${width}`);
      if (width === 1280) await expectAccessible(page, `${name}, ${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}
