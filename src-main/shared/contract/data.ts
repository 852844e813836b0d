import { z } from 'zod';
import { formatCount } from '../locale-format';
import { dayOfInstant, isValidInstant, isValidTimeZone } from '../calendar';
import {
  COMMUNICATION_NOTE_MAX,
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXTS,
  COUNTERPARTS,
  DO_DIFFERENTLY_MAX,
  INITIATORS,
  OUTCOMES,
  SELF_RATING_MAX,
  SELF_RATING_MIN,
  TONES,
} from '../domain/communication';
import {
  CHECKIN_COUNT_MAX,
  CHECKIN_NOTE_MAX,
  HABIT_KINDS,
  HABIT_NAME_MAX,
  HABIT_PERIODS,
  HABIT_TARGET_MAX,
} from '../domain/habits';
import { MOOD_NOTE_MAX } from '../domain/mood';
import { EMOTION_TAGS } from '../domain/mood';
import { STAGES } from '../domain/stages';
import { emotionWordKey } from '../domain/tags';
import { TRUST_NOTE_MAX, TRUST_SCALE_MAX, TRUST_SCALE_MIN } from '../domain/trust';
import type { DataChannel } from '../ipc-channels';
import { settingSchemas } from './settings';
import {
  DATE_RANGE_MESSAGE,
  daySchema,
  emptyInput,
  fitsVisibleLength,
  instantSchema,
  isAcceptedDay,
  type ChannelSpec,
} from './common';
import { emotionWordProblem } from './tags';

/*
 * The full export: one JSON file holding every row of every table, in camelCase, with a format
 * marker and version. The row schemas below mirror the database's CHECK constraints (migration
 * 001) and reuse the contract's limits, so a file that passes them can be written back as is.
 * Every message names the value that broke the rule, because the person has to find it in a file.
 */

/** The marker every export carries in its `format` field. */
export const EXPORT_FORMAT = 'mending-export';
/** The export format this app writes and reads. A file with a newer version is refused whole. */
export const EXPORT_FORMAT_VERSION = 1;

/** The largest import this app reads: far above any real history, small enough to parse safely. */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;

/** Free text in tables whose own contract sets no cap yet (stage reasons...). */
const LONG_TEXT_MAX = 20_000;
/** The most emotions one mood entry can carry (the mood contract's limit). */
const TAGS_PER_ENTRY_MAX = 20;

/** A value as a person can recognise it in their file: short, on one line. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Dates and times are shown bare ("2024-02-30 is not a real date"), anything else as JSON. */
function showDate(value: unknown): string {
  return typeof value === 'string' && /^[0-9TZ:.+-]{1,40}$/.test(value) ? value : showValue(value);
}

type Issue = { readonly input?: unknown };
const because = (rule: (shown: string) => string, show = showValue) => ({
  error: (issue: Issue) => rule(show(issue.input)),
});

/** The range in words, lower-cased to follow "…: " in an import message. */
const RANGE_IN_WORDS = DATE_RANGE_MESSAGE.replace(/^Choose/, 'choose');

/**
 * A day in a row: the contract's own day rule (daySchema), with the value named in the message
 * because the person has to find it in a file.
 */
const rowDay = z
  .string(because((v) => `${v} is not a date (YYYY-MM-DD).`, showDate))
  .superRefine((value, ctx) => {
    const checked = daySchema.safeParse(value);
    if (checked.success) return;
    ctx.addIssue({
      code: 'custom',
      message:
        checked.error.issues[0]?.message === DATE_RANGE_MESSAGE
          ? `${showDate(value)} is outside the dates Mending keeps: ${RANGE_IN_WORDS}`
          : `${showDate(value)} is not a real date.`,
    });
  });

/** An instant in a row: the contract's instant rule (instantSchema), naming the value. */
const rowInstant = z
  .string(because((v) => `${v} is not a date and time.`, showDate))
  .superRefine((value, ctx) => {
    const checked = instantSchema.safeParse(value);
    if (checked.success) return;
    ctx.addIssue({
      code: 'custom',
      message:
        checked.error.issues[0]?.message === DATE_RANGE_MESSAGE
          ? `${showDate(value)} is outside the dates Mending keeps: ${RANGE_IN_WORDS}`
          : `${showDate(value)} is not a real date and time in UTC (such as 2024-05-01T08:30:00.000Z).`,
    });
  });

/**
 * A row with a moment, its zone and the local day it is filed under: the day must be the one the
 * moment falls on in that zone (as the app computes it when saving), and an accepted day.
 */
function checkLocalDay(
  row: { readonly timeZone: string; readonly day?: string },
  instant: string,
  instantField: string,
  ctx: z.RefinementCtx,
): void {
  if (!isValidInstant(instant) || row.timeZone.length > 64 || !isValidTimeZone(row.timeZone))
    return;
  const local = dayOfInstant(instant, row.timeZone);
  if (!isAcceptedDay(local)) {
    ctx.addIssue({
      code: 'custom',
      path: [instantField],
      message: `${instant} is ${local} in ${row.timeZone}, outside the dates Mending keeps: ${RANGE_IN_WORDS}`,
    });
  } else if (row.day !== undefined && row.day !== local) {
    ctx.addIssue({
      code: 'custom',
      path: ['day'],
      message: `the day ${showDate(row.day)} does not match ${instant} in ${row.timeZone}, which is ${local}.`,
    });
  }
}

const rowTimeZone = z.string(because((v) => `${v} is not a time zone.`)).refine(
  (s) => s.length <= 64 && isValidTimeZone(s),
  because((v) => `${v} is not a time zone this computer knows.`),
);

const rowId = z.int(because((v) => `${v} is not a valid id (a whole number from 1).`)).min(
  1,
  because((v) => `${v} is not a valid id (a whole number from 1).`),
);

function wholeIn(min: number, max: number) {
  const rule = because((v) => `${v} is not a whole number from ${min} to ${max}.`);
  return z.int(rule).min(min, rule).max(max, rule);
}

const rowBoolean = z.boolean(because((v) => `${v} must be true or false.`));

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(
    values,
    because((v) => `${v} is not one of: ${values.join(', ')}.`),
  );
}

/** Stored text, taken exactly as it is (no trimming): it must round-trip byte for byte. */
function rowText(max: number, options: { allowEmpty?: boolean } = {}) {
  return z
    .string(because((v) => `${v} is not text.`))
    .refine((s) => fitsVisibleLength(s, max), {
      message: `the text is longer than the ${formatCount(max)} characters Mending keeps.`,
      abort: true,
    })
    .refine(
      (s) => !s.includes('\u0000'),
      'the text contains a NUL character, which cannot be saved.',
    )
    .refine((s) => options.allowEmpty === true || s.length > 0, 'the text is empty.');
}

/** A name a person typed and the app trimmed before saving: stored without spaces around it. */
function trimmedRowText(max: number) {
  return rowText(max).refine((s) => s === s.trim(), {
    message: 'it has spaces or line breaks at its start or end, which Mending never saves.',
  });
}

/** How deep stored JSON may nest: far more than any worksheet's answers need. */
export const JSON_DEPTH_MAX = 16;
/** How many values (lists, objects, texts, numbers...) stored JSON may hold. */
export const JSON_VALUES_MAX = 10_000;
/** How much text stored JSON may hold, keys included, in UTF-16 code units. */
export const JSON_TEXT_MAX = 200_000;

/**
 * What is wrong with a stored JSON value, in words, or null when it is a JSON value within the
 * bounds above. Walked without recursion and stopped at the first bound passed, so a value nested
 * thousands deep or megabytes long is refused at once, never with a stack overflow or a database
 * error.
 */
export function jsonValueProblem(root: unknown): string | null {
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  let values = 0;
  let text = 0;
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined) break;
    const { value, depth } = next;
    values += 1;
    if (values > JSON_VALUES_MAX) {
      return `this holds more than ${formatCount(JSON_VALUES_MAX)} values; Mending keeps at most that many.`;
    }
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      text += value.length;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return `${String(value)} is not a number JSON can hold.`;
    } else if (Array.isArray(value) || isPlainObject(value)) {
      if (depth > JSON_DEPTH_MAX) {
        return `this is nested more than ${JSON_DEPTH_MAX} levels deep; Mending keeps at most ${JSON_DEPTH_MAX}.`;
      }
      const entries: [string | null, unknown][] = Array.isArray(value)
        ? value.map((item: unknown) => [null, item])
        : Object.entries(value);
      for (const [key, item] of entries) {
        text += key?.length ?? 0;
        pending.push({ value: item, depth: depth + 1 });
      }
    } else {
      return 'this is not a JSON value.';
    }
    if (text > JSON_TEXT_MAX) {
      return `this holds more than ${formatCount(JSON_TEXT_MAX)} characters of text; Mending keeps at most that many.`;
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * A stored JSON value (reflection answers, a setting), passed through untouched. Not z.json():
 * zod copies objects key by key, and a "__proto__" key (which JSON.parse keeps as an ordinary
 * key) would be dropped on the way, so the import would not give back what was exported.
 */
const rowJson = z.unknown().superRefine((value, ctx) => {
  const problem = jsonValueProblem(value);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** An emotion word as the app stores it: the contract's word rules, and already trimmed. */
const tagName = z.string(because((v) => `${v} is not text.`)).superRefine((word, ctx) => {
  const problem =
    word !== word.trim()
      ? 'it has spaces or line breaks at its start or end, which Mending never saves.'
      : emotionWordProblem(word);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: `${showValue(word)}: ${problem}` });
});

/** The first two items of `items` with the same key, as [later index, earlier index]. */
function firstSameKey<T>(items: readonly T[], keyOf: (item: T) => string): [number, number] | null {
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const key = keyOf(item);
    const earlier = seen.get(key);
    if (earlier !== undefined) return [index, earlier];
    seen.set(key, index);
  }
  return null;
}

/** One row of `mood_entries`, with its emotions from `mood_entry_tags`. */
export const moodEntryRowSchema = z
  .strictObject({
    id: rowId,
    occurredAt: rowInstant,
    timeZone: rowTimeZone,
    day: rowDay,
    mood: wholeIn(1, 10),
    energy: wholeIn(1, 10).nullable(),
    hurt: wholeIn(0, 10).nullable(),
    tags: z
      .array(
        tagName,
        because(() => 'the emotions must be a list.'),
      )
      .max(TAGS_PER_ENTRY_MAX, `an entry can carry at most ${TAGS_PER_ENTRY_MAX} emotions.`)
      .superRefine((tags, ctx) => {
        // The same word in another case or spelling is the same emotion, as the app counts it.
        const same = firstSameKey(tags, emotionWordKey);
        if (same) {
          const [index, earlier] = same;
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `${showValue(tags[index])} is the same emotion as ${showValue(tags[earlier])}, listed twice.`,
          });
        }
      }),
    note: rowText(MOOD_NOTE_MAX).nullable(),
    createdAt: rowInstant,
    updatedAt: rowInstant,
  })
  .superRefine((row, ctx) => checkLocalDay(row, row.occurredAt, 'occurredAt', ctx));

/** One row of `custom_emotion_tags`. */
export const customEmotionTagRowSchema = z.strictObject({
  name: tagName,
  createdAt: rowInstant,
});

/** One row of `habits`. */
export const habitRowSchema = z.strictObject({
  id: rowId,
  name: trimmedRowText(HABIT_NAME_MAX),
  kind: oneOf(HABIT_KINDS),
  targetCount: wholeIn(0, HABIT_TARGET_MAX),
  period: oneOf(HABIT_PERIODS),
  createdAt: rowInstant,
  archivedAt: rowInstant.nullable(),
});

/** One row of `habit_checkins`: a count, or a skip that has no count. */
export const habitCheckinRowSchema = z
  .strictObject({
    habitId: rowId,
    day: rowDay,
    count: wholeIn(0, CHECKIN_COUNT_MAX).nullable(),
    isSkip: rowBoolean,
    note: rowText(CHECKIN_NOTE_MAX).nullable(),
    createdAt: rowInstant,
    updatedAt: rowInstant,
  })
  .refine((c) => c.isSkip === (c.count === null), {
    message: 'a check-in is either a skip with no count, or a count that is not a skip.',
    path: ['count'],
  });

/** One row of `communication_entries`. */
export const communicationEntryRowSchema = z
  .strictObject({
    id: rowId,
    occurredAt: rowInstant,
    timeZone: rowTimeZone,
    day: rowDay,
    skill: oneOf(COMMUNICATION_SKILLS).nullable(),
    counterpart: oneOf(COUNTERPARTS),
    isContactWithEx: rowBoolean,
    contactContext: oneOf(CONTACT_CONTEXTS).nullable(),
    initiatedBy: oneOf(INITIATORS).nullable(),
    tone: oneOf(TONES).nullable(),
    selfRating: wholeIn(SELF_RATING_MIN, SELF_RATING_MAX).nullable(),
    outcome: oneOf(OUTCOMES).nullable(),
    moodBefore: wholeIn(1, 10).nullable(),
    moodAfter: wholeIn(1, 10).nullable(),
    doDifferently: rowText(DO_DIFFERENTLY_MAX).nullable(),
    note: rowText(COMMUNICATION_NOTE_MAX).nullable(),
    createdAt: rowInstant,
    updatedAt: rowInstant,
  })
  .refine((row) => row.skill !== null || row.isContactWithEx, {
    message: 'only contact with your ex may leave the skill empty: name the skill practised.',
    path: ['skill'],
  })
  .superRefine((row, ctx) => checkLocalDay(row, row.occurredAt, 'occurredAt', ctx));

/** One row of `trust_checkins`. */
export const trustCheckinRowSchema = z
  .strictObject({
    id: rowId,
    occurredAt: rowInstant,
    timeZone: rowTimeZone,
    day: rowDay,
    trust: wholeIn(TRUST_SCALE_MIN, TRUST_SCALE_MAX),
    tension: wholeIn(TRUST_SCALE_MIN, TRUST_SCALE_MAX),
    note: rowText(TRUST_NOTE_MAX).nullable(),
    createdAt: rowInstant,
  })
  .superRefine((row, ctx) => checkLocalDay(row, row.occurredAt, 'occurredAt', ctx));

/** One row of `stage_changes`. */
export const stageChangeRowSchema = z
  .strictObject({
    id: rowId,
    stage: oneOf(STAGES),
    changedAt: rowInstant,
    timeZone: rowTimeZone,
    reason: rowText(LONG_TEXT_MAX).nullable(),
    wasSuggested: rowBoolean,
  })
  .superRefine((row, ctx) => checkLocalDay(row, row.changedAt, 'changedAt', ctx));

/** One row of `reflections`; `answers` is the stored JSON, as a value. */
export const reflectionRowSchema = z.strictObject({
  id: rowId,
  kind: rowText(100),
  stage: oneOf(STAGES).nullable(),
  day: rowDay,
  answers: rowJson,
  createdAt: rowInstant,
  updatedAt: rowInstant,
});

function isSettingKey(key: string): key is keyof typeof settingSchemas {
  return Object.hasOwn(settingSchemas, key);
}

/** One row of `settings`: a setting this version knows, with a value its schema accepts. */
export const settingRowSchema = z
  .strictObject({
    key: z.string(because((v) => `${v} is not a setting name.`)),
    value: rowJson,
    updatedAt: rowInstant,
  })
  .superRefine((row, ctx) => {
    if (!isSettingKey(row.key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: `${showValue(row.key)} is not a setting this version of Mending knows.`,
      });
      return;
    }
    const checked = settingSchemas[row.key].safeParse(row.value);
    if (!checked.success) {
      const problem = checked.error.issues[0]?.message ?? 'the value does not fit this setting.';
      ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
    }
  });

/** Every table's rows, under the keys the export file uses. */
const dataShape = {
  moodEntries: z.array(moodEntryRowSchema),
  customEmotionTags: z.array(customEmotionTagRowSchema),
  habits: z.array(habitRowSchema),
  habitCheckins: z.array(habitCheckinRowSchema),
  communicationEntries: z.array(communicationEntryRowSchema),
  trustCheckins: z.array(trustCheckinRowSchema),
  stageChanges: z.array(stageChangeRowSchema),
  reflections: z.array(reflectionRowSchema),
  settings: z.array(settingRowSchema),
};

export type ExportTableKey = keyof typeof dataShape;

/**
 * The lists of an export, in the order the file has them. (`Object.keys` forgets the key type;
 * the keys of `dataShape` are exactly ExportTableKey.)
 */
export const EXPORT_TABLE_KEYS = Object.keys(dataShape) as readonly ExportTableKey[];

/** What one row of each list is called, for messages ("Mood entry 12"). */
export const EXPORT_ROW_LABELS: Readonly<Record<ExportTableKey, string>> = {
  moodEntries: 'Mood entry',
  customEmotionTags: 'Emotion word',
  habits: 'Habit',
  habitCheckins: 'Habit check-in',
  communicationEntries: 'Communication entry',
  trustCheckins: 'Trust check-in',
  stageChanges: 'Stage change',
  reflections: 'Reflection',
  settings: 'Setting',
};

const BUILT_IN_BY_KEY: ReadonlyMap<string, string> = new Map(
  EMOTION_TAGS.map((word) => [emotionWordKey(word), word]),
);

type ExportDataShape = { [K in ExportTableKey]: z.output<(typeof dataShape)[K]> };

/** What is unique in each list, as the database's primary keys say. */
const UNIQUE_KEYS: {
  readonly [K in ExportTableKey]: readonly [
    field: string,
    keyOf: (row: ExportDataShape[K][number]) => string,
    describe: (row: ExportDataShape[K][number]) => string,
  ];
} = {
  moodEntries: ['id', (r) => String(r.id), (r) => `the id ${r.id}`],
  // Words are one word whatever their case or spelling, as the app compares them.
  customEmotionTags: [
    'name',
    (r) => emotionWordKey(r.name),
    (r) => `the word ${showValue(r.name)}`,
  ],
  habits: ['id', (r) => String(r.id), (r) => `the id ${r.id}`],
  habitCheckins: ['day', (r) => `${r.habitId} ${r.day}`, (r) => `habit ${r.habitId} on ${r.day}`],
  communicationEntries: ['id', (r) => String(r.id), (r) => `the id ${r.id}`],
  trustCheckins: ['id', (r) => String(r.id), (r) => `the id ${r.id}`],
  stageChanges: ['id', (r) => String(r.id), (r) => `the id ${r.id}`],
  reflections: ['id', (r) => String(r.id), (r) => `the id ${r.id}`],
  settings: ['key', (r) => r.key, (r) => `the setting ${showValue(r.key)}`],
};

/**
 * A word of one's own that is a built-in emotion is merged into it, as migrations 002 and 004 do
 * for a data file: it leaves the list of one's own words (the app would offer it twice), and the
 * entries that carry it keep the emotion, spelled as the built-in word. An export made before
 * "heartbroken" was built in, holding "Heartbroken" as the person's own word, imports whole.
 */
function mergeOwnWordsIntoBuiltIns(data: ExportDataShape): ExportDataShape {
  const merged = new Map<string, string>();
  for (const { name } of data.customEmotionTags) {
    const builtIn = BUILT_IN_BY_KEY.get(emotionWordKey(name));
    if (builtIn !== undefined) merged.set(emotionWordKey(name), builtIn);
  }
  if (merged.size === 0) return data;
  return {
    ...data,
    customEmotionTags: data.customEmotionTags.filter((t) => !merged.has(emotionWordKey(t.name))),
    // An entry holds each emotion once in any case (checked above), so no respelling can repeat one.
    moodEntries: data.moodEntries.map((entry) => ({
      ...entry,
      tags: entry.tags.map((tag) => merged.get(emotionWordKey(tag)) ?? tag),
    })),
  };
}

function checkDuplicates<K extends ExportTableKey>(
  key: K,
  rows: ExportDataShape[K],
  ctx: z.RefinementCtx,
): void {
  const [field, keyOf, describe] = UNIQUE_KEYS[key];
  const duplicate = firstSameKey(rows, keyOf);
  if (!duplicate) return;
  const [index, earlier] = duplicate;
  const row = rows[index];
  if (row === undefined) return;
  ctx.addIssue({
    code: 'custom',
    path: [key, index, field],
    message: `${describe(row)} is already used by ${EXPORT_ROW_LABELS[key].toLowerCase()} ${earlier + 1}.`,
  });
}

/**
 * Every list of the export, with what ties them together: ids are unique within a list, and every
 * habit check-in points at a habit in the same file.
 */
export const exportDataSchema = z
  .strictObject(
    dataShape,
    because(() => 'the data must be an object holding one list per kind of entry.'),
  )
  .superRefine((data, ctx) => {
    for (const key of EXPORT_TABLE_KEYS) checkDuplicates(key, data[key], ctx);
    // Two habits cannot share a name in any case (the database compares names that way).
    const sameName = firstSameKey(data.habits, (h) =>
      h.name.replace(/[A-Z]/g, (c) => c.toLowerCase()),
    );
    if (sameName) {
      const [index, earlier] = sameName;
      ctx.addIssue({
        code: 'custom',
        path: ['habits', index, 'name'],
        message: `the name ${showValue(data.habits[index]?.name)} is already used by habit ${earlier + 1}.`,
      });
    }
    const habitIds = new Set(data.habits.map((h) => h.id));
    const orphan = data.habitCheckins.findIndex((c) => !habitIds.has(c.habitId));
    const checkin = data.habitCheckins[orphan];
    if (checkin) {
      ctx.addIssue({
        code: 'custom',
        path: ['habitCheckins', orphan, 'habitId'],
        message: `there is no habit ${checkin.habitId} in this file for this check-in to belong to.`,
      });
    }
  })
  .transform(mergeOwnWordsIntoBuiltIns);

/** A whole export file. `format` and `formatVersion` are checked first, on their own. */
export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: rowInstant,
  appVersion: z.string(because((v) => `${v} is not a version.`)).max(100),
  schemaVersion: z.int(because((v) => `${v} is not a schema version.`)).min(1),
  data: exportDataSchema,
});

/** How many rows of each kind an export or import held. */
export const dataCountsSchema = z.strictObject({
  moodEntries: z.int().min(0),
  customEmotionTags: z.int().min(0),
  habits: z.int().min(0),
  habitCheckins: z.int().min(0),
  communicationEntries: z.int().min(0),
  trustCheckins: z.int().min(0),
  stageChanges: z.int().min(0),
  reflections: z.int().min(0),
  settings: z.int().min(0),
} satisfies Record<ExportTableKey, z.ZodType>);

/** The word a person types to confirm "Delete everything". */
export const DELETE_CONFIRMATION_WORD = 'delete';

/** What "Delete everything" removes (or removed): records by kind, backups, other files. */
export const deletionSummarySchema = z.strictObject({
  counts: dataCountsSchema,
  backups: z.int().min(0),
  /** Damaged files set aside, partial copies and anything else kept with the backups. */
  otherFiles: z.int().min(0),
});

/** The kinds of entries that can be saved as a spreadsheet (CSV), one file each. */
export const CSV_KINDS = ['mood', 'habits', 'checkins', 'communication', 'trust'] as const;

const fileName = z.string().min(1);

export const dataContract = {
  /** Ask where to save, then save everything as one JSON file; `saved: false` when cancelled. */
  'data:export': {
    input: emptyInput,
    output: z.discriminatedUnion('saved', [
      z.strictObject({ saved: z.literal(true), fileName, counts: dataCountsSchema }),
      z.strictObject({ saved: z.literal(false) }),
    ]),
  },
  /**
   * Ask for an export file, check all of it, then replace everything with it in one transaction
   * (after a backup, when backups are set up); `imported: false` when cancelled. A file with any
   * problem is refused whole, with a message naming the first problem.
   */
  'data:import': {
    input: z.strictObject({
      mode: z.literal('replace', {
        error: 'Importing replaces your data: mode must be "replace".',
      }),
    }),
    output: z.discriminatedUnion('imported', [
      z.strictObject({
        imported: z.literal(true),
        fileName,
        counts: dataCountsSchema,
        /**
         * The backup of the data that was replaced (its file name, and when it was made, so the
         * screen can say it in the person's own time), or null when backups are not set up.
         */
        backup: z.strictObject({ fileName, createdAt: instantSchema }).nullable(),
      }),
      z.strictObject({ imported: z.literal(false) }),
    ]),
  },
  /** Ask where to save, then save one kind of entry as a CSV spreadsheet. */
  'data:csv': {
    input: z.strictObject({
      kind: z.enum(CSV_KINDS, {
        error: 'Choose what to save: mood, habits, checkins or communication.',
      }),
    }),
    output: z.discriminatedUnion('saved', [
      z.strictObject({ saved: z.literal(true), fileName, rows: z.int().min(0) }),
      z.strictObject({ saved: z.literal(false) }),
    ]),
  },
  /**
   * What "Delete everything" would remove, counted now: the records of each kind, the backups,
   * and the other files kept beside the data (damaged files set aside, partial copies).
   */
  'data:summary': {
    input: emptyInput,
    output: deletionSummarySchema,
  },
  /**
   * Deletes every record and every backup from this computer, and the other files beside the
   * data that could hold its text; the data file stays, empty, ready for new entries. The input
   * is the word the person typed to confirm, so no stray call can empty the app.
   */
  'data:erase': {
    input: z.strictObject({
      confirmation: z.literal(DELETE_CONFIRMATION_WORD, {
        error: `To delete everything, type “${DELETE_CONFIRMATION_WORD}” in the box. Nothing was deleted.`,
      }),
    }),
    output: deletionSummarySchema,
  },
} as const satisfies Record<DataChannel, ChannelSpec>;

export type ExportFile = z.output<typeof exportFileSchema>;
export type ExportData = z.output<typeof exportDataSchema>;
export type DataCounts = z.output<typeof dataCountsSchema>;
export type DeletionSummary = z.output<typeof deletionSummarySchema>;
export type CsvKind = (typeof CSV_KINDS)[number];
export type MoodEntryRow = z.output<typeof moodEntryRowSchema>;
export type HabitRow = z.output<typeof habitRowSchema>;
export type HabitCheckinRow = z.output<typeof habitCheckinRowSchema>;
export type CommunicationEntryRow = z.output<typeof communicationEntryRowSchema>;
