import { z } from 'zod';
import type { SampleChannel } from '../ipc-channels';
import { daySchema, emptyInput, timeZoneSchema, type ChannelSpec } from './common';

/**
 * The earliest day a sample can end on: its year (366 days at most) must start on or after the
 * first day the app accepts, 1 January 1900.
 */
export const SAMPLE_FIRST_TODAY = '1901-01-02';

/** Whether the app is showing the sample file instead of the person's own data. */
export const sampleStatusSchema = z.strictObject({ isExploring: z.boolean() });

/** What exploring a sample answers: whether it is on, and the days its made-up history covers. */
export type SampleStatus = z.output<typeof sampleStatusSchema>;

export const sampleContract = {
  /** Whether every screen is reading and writing the sample file right now. */
  'sample:status': { input: emptyInput, output: sampleStatusSchema },
  /**
   * Makes a made-up history of about a year ending on `today` (the day on screen, in `timeZone`)
   * in a separate file, and shows it on every screen until `sample:leave`. The person's own data
   * stays open and untouched meanwhile.
   */
  'sample:start': {
    input: z.strictObject({
      today: daySchema.refine((day) => day >= SAMPLE_FIRST_TODAY, {
        message:
          'Sample data is a year that ends on the day on screen, and dates begin on 1 January 1900: check that this computer’s date is set to today.',
      }),
      timeZone: timeZoneSchema,
    }),
    output: sampleStatusSchema,
  },
  /** Removes the sample file, with anything made while exploring, and brings back the person's own data. */
  'sample:leave': { input: emptyInput, output: sampleStatusSchema },
} as const satisfies Record<SampleChannel, ChannelSpec>;
