/**
 * Every IPC channel, once, named `domain:verb`, grouped by domain. The preload builds one bridge
 * method per entry, the contract gives each its schemas, and the main process one handler each; a
 * test checks that the three sets are the same. Kept free of zod so the sandboxed preload stays small.
 */
export const APP_CHANNELS = ['app:info'] as const;

export const MOOD_CHANNELS = [
  'mood:create',
  'mood:update',
  'mood:delete',
  'mood:restore',
  'mood:list',
  'mood:daily',
] as const;

export const CHANNELS = [...APP_CHANNELS, ...MOOD_CHANNELS] as const;

export type AppChannel = (typeof APP_CHANNELS)[number];
export type MoodChannel = (typeof MOOD_CHANNELS)[number];
export type Channel = (typeof CHANNELS)[number];

/** The name of the global the preload installs in the renderer (`window.mending`). */
export const BRIDGE_GLOBAL = 'mending';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
