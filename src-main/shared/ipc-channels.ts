/**
 * Every IPC channel, once, named `domain:verb`, grouped by domain. The preload builds one bridge
 * method per entry, the contract gives each its schemas, and the main process one handler each; a
 * test checks that the three sets are the same. Kept free of zod so the sandboxed preload stays small.
 */
export const APP_CHANNELS = ['app:info', 'app:reveal', 'licence:list'] as const;

export const MOOD_CHANNELS = [
  'mood:create',
  'mood:update',
  'mood:delete',
  'mood:restore',
  'mood:list',
  'mood:daily',
  'mood:grid',
] as const;

export const TAG_CHANNELS = ['tag:list', 'tag:create', 'tag:delete', 'tag:restore'] as const;

export const COMMUNICATION_CHANNELS = [
  'communication:create',
  'communication:update',
  'communication:delete',
  'communication:restore',
  'communication:list',
] as const;

export const SETTINGS_CHANNELS = ['settings:get', 'settings:update'] as const;

export const HABIT_CHANNELS = [
  'habit:create',
  'habit:update',
  'habit:archive',
  'habit:restore',
  'habit:list',
  'checkin:set',
  'checkin:clear',
  'checkin:restore',
  'habit:history',
] as const;

export const DATA_CHANNELS = [
  'data:export',
  'data:import',
  'data:csv',
  'data:summary',
  'data:erase',
] as const;

export const REPORT_CHANNELS = ['report:preview', 'report:save', 'report:names'] as const;

export const BACKUP_CHANNELS = ['backup:list', 'backup:create', 'backup:restore'] as const;

export const STAGE_CHANNELS = [
  'stage:list',
  'stage:move',
  'stage:remove',
  'stage:restore',
] as const;

export const JOURNEY_CHANNELS = [
  'journey:overview',
  'honest:save',
  'honest:list',
  'honest:delete',
  'honest:restore',
] as const;

export const DECIDE_CHANNELS = [
  'worksheet:list',
  'worksheet:save',
  'worksheet:choose',
  'worksheet:unchoose',
  'worksheet:delete',
  'worksheet:restore',
] as const;

export const APOLOGY_CHANNELS = [
  'apology:list',
  'apology:save',
  'apology:outcome',
  'apology:delete',
  'apology:restore',
] as const;

export const TRUST_CHANNELS = [
  'trust:create',
  'trust:update',
  'trust:delete',
  'trust:restore',
  'trust:list',
  'trust:summary',
] as const;

/** The series behind the charts on Journey and Insights (contract/charts.ts). */
export const CHART_CHANNELS = [
  'chart:mood',
  'chart:hurt',
  'chart:habits',
  'chart:practice',
  'chart:contact',
  'chart:stages',
] as const;

/** What went together with better or worse mood (contract/charts.ts). */
export const INSIGHT_CHANNELS = ['insight:list'] as const;

/** Exploring a made-up history in a separate file, and leaving it (contract/sample.ts). */
export const SAMPLE_CHANNELS = ['sample:status', 'sample:start', 'sample:leave'] as const;

export const CHANNELS = [
  ...APP_CHANNELS,
  ...MOOD_CHANNELS,
  ...TAG_CHANNELS,
  ...COMMUNICATION_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...HABIT_CHANNELS,
  ...DATA_CHANNELS,
  ...REPORT_CHANNELS,
  ...BACKUP_CHANNELS,
  ...STAGE_CHANNELS,
  ...JOURNEY_CHANNELS,
  ...DECIDE_CHANNELS,
  ...APOLOGY_CHANNELS,
  ...TRUST_CHANNELS,
  ...CHART_CHANNELS,
  ...INSIGHT_CHANNELS,
  ...SAMPLE_CHANNELS,
] as const;

export type AppChannel = (typeof APP_CHANNELS)[number];
export type MoodChannel = (typeof MOOD_CHANNELS)[number];
export type TagChannel = (typeof TAG_CHANNELS)[number];
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];
export type SettingsChannel = (typeof SETTINGS_CHANNELS)[number];
export type HabitChannel = (typeof HABIT_CHANNELS)[number];
export type DataChannel = (typeof DATA_CHANNELS)[number];
export type ReportChannel = (typeof REPORT_CHANNELS)[number];
export type BackupChannel = (typeof BACKUP_CHANNELS)[number];
export type StageChannel = (typeof STAGE_CHANNELS)[number];
export type JourneyChannel = (typeof JOURNEY_CHANNELS)[number];
export type DecideChannel = (typeof DECIDE_CHANNELS)[number];
export type ApologyChannel = (typeof APOLOGY_CHANNELS)[number];
export type TrustChannel = (typeof TRUST_CHANNELS)[number];
export type ChartChannel = (typeof CHART_CHANNELS)[number];
export type InsightChannel = (typeof INSIGHT_CHANNELS)[number];
export type SampleChannel = (typeof SAMPLE_CHANNELS)[number];
export type Channel = (typeof CHANNELS)[number];

/**
 * What a successful call on a channel does, decided once for every channel:
 * - 'reads': changes nothing;
 * - 'writes-files': saves a file the person chose (export, CSV, report) and changes nothing the
 *   app shows;
 * - 'changes-data': changes the person's data (creates, updates, deletes, restores, imports,
 *   settings, backups; a new backup changes the list Settings shows).
 * The main process words an unexpected failure by it (after a write, "nothing was changed" may be
 * false) and the renderer reads screens again after each 'changes-data' call. Typed against every
 * channel, so a new channel does not compile until someone decides.
 */
export type ChannelEffect = 'reads' | 'writes-files' | 'changes-data';

export const CHANNEL_EFFECTS = {
  'app:info': 'reads',
  // Opens the data folder in the system's file manager: nothing in the app changes.
  'app:reveal': 'reads',
  'licence:list': 'reads',
  'mood:create': 'changes-data',
  'mood:update': 'changes-data',
  'mood:delete': 'changes-data',
  'mood:restore': 'changes-data',
  'mood:list': 'reads',
  'mood:daily': 'reads',
  'mood:grid': 'reads',
  'tag:list': 'reads',
  'tag:create': 'changes-data',
  'tag:delete': 'changes-data',
  'tag:restore': 'changes-data',
  'communication:create': 'changes-data',
  'communication:update': 'changes-data',
  'communication:delete': 'changes-data',
  'communication:restore': 'changes-data',
  'communication:list': 'reads',
  'settings:get': 'reads',
  'settings:update': 'changes-data',
  'habit:create': 'changes-data',
  'habit:update': 'changes-data',
  'habit:archive': 'changes-data',
  'habit:restore': 'changes-data',
  'habit:list': 'reads',
  'checkin:set': 'changes-data',
  'checkin:clear': 'changes-data',
  'checkin:restore': 'changes-data',
  'habit:history': 'reads',
  'data:export': 'writes-files',
  'data:import': 'changes-data',
  'data:csv': 'writes-files',
  'data:summary': 'reads',
  // It removes files too (backups, damaged copies), but what matters to the screens is that every
  // record is gone: they must all read again.
  'data:erase': 'changes-data',
  'report:preview': 'reads',
  'report:save': 'writes-files',
  'report:names': 'reads',
  'backup:list': 'reads',
  'backup:create': 'changes-data',
  'backup:restore': 'changes-data',
  'stage:list': 'reads',
  'stage:move': 'changes-data',
  'stage:remove': 'changes-data',
  'stage:restore': 'changes-data',
  'journey:overview': 'reads',
  'honest:save': 'changes-data',
  'honest:list': 'reads',
  'honest:delete': 'changes-data',
  'honest:restore': 'changes-data',
  'worksheet:list': 'reads',
  'worksheet:save': 'changes-data',
  'worksheet:choose': 'changes-data',
  'worksheet:unchoose': 'changes-data',
  'worksheet:delete': 'changes-data',
  'worksheet:restore': 'changes-data',
  'apology:list': 'reads',
  'apology:save': 'changes-data',
  // Records the answer and, when chosen, moves the stage: both change what the Journey shows.
  'apology:outcome': 'changes-data',
  'apology:delete': 'changes-data',
  'apology:restore': 'changes-data',
  'trust:create': 'changes-data',
  'trust:update': 'changes-data',
  'trust:delete': 'changes-data',
  'trust:restore': 'changes-data',
  'trust:list': 'reads',
  'trust:summary': 'reads',
  'chart:mood': 'reads',
  'chart:hurt': 'reads',
  'chart:habits': 'reads',
  'chart:practice': 'reads',
  'chart:contact': 'reads',
  'chart:stages': 'reads',
  'insight:list': 'reads',
  'sample:status': 'reads',
  // Both swap every record every screen shows (the sample's for the person's own, or back).
  'sample:start': 'changes-data',
  'sample:leave': 'changes-data',
} as const satisfies Record<Channel, ChannelEffect>;

/** What a successful call on `channel` does (see CHANNEL_EFFECTS). */
export function channelEffect(channel: Channel): ChannelEffect {
  return CHANNEL_EFFECTS[channel];
}

/** The name of the global the preload installs in the renderer (`window.mending`). */
export const BRIDGE_GLOBAL = 'mending';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
