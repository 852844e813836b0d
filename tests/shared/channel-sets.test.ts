import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/ipc/handlers';
import { buildBridgeApi } from '../../src-main/preload/bridge-api';
import { CHANNELS } from '../../src-main/shared/ipc-channels';
import { contract } from '../../src-main/shared/ipc-contract';
import { createTestDatabase } from '../helpers/test-db';

describe('the channel list', () => {
  it('is the same in the contract, the main-process handlers and the preload bridge', () => {
    const testDb = createTestDatabase();
    try {
      const expected = [...CHANNELS].sort();
      const handlers = createHandlers({
        db: testDb.db,
        version: 'test',
        databasePath: testDb.path,
      });
      expect(Object.keys(contract).sort()).toEqual(expected);
      expect(Object.keys(handlers).sort()).toEqual(expected);
      expect(Object.keys(buildBridgeApi(async () => undefined)).sort()).toEqual(expected);
    } finally {
      testDb.cleanup();
    }
  });

  it('names every channel domain:verb, once', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+$/);
  });
});
