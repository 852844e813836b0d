import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import type { LicenceNoticeFile } from '../../src-main/services/licence-service';
import { expectChannelIsTotal, hostileValue } from '../helpers/channel-properties';
import { createTestDatabase } from '../helpers/test-db';

const PAGE = { url: 'app://mending/index.html' };
const NOTICE = '## d3-array - 3.2.5 (ISC)\n\nCopyright 2010-2026 Mike Bostock\n';

let dir: string;
let files: LicenceNoticeFile[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mending-licences-'));
  writeFileSync(join(dir, 'main.md'), NOTICE);
  // The window's file is missing, as in a broken install.
  files = [
    { part: 'main', path: join(dir, 'main.md') },
    { part: 'window', path: join(dir, 'gone', 'window.md') },
  ];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A router over a test database whose handlers read the given notices files. */
function routerReading(
  testDb: ReturnType<typeof createTestDatabase>,
  notices: LicenceNoticeFile[],
) {
  return createRouter({
    handlers: createHandlers({
      db: testDb.db,
      version: 'test',
      databasePath: testDb.path,
      licenceNotices: notices,
    }),
    isTrustedSender: (sender) => sender.url === PAGE.url,
  });
}

describe('licence:list', () => {
  it('answers every input with a typed result and writes nothing when refusing', async () => {
    await expectChannelIsTotal('licence:list', hostileValue, {
      context: { licenceNotices: files },
    });
  });

  it('reads each notices file, and names the one it cannot read instead of failing', async () => {
    const testDb = createTestDatabase();
    try {
      const router = routerReading(testDb, files);
      expect(await router.dispatch('licence:list', {}, PAGE)).toEqual({
        ok: true,
        value: {
          notices: [
            { part: 'main', path: join(dir, 'main.md'), text: NOTICE },
            { part: 'window', path: join(dir, 'gone', 'window.md'), text: null },
          ],
        },
      });
      // A folder where the file should be reads as missing too, not as an unexpected failure.
      const router2 = routerReading(testDb, [{ part: 'main', path: dir }]);
      expect(await router2.dispatch('licence:list', {}, PAGE)).toEqual({
        ok: true,
        value: { notices: [{ part: 'main', path: dir, text: null }] },
      });
    } finally {
      testDb.cleanup();
    }
  });

  it('refuses a page that is not the app’s own', async () => {
    const testDb = createTestDatabase();
    try {
      const router = routerReading(testDb, files);
      const result = await router.dispatch('licence:list', {}, { url: 'https://example.com/' });
      expect(result.ok).toBe(false);
    } finally {
      testDb.cleanup();
    }
  });
});
