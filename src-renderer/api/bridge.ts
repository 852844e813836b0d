import { BRIDGE_GLOBAL } from '../../src-main/shared/ipc-channels';
import { createApiClient, isBridge, type ApiClient } from './api-client';

/** The only reader of the preload's global. Returns null when the page runs without the app. */
export function apiFromWindow(target: Window): ApiClient | null {
  const bridge: unknown = Reflect.get(target, BRIDGE_GLOBAL);
  return isBridge(bridge) ? createApiClient(bridge) : null;
}
