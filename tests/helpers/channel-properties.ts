import fc from 'fast-check';
import { expect } from 'vitest';
import { createHandlers, type HandlerContext } from '../../src-main/ipc/handlers';
import { createRouter } from '../../src-main/ipc/router';
import type { Channel } from '../../src-main/shared/ipc-channels';
import { contract } from '../../src-main/shared/ipc-contract';
import { createTestDatabase, snapshotAllTables } from './test-db';

const APP_PAGE = { url: 'app://mending/index.html' };
const ERROR_CODES = ['invalid_input', 'not_found', 'conflict'];

/** Any JSON-ish value, plus the numbers and strings that break naive validation. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, '', '\u0000', '2024-02-30', '__proto__'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/**
 * Turns a valid input into a mostly-valid one: one field replaced by a hostile value, or an
 * unknown key added. This reaches deeper into the schemas than fully random objects do.
 */
export function mutated<T extends Record<string, unknown>>(
  valid: fc.Arbitrary<T>,
): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), hostileValue, fc.boolean())
    .map(([input, pick, value, addUnknownKey]) => {
      const keys = Object.keys(input);
      const copy: Record<string, unknown> = { ...input };
      if (addUnknownKey || keys.length === 0) copy['extra'] = value;
      else copy[keys[pick % keys.length] ?? 'extra'] = value;
      return copy;
    });
}

/**
 * For one channel: any input answers with a typed result (`ok` with a value the output schema
 * accepts) or a typed error, never a throw; and a rejected request leaves every table unchanged.
 * `seed` fills the database first, so updates and deletes meet real rows.
 */
export async function expectChannelIsTotal(
  channel: Channel,
  inputs: fc.Arbitrary<unknown>,
  options: {
    seed?: (dispatch: Dispatch) => Promise<void>;
    numRuns?: number;
    /** What else the shell gives the handlers (files it knows of, ports), for channels that use it. */
    context?: Omit<HandlerContext, 'db' | 'version' | 'databasePath'>;
  } = {},
): Promise<void> {
  const testDb = createTestDatabase();
  try {
    const router = createRouter({
      handlers: createHandlers({
        ...options.context,
        db: testDb.db,
        version: 'test',
        databasePath: testDb.path,
      }),
      isTrustedSender: (sender) => sender.url === APP_PAGE.url,
      onUnexpectedError: (error) => {
        throw error;
      },
    });
    const dispatch: Dispatch = (c, input) => router.dispatch(c, input, APP_PAGE);
    await options.seed?.(dispatch);
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const before = snapshotAllTables(testDb.db);
        const result = await dispatch(channel, input);
        if (result.ok) {
          expect(contract[channel].output.safeParse(result.value).success).toBe(true);
        } else {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(snapshotAllTables(testDb.db)).toEqual(before);
        }
      }),
      { numRuns: options.numRuns ?? 150 },
    );
  } finally {
    testDb.cleanup();
  }
}

export type Dispatch = (
  channel: Channel,
  input: unknown,
) => ReturnType<ReturnType<typeof createRouter>['dispatch']>;

/** Text a person might type: emoji, right-to-left scripts, SQL-looking strings, markup. */
export function humanText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength }),
      fc.constantFrom(
        "Robert'); DROP TABLE mood_entries;--",
        '<img src=x onerror=alert(1)>',
        'مرحبا بالعالم',
        'שלום',
        '👨‍👩‍👧‍👦 family day',
        '   ',
      ),
    )
    .filter((s) => !s.includes('\u0000'));
}

/** Zones at the edges of the clock: far ahead and behind UTC, half and quarter hours. */
export const EDGE_ZONES = [
  'UTC',
  'America/New_York',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
] as const;

/**
 * Any instant the contract accepts, anywhere in 1900-2999 and often right at its ends, where a
 * zone can move the local day outside the range.
 */
export const anyAcceptedInstant: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({
      min: new Date('1900-01-01T00:00:00.000Z'),
      max: new Date('2999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc
    .tuple(fc.constantFrom('1900-01-01', '1900-01-02', '2999-12-30', '2999-12-31'), fc.nat(1439))
    .map(
      ([day, minute]) =>
        `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`,
    ),
);

/** An emotion word as a person may type it: any text, and the awkward cases around the rules. */
export const anyEmotionWord: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 45 }),
  fc.constantFrom(
    'tired; wired',
    ' Calm',
    'WISTFUL',
    'wistful',
    'line\nbreak',
    'zesty 🍋',
    '\u200B',
  ),
);
