/**
 * The private progress report: privacy levels, formats and page sizes, with the words the Report
 * screen shows for them. Zod-free, so the renderer can import it; `contract/report.ts` validates.
 */
import { addDays } from '../calendar';

/** What a redacted name is replaced with. */
export const REDACTED_NAME = '[name]';

/**
 * How much of what the person wrote goes into the report, most private first:
 * - `summary`: numbers and charts only, no free text at all (not even habit names);
 * - `therapist`: everything, with the names of people the person lists replaced by "[name]";
 * - `full`: everything, notes and reflections included.
 */
export const REPORT_PRIVACY_LEVELS = ['summary', 'therapist', 'full'] as const;
export type ReportPrivacy = (typeof REPORT_PRIVACY_LEVELS)[number];

/**
 * The level a report gets when nobody chose one: the most private (domain.md, "Privacy"). More is
 * the person's choice, never a preselection.
 */
export const REPORT_DEFAULT_PRIVACY = 'summary' satisfies ReportPrivacy;

/** The levels' names: what kind of report it is, never a word that sounds safer than it is. */
export const REPORT_PRIVACY_LABELS: Readonly<Record<ReportPrivacy, string>> = {
  summary: 'Summary',
  therapist: 'Therapist',
  full: 'Full',
};

/** What each level includes, shown beside the choice and printed on the report's cover. */
export const REPORT_PRIVACY_EXPLANATIONS: Readonly<Record<ReportPrivacy, string>> = {
  summary:
    'Includes your numbers and charts: your mood day by day and the emotions you picked from the list; your habits (numbered, not named); your stage; your communication practice by skill and outcome; how many reflections you wrote; and how often you were in contact with your ex, what brought it about, who reached out first and its tone. No notes or other text you wrote.',
  therapist: `Includes everything, with the names you choose replaced by “${REDACTED_NAME}”.`,
  full: 'Includes everything, with your notes and reflections.',
};

export const REPORT_FORMATS = ['pdf', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FORMAT_LABELS: Readonly<Record<ReportFormat, string>> = {
  pdf: 'PDF document',
  html: 'Web page (HTML)',
};

export const REPORT_PAGE_SIZES = ['A4', 'Letter'] as const;
export type ReportPageSize = (typeof REPORT_PAGE_SIZES)[number];

/** The longest name a person can add to the redaction list, in characters they see. */
export const REDACTION_NAME_MAX = 100;
/** The most names the redaction list can hold. */
export const REDACTION_LIST_MAX = 300;
/**
 * The longest period a report can cover once it starts at the first record: a bit more than the
 * ten years the app is built for.
 */
export const REPORT_MAX_DAYS = 3700;
/** Where "everything you have recorded" starts looking; the report then starts at the first record. */
export const REPORT_EARLIEST_DAY = '1900-01-01';

/** The period choices the Report screen offers. */
export const REPORT_PERIOD_PRESETS = ['month', 'quarter', 'year', 'all', 'custom'] as const;
export type ReportPeriodPreset = (typeof REPORT_PERIOD_PRESETS)[number];

export const REPORT_PERIOD_LABELS: Readonly<Record<ReportPeriodPreset, string>> = {
  month: 'Last 30 days',
  quarter: 'Last 3 months',
  year: 'Last year',
  all: 'All your records',
  custom: 'Choose dates',
};

/**
 * The period a preset stands for, ending today. "All" starts as far back as a date can go; the
 * report itself then starts on the first day anything was recorded.
 */
export function periodForPreset(
  preset: Exclude<ReportPeriodPreset, 'custom'>,
  today: string,
): { from: string; to: string } {
  switch (preset) {
    case 'month':
      return { from: addDays(today, -29), to: today };
    case 'quarter':
      return { from: addDays(today, -90), to: today };
    case 'year':
      return { from: addDays(today, -364), to: today };
    case 'all':
      return { from: REPORT_EARLIEST_DAY, to: today };
    default: {
      const unhandled: never = preset;
      return unhandled;
    }
  }
}

/** The name the save dialog suggests: `mending-report-2026-01-01-to-2026-03-31.pdf`. */
export function defaultReportFileName(from: string, to: string, format: ReportFormat): string {
  return `mending-report-${from}-to-${to}.${format}`;
}
