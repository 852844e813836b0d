import '../dialog-polyfill';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LicenceNoticeFile } from '../../../src-main/services/licence-service';
import { ABOUT, AboutDialog } from '../../../src-renderer/app/AboutDialog';
import { createTestApp } from '../render-app';

const MAIN_TEXT = '# Licenses\n\n## d3-array - 3.2.5 (ISC)\n\nCopyright 2010-2026 Mike Bostock\n';
const WINDOW_TEXT =
  '# Licenses\n\n## recharts - 3.11.1 (MIT)\n\nCopyright (c) 2015 Recharts Group\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-about-'));
  writeFileSync(join(dir, 'main.md'), MAIN_TEXT);
  writeFileSync(join(dir, 'window.md'), WINDOW_TEXT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(cleanup);

function openAbout(licenceNotices: readonly LicenceNoticeFile[]) {
  const app = createTestApp({ licenceNotices });
  app.render(<AboutDialog onClose={() => undefined} />);
  return screen.getByRole('dialog', { name: ABOUT.title });
}

describe('About › Licences of the open-source code inside Mending', () => {
  it('shows nothing of the texts until asked, then each file whole in a region of its own', async () => {
    const user = userEvent.setup();
    const about = openAbout([
      { part: 'main', path: join(dir, 'main.md') },
      { part: 'window', path: join(dir, 'window.md') },
    ]);
    const toggle = within(about).getByRole('button', { name: ABOUT.showLicences });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(about.textContent).not.toContain('Mike Bostock');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const main = await within(about).findByRole('region', {
      name: `${ABOUT.showLicences}: ${ABOUT.parts.main}`,
    });
    const window = within(about).getByRole('region', {
      name: `${ABOUT.showLicences}: ${ABOUT.parts.window}`,
    });
    // Word for word, line breaks kept.
    expect(main.textContent).toBe(MAIN_TEXT);
    expect(window.textContent).toBe(WINDOW_TEXT);
    expect(within(about).getByRole('heading', { name: ABOUT.parts.window })).toBeTruthy();
    // Reachable from the keyboard, so it can be scrolled without a mouse.
    expect(main.tabIndex).toBe(0);
    expect(within(about).queryByRole('alert')).toBeNull();

    await user.click(toggle);
    await waitFor(() => expect(about.textContent).not.toContain('Mike Bostock'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('names a missing file calmly, says the data is not touched, and still shows the other', async () => {
    const user = userEvent.setup();
    const gone = join(dir, 'out', 'renderer', 'third-party-licences.md');
    const about = openAbout([
      { part: 'main', path: join(dir, 'main.md') },
      { part: 'window', path: gone },
    ]);
    await user.click(within(about).getByRole('button', { name: ABOUT.showLicences }));
    const alert = await within(about).findByRole('alert');
    expect(alert.textContent).toBe(ABOUT.missing(gone));
    expect(alert.textContent).toContain(gone);
    expect(alert.textContent).toContain('is not touched');
    expect(
      within(about).getByRole('region', { name: `${ABOUT.showLicences}: ${ABOUT.parts.main}` })
        .textContent,
    ).toBe(MAIN_TEXT);
  });
});
