/**
 * How long backups are kept, once, for the code that prunes them (src-main/db/backup-retention.ts)
 * and for the sentences that tell the person (Settings), so the two can never drift apart.
 *
 * Daily backups: the newest `dailies`, then one a week for `weeklies` more weeks. Safety copies made
 * before an update, a restore or an import: every one from the last `safetyCopyDays` days, and the
 * newest of each kind however old. Backups the person makes by hand are never removed by the app.
 */
export const RETENTION = { dailies: 7, weeklies: 4, safetyCopyDays: 30 } as const;

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;

/** A small whole number in words ("five"), or in digits past twelve. */
function numberInWords(value: number): string {
  return SMALL_NUMBERS[value] ?? String(value);
}

/**
 * The longest a deleted entry lives on in daily backups when Mending is opened every day, in whole
 * weeks ("five weeks"): the daily copies cover `dailies` days and the weekly ones `weeklies` weeks
 * before them. Settings says "up to" this; opened less often, the copies reach further back (they
 * are counted in copies, not days), which Settings also says. tests/shared/backup-policy.test.ts
 * runs the real pruning day by day to check the bound holds and is tight.
 */
export function dailyBackupsKeepDeletedFor(
  policy: { readonly dailies: number; readonly weeklies: number } = RETENTION,
): string {
  const weeks = Math.max(1, Math.ceil((policy.dailies + policy.weeklies * 7) / 7));
  return `${numberInWords(weeks)} ${weeks === 1 ? 'week' : 'weeks'}`;
}
