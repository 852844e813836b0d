import { z } from 'zod';
import { STAGES } from '../domain/stages';
import type { StageChannel } from '../ipc-channels';
import {
  daySchema,
  emptyInput,
  freeText,
  idSchema,
  instantSchema,
  localDayRefinement,
  timeZoneSchema,
  type ChannelSpec,
} from './common';

/** The longest reason a person can give for a move, in visible characters. */
export const STAGE_REASON_MAX = 2000;

export const stageSchema = z.enum(STAGES, {
  error: 'Choose a stage: Heal Yourself, Decide, Apologize, Take it Slow or Heal & Grow.',
});

/** One move along the journey, as `stage_changes` keeps it; `day` is its local day. */
export const stageChangeSchema = z
  .strictObject({
    id: idSchema,
    stage: stageSchema,
    changedAt: instantSchema,
    timeZone: timeZoneSchema,
    day: daySchema,
    reason: freeText('The reason', STAGE_REASON_MAX),
    wasSuggested: z.boolean({ error: 'Say whether the app suggested this move.' }),
  })
  .superRefine(localDayRefinement('changedAt'));

/**
 * Where the person is now. With no move recorded, everyone is healing themselves (`isImplicit`),
 * since the breakup day they gave or else their first record; both may be unknown (null).
 */
export const currentStageSchema = z.strictObject({
  stage: stageSchema,
  /** The local day the stage began, or null when nothing says when. */
  sinceDay: daySchema.nullable(),
  /** The instant of the move into it; null for the stage everyone starts in. */
  since: instantSchema.nullable(),
  isImplicit: z.boolean(),
});

export const stageListSchema = z.strictObject({
  current: currentStageSchema,
  /** Every move, oldest first. */
  changes: z.array(stageChangeSchema).readonly(),
});

/** A move the person makes by hand or by accepting a suggestion; it happens now. */
export const stageMoveSchema = z.strictObject({
  stage: stageSchema,
  reason: freeText('The reason', STAGE_REASON_MAX).optional(),
  wasSuggested: z.boolean({ error: 'Say whether the app suggested this move.' }).optional(),
  /** The person's zone, for the day the move falls on; the computer's zone when left out. */
  timeZone: timeZoneSchema.optional(),
});

export const stageContract = {
  /** Where the person is and every move so far, oldest first. */
  'stage:list': { input: emptyInput, output: stageListSchema },
  /** Move to any stage now (the app suggests, it never locks); answers with the move. */
  'stage:move': { input: stageMoveSchema, output: stageChangeSchema },
  /** Take a move back; answers with it as it was, so Undo can put it back. */
  'stage:remove': { input: z.strictObject({ id: idSchema }), output: stageChangeSchema },
  /** Put a removed move back exactly as it was (same id, time, zone and reason). */
  'stage:restore': { input: stageChangeSchema, output: stageChangeSchema },
} as const satisfies Record<StageChannel, ChannelSpec>;

export type StageChange = z.output<typeof stageChangeSchema>;
export type StageList = z.output<typeof stageListSchema>;
export type CurrentStage = z.output<typeof currentStageSchema>;
export type StageMove = z.input<typeof stageMoveSchema>;
