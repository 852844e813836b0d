import { z } from 'zod';
import type { ReportChannel } from '../ipc-channels';
import {
  REDACTION_LIST_MAX,
  REPORT_DEFAULT_PRIVACY,
  REDACTION_NAME_MAX,
  REPORT_FORMATS,
  REPORT_PAGE_SIZES,
  REPORT_PRIVACY_LEVELS,
} from '../domain/report';
import { dayRangeSchema, daySchema, fitsVisibleLength, type ChannelSpec } from './common';

/**
 * How much of what the person wrote goes into the report (see `domain/report.ts`); the most
 * private level when a request leaves it out, so forgetting it never shares more.
 */
export const reportPrivacySchema = z
  .enum(REPORT_PRIVACY_LEVELS, {
    error: 'Choose how much of what you wrote goes into the report.',
  })
  .default(REPORT_DEFAULT_PRIVACY);

/** One name to hide: trimmed, not blank, at most 100 characters a person sees. */
export const redactionNameSchema = z
  .string({ error: 'Each name to hide must be text.' })
  // Checked before anything else walks the text, so a huge paste is refused at once.
  .refine((s) => fitsVisibleLength(s.trim(), REDACTION_NAME_MAX), {
    message: `Keep each name to hide to ${REDACTION_NAME_MAX} characters.`,
    abort: true,
  })
  .refine((s) => !s.includes('\u0000'), 'A name contains a character that cannot be used.')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'A name to hide cannot be empty.');

/** The names to replace with "[name]" at the therapist level; ignored at the other levels. */
export const redactionListSchema = z
  .array(redactionNameSchema, { error: 'The names to hide must be a list.' })
  .max(REDACTION_LIST_MAX, `The list can hold at most ${REDACTION_LIST_MAX} names.`)
  .readonly()
  .default([]);

const periodRefinement = {
  check: (r: { from: string; to: string }) => r.from <= r.to,
  message: 'The start date must be on or before the end date.',
  path: ['to'],
} as const;

/** What the report covers and how private it is. */
export const reportRequestSchema = z
  .strictObject({
    from: daySchema,
    to: daySchema,
    privacy: reportPrivacySchema,
    redactions: redactionListSchema,
  })
  .refine(periodRefinement.check, {
    message: periodRefinement.message,
    path: [...periodRefinement.path],
  });

/** The same, plus how to save it. */
export const reportSaveSchema = z
  .strictObject({
    from: daySchema,
    to: daySchema,
    privacy: reportPrivacySchema,
    redactions: redactionListSchema,
    format: z.enum(REPORT_FORMATS, { error: 'Choose PDF or web page.' }),
    pageSize: z.enum(REPORT_PAGE_SIZES, { error: 'Choose A4 or Letter.' }).default('A4'),
  })
  .refine(periodRefinement.check, {
    message: periodRefinement.message,
    path: [...periodRefinement.path],
  });

export const reportContract = {
  /**
   * The report as one self-contained HTML document: exactly what Save writes (the PDF is printed
   * from it), so the screen can preview it in a sandboxed frame.
   */
  'report:preview': {
    input: reportRequestSchema,
    output: z.strictObject({ html: z.string() }),
  },
  /**
   * Capitalised words in the period's notes and reflections that look like names of people,
   * most frequent first, for the person to check before a therapist report.
   */
  'report:names': {
    input: dayRangeSchema,
    output: z.strictObject({ names: z.array(z.string()).readonly() }),
  },
  /**
   * Asks where to save, then writes the report there (readable by this user only). `saved` is
   * false when the person cancels the dialog; `fileName` is the name of the file written.
   */
  'report:save': {
    input: reportSaveSchema,
    output: z.strictObject({ saved: z.boolean(), fileName: z.string().optional() }),
  },
} as const satisfies Record<ReportChannel, ChannelSpec>;

export type ReportRequest = z.output<typeof reportRequestSchema>;
export type ReportSaveRequest = z.output<typeof reportSaveSchema>;
export type ReportSaveResult = z.output<(typeof reportContract)['report:save']['output']>;
