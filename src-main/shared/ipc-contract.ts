import type { z } from 'zod';
import { apologyContract } from './contract/apology';
import { appContract } from './contract/app';
import { backupContract } from './contract/backup';
import { chartContract, insightContract } from './contract/charts';
import { communicationContract } from './contract/communication';
import { dataContract } from './contract/data';
import { decideContract } from './contract/decide';
import type { ChannelSpec } from './contract/common';
import { habitContract } from './contract/habits';
import { journeyContract } from './contract/journey';
import { moodContract } from './contract/mood';
import { reportContract } from './contract/report';
import { sampleContract } from './contract/sample';
import { settingsContract } from './contract/settings';
import { stageContract } from './contract/stages';
import { tagContract } from './contract/tags';
import { trustContract } from './contract/trust';
import type { Channel } from './ipc-channels';

export * from './contract/apology';
export * from './contract/backup';
export * from './contract/charts';
export * from './contract/common';
export * from './contract/communication';
export * from './contract/data';
export * from './contract/decide';
export * from './contract/habits';
export * from './contract/journey';
export * from './contract/mood';
export * from './contract/report';
export * from './contract/sample';
export * from './contract/settings';
export * from './contract/stages';
export * from './contract/tags';
export * from './contract/trust';
export { EMOTION_TAGS, MOOD_NOTE_MAX } from './domain/mood';

/**
 * The contract: for each channel, what the renderer may send and what it gets back. Inputs are
 * validated in the main process on every call; outputs are checked before they leave. Each
 * domain's channels live in `contract/<domain>.ts`.
 */
export const contract = {
  ...appContract,
  ...communicationContract,
  ...habitContract,
  ...moodContract,
  ...settingsContract,
  ...tagContract,
  ...dataContract,
  ...reportContract,
  ...backupContract,
  ...stageContract,
  ...journeyContract,
  ...decideContract,
  ...apologyContract,
  ...trustContract,
  ...chartContract,
  ...insightContract,
  ...sampleContract,
} as const satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
/** What a caller sends on a channel (optional fields may be left out). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives on a channel, after validation and defaults. */
export type ValidInput<C extends Channel> = z.output<Contract[C]['input']>;
/** What a channel answers with. */
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
