import { z } from 'zod';
import type { AppChannel } from '../ipc-channels';
import { emptyInput, type ChannelSpec } from './common';

export const appContract = {
  /** The app's version and where its data lives on this computer. */
  'app:info': {
    input: emptyInput,
    output: z.strictObject({ version: z.string(), databasePath: z.string() }),
  },
} as const satisfies Record<AppChannel, ChannelSpec>;
