import { describe, expect, it } from 'vitest';
import { createClearBrowserData } from '../../src-main/app/browser-data';

describe('clearing the browser engine’s files for Delete everything', () => {
  it('clears every kind of web storage, then the cache, and waits for both', async () => {
    const calls: string[] = [];
    const later = (name: string) => async () => {
      await Promise.resolve();
      calls.push(name);
    };
    const clear = createClearBrowserData({
      clearStorageData: later('storage'),
      clearCache: later('cache'),
    });
    await clear();
    expect(calls).toEqual(['storage', 'cache']);
  });

  it('passes a failure on, so Delete everything does not claim it finished', async () => {
    const clear = createClearBrowserData({
      clearStorageData: () => Promise.reject(new Error('busy')),
      clearCache: () => Promise.resolve(),
    });
    await expect(clear()).rejects.toThrow('busy');
  });
});
