import type { Session } from 'electron';
import type { ClearBrowserData } from '../services/ports';

/**
 * "Delete everything" for the browser engine's own files in the app's folder: web storage of
 * every kind (the app uses none, but nothing should survive if some part ever did), then the HTTP
 * cache. Takes the session as a parameter so tests can check it with a fake.
 */
export function createClearBrowserData(
  target: Pick<Session, 'clearStorageData' | 'clearCache'>,
): ClearBrowserData {
  return async () => {
    await target.clearStorageData();
    await target.clearCache();
  };
}
