import { z } from 'zod';
import type { SettingsChannel } from '../ipc-channels';
import {
  THEME_CHOICES,
  UNAVOIDABLE_SITUATIONS,
  WELCOME_STATES,
  type SettingsValues,
} from '../domain/settings';
import { daySchema, emptyInput, type ChannelSpec } from './common';

/**
 * Each setting's schema, one key per row of the `settings` table. A new setting is one more key
 * here and in `DEFAULT_SETTINGS`; older files without it read as the default.
 */
export const settingSchemas = {
  unavoidableSituations: z
    .array(
      z.enum(UNAVOIDABLE_SITUATIONS, {
        error: 'Choose from: children together, living together, working or studying together.',
      }),
      { error: 'The situations must be a list.' },
    )
    .refine((list) => new Set(list).size === list.length, 'Each situation can be chosen once.')
    // Stored in the order Settings lists them, however they were ticked.
    .transform((list) => UNAVOIDABLE_SITUATIONS.filter((s) => list.includes(s)))
    .readonly(),
  welcome: z.enum(WELCOME_STATES, {
    error: 'The welcome can be not shown yet, finished or skipped.',
  }),
  breakupDay: daySchema.nullable(),
  lowEntrySupportDay: daySchema.nullable(),
  theme: z.enum(THEME_CHOICES, {
    error: 'The appearance can be as the system is set, light or dark.',
  }),
} as const satisfies { readonly [K in keyof SettingsValues]: z.ZodType<SettingsValues[K]> };

/** Every setting, with defaults filled in for those a person never changed. */
export const settingsSchema = z.strictObject(settingSchemas);

/** A change to some settings; the keys left out keep their value. */
export const settingsPatchSchema = settingsSchema.partial();

export const settingsContract = {
  /** Every setting, defaults included. */
  'settings:get': { input: emptyInput, output: settingsSchema },
  /** Change the settings named in the input; answers with every setting afterwards. */
  'settings:update': { input: settingsPatchSchema, output: settingsSchema },
} as const satisfies Record<SettingsChannel, ChannelSpec>;

export type Settings = z.output<typeof settingsSchema>;
export type SettingsPatch = z.input<typeof settingsPatchSchema>;
