import path from 'node:path';
import type Database from 'better-sqlite3';
import { diskProblemOf, writePrivateFile } from '../db/private-file';
import { createJourneyRepo } from '../db/repositories/journey-repo';
import { createReportRepo } from '../db/repositories/report-repo';
import type { FileDialogs, PdfPrinter } from './ports';
import { buildReportHtml } from '../report/build-report';
import { periodText } from '../report/format';
import { proposeNames } from '../report/names';
import { type HabitData, type ReportData, type StageChange } from '../report/report-data';
import { dayFromNumber, dayNumber, spanDays } from '../shared/series/buckets';
import { addDays, dayOfInstant, wallTimeOf } from '../shared/calendar';
import type { DayRange } from '../shared/contract/common';
import type { ReportRequest, ReportSaveRequest, ReportSaveResult } from '../shared/contract/report';
import { EMOTION_TAGS } from '../shared/domain/mood';
import { REPORT_MAX_DAYS, defaultReportFileName } from '../shared/domain/report';
import { isStage } from '../shared/domain/stages';
import { HONEST_REFLECTION_KIND } from '../shared/journey/honest-reflection';
import { HURT_WINDOW_DAYS } from '../shared/journey/where-you-are';
import { ServiceError } from './service-error';
import { createSettingsService } from './settings-service';

export interface ReportServiceOptions {
  /** Turns the report's HTML into a PDF (Electron's printToPDF in the app). */
  readonly printPdf?: PdfPrinter | undefined;
  /** The save dialog. */
  readonly files?: FileDialogs | undefined;
  /**
   * Renders the report elsewhere: in the app, a worker thread with its own read connection runs
   * this same service's `render` there (see off-main.ts), so a ten-year report never freezes the
   * window. Left out, it renders here.
   */
  readonly renderElsewhere?: ((request: ReportRequest) => Promise<RenderedReport>) | undefined;
  /** The same for the HTML file Save writes (see `renderElsewhere`). */
  readonly renderFileElsewhere?:
    ((request: ReportRequest) => Promise<RenderedReportFile>) | undefined;
}

/** The report's HTML file, as UTF-8 bytes, and the period it really covers. */
export interface RenderedReportFile {
  readonly bytes: Uint8Array;
  readonly from: string;
  readonly to: string;
}

/** The report's HTML document and the period it really covers. */
export interface RenderedReport {
  readonly html: string;
  readonly from: string;
  readonly to: string;
}

const FIXED_EMOTIONS: ReadonlySet<string> = new Set(EMOTION_TAGS);

/** Every string inside a reflection's saved answers (keys too), for the name proposals. */
function stringsIn(value: unknown, out: string[], depth = 0): void {
  if (depth > 8) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value as unknown[]) stringsIn(v, out, depth + 1);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out, depth + 1);
    }
  }
}

function parseAnswers(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // The column is CHECKed with json_valid, so this is a corrupt row: show it as it is.
    return json;
  }
}

/**
 * The private progress report: reads the period's aggregates, builds the HTML, and saves it as
 * HTML or PDF where the person chooses.
 */
export function createReportService(db: Database.Database, options: ReportServiceOptions = {}) {
  const repo = createReportRepo(db);
  // The Journey's own reads, so the report counts rehearsals exactly as the screen does.
  const journey = createJourneyRepo(db);

  /**
   * The period the report really covers: it starts no earlier than the first record (so "all"
   * and a year with three months of records both start where the records do) and spans at most
   * about ten years.
   */
  function resolvePeriod(
    request: DayRange,
    stages: readonly StageChange[],
  ): DayRange & { firstRecordDay: string | null } {
    const firstRecords = [repo.firstRecordDay(request.to), stages[0]?.day].filter(
      (d): d is string => d !== undefined && d !== null && d <= request.to,
    );
    const firstRecordDay = firstRecords.sort()[0] ?? null;
    let from = request.from;
    if (firstRecordDay !== null && firstRecordDay > from) from = firstRecordDay;
    if (firstRecordDay === null && spanDays(from, request.to) > REPORT_MAX_DAYS) {
      from = dayFromNumber(dayNumber(request.to) - REPORT_MAX_DAYS + 1);
    }
    if (spanDays(from, request.to) > REPORT_MAX_DAYS) {
      throw new ServiceError(
        'invalid_input',
        'A report can cover up to ten years at a time. Choose a later start date.',
        'from',
      );
    }
    return { from, to: request.to, firstRecordDay };
  }

  function stageChanges(includeText: boolean): StageChange[] {
    return repo.stageChanges(includeText).flatMap((row) =>
      isStage(row.stage)
        ? [
            {
              stage: row.stage,
              day: dayOfInstant(row.changedAt, row.timeZone),
              reason: row.reason,
              wasSuggested: row.wasSuggested,
            },
          ]
        : [],
    );
  }

  /**
   * The person's calendar day at `instant` (never the UTC day: a habit added at 21:00 in New York
   * was added that evening, not at 02:00 the next day). Habits keep no zone of their own, so this
   * uses the zone of the person's entry nearest in time. With no entry to go by, it leans the way
   * that keeps the habit in the period: the earliest day the instant fell on anywhere on Earth
   * (UTC-12) for the day it was added, the latest (UTC+14) for the day it was archived.
   */
  function personalDay(instant: string, withoutZone: 'earliest' | 'latest'): string {
    const zone =
      repo.zoneNear(instant) ?? (withoutZone === 'earliest' ? 'Etc/GMT+12' : 'Etc/GMT-14');
    return dayOfInstant(instant, zone);
  }

  /** Mood days in "Where you are now"'s longest window that fall before the period. */
  function moodBefore(range: DayRange): ReportData['moodBeforePeriod'] {
    const windowStart = addDays(range.to, -(HURT_WINDOW_DAYS - 1));
    if (windowStart >= range.from) return [];
    return repo.moodDays({ from: windowStart, to: addDays(range.from, -1) });
  }

  /** The latest honest reflection up to `to`, and how many times it was answered by then. */
  function latestHonestReflection(
    to: string,
    includeText: boolean,
  ): ReportData['honestReflection'] {
    const rows = repo.reflectionsOfKindUpTo(HONEST_REFLECTION_KIND, to, includeText);
    const latest = rows[0];
    if (latest === undefined) return null;
    return { day: latest.day, answers: parseAnswers(latest.answers), times: rows.length };
  }

  /** Everything the report shows, read in one transaction so the numbers agree with each other. */
  const load = db.transaction((request: ReportRequest): ReportData => {
    const includeText = request.privacy !== 'summary';
    const stages = stageChanges(includeText).sort((a, b) => a.day.localeCompare(b.day));
    const period = resolvePeriod(request, stages);
    const range = { from: period.from, to: period.to };

    const checkins = repo.checkinsUpTo(range.to);
    const notesByHabit = new Map<number, { day: string; text: string }[]>();
    if (includeText) {
      for (const n of repo.checkinNotes(range)) {
        notesByHabit.set(n.habitId, [
          ...(notesByHabit.get(n.habitId) ?? []),
          { day: n.day, text: n.note },
        ]);
      }
    }
    const recordsByHabit = new Map<number, HabitData['records'][number][]>();
    for (const c of checkins) {
      const list = recordsByHabit.get(c.habitId) ?? [];
      list.push({ day: c.day, count: c.count, isSkip: c.isSkip });
      recordsByHabit.set(c.habitId, list);
    }
    const habits: HabitData[] = repo.habits(includeText).map((h) => {
      const records = recordsByHabit.get(h.id) ?? [];
      const addedDay = personalDay(h.createdAt, 'earliest');
      // A habit exists from its first record, which may be back-filled before the day it was
      // added to the app (records come sorted by day); without one, from the day it was added.
      const firstRecord = records[0]?.day;
      return {
        id: h.id,
        name: h.name,
        kind: h.kind,
        targetCount: h.targetCount,
        period: h.period,
        createdDay: firstRecord !== undefined && firstRecord < addedDay ? firstRecord : addedDay,
        archivedDay: h.archivedAt === null ? null : personalDay(h.archivedAt, 'latest'),
        records,
        notes: notesByHabit.get(h.id) ?? [],
      };
    });

    const emotions = repo.emotions(range).map((e) => {
      const isOwnWord = !FIXED_EMOTIONS.has(e.tag);
      // A word of the person's own is free text: a summary keeps only how often one was chosen.
      return { tag: isOwnWord && !includeText ? '' : e.tag, count: e.count, isOwnWord };
    });

    const moodDays = repo.moodDays(range);
    return {
      from: range.from,
      to: range.to,
      privacy: request.privacy,
      redactions: request.privacy === 'therapist' ? request.redactions : [],
      firstRecordDay: period.firstRecordDay,
      mood: {
        days: moodDays,
        entryCount: moodDays.reduce((sum, d) => sum + d.entries, 0),
        emotions,
        notes: includeText
          ? repo.moodNotes(range).map((n) => ({
              day: n.day,
              time: wallTimeOf(n.occurredAt, n.timeZone).time,
              mood: n.mood,
              text: n.note,
            }))
          : [],
      },
      habits,
      communication: {
        groups: repo.communicationGroups(range),
        notes: includeText
          ? repo.communicationNotes(range).map((n) => ({
              day: n.day,
              time: wallTimeOf(n.occurredAt, n.timeZone).time,
              skill: n.skill,
              counterpart: n.counterpart,
              outcome: n.outcome,
              tone: n.tone,
              doDifferently: n.doDifferently,
              note: n.note,
            }))
          : [],
      },
      stages,
      reflections: repo.reflections(range, includeText).map((r) => ({
        day: r.day,
        kind: r.kind,
        stage: r.stage !== null && isStage(r.stage) ? r.stage : null,
        answers: includeText ? parseAnswers(r.answers) : null,
      })),
      moodBeforePeriod: moodBefore(range),
      apologyRehearsals: journey.apologyRehearsals(range.to),
      breakupDay: createSettingsService(db).get().breakupDay,
      honestReflection: latestHonestReflection(range.to, includeText),
    } satisfies ReportData;
  });

  /** Everything the person wrote in the period, for the name proposals. */
  const textsIn = db.transaction((range: DayRange): string[] => {
    const texts: string[] = [];
    for (const n of repo.moodNotes(range)) texts.push(n.note);
    for (const n of repo.checkinNotes(range)) texts.push(n.note);
    for (const n of repo.communicationNotes(range)) {
      if (n.note !== null) texts.push(n.note);
      if (n.doDifferently !== null) texts.push(n.doDifferently);
    }
    for (const r of repo.reflections(range, true)) stringsIn(parseAnswers(r.answers), texts);
    for (const s of stageChanges(true)) {
      if (s.reason !== null && s.day >= range.from && s.day <= range.to) texts.push(s.reason);
    }
    for (const h of repo.habits(true)) if (h.name !== null) texts.push(h.name);
    for (const e of repo.emotions(range)) if (!FIXED_EMOTIONS.has(e.tag)) texts.push(e.tag);
    return texts;
  });

  /** The report's data, read in one transaction, rendered to its document. */
  function render(request: ReportRequest): RenderedReport {
    const data = load(request);
    return { html: buildReportHtml(data), from: data.from, to: data.to };
  }

  /** Where the report is rendered: elsewhere when the caller gave a place, else here. */
  function rendered(request: ReportRequest): Promise<RenderedReport> {
    if (options.renderElsewhere === undefined) return Promise.resolve(render(request));
    // Only the fields the report reads cross to the worker (a save request carries more).
    const { from, to, privacy, redactions } = request;
    return options.renderElsewhere({ from, to, privacy, redactions });
  }

  /** The report as the bytes of its HTML file, rendered here. */
  function renderFile(request: ReportRequest): RenderedReportFile {
    const { html, from, to } = render(request);
    return { bytes: new TextEncoder().encode(html), from, to };
  }

  /**
   * The same, rendered where `renderFileElsewhere` says. As bytes, the document crosses from the
   * worker thread without a copy (a transferred buffer) and is never encoded on the main thread.
   */
  function renderedFile(request: ReportRequest): Promise<RenderedReportFile> {
    if (options.renderFileElsewhere === undefined) return Promise.resolve(renderFile(request));
    const { from, to, privacy, redactions } = request;
    return options.renderFileElsewhere({ from, to, privacy, redactions });
  }

  return {
    render,
    renderFile,

    /** The report's HTML, exactly as Save writes it, rendered here. */
    preview(request: ReportRequest): { html: string } {
      return { html: render(request).html };
    },

    /** The same, rendered where `renderElsewhere` says (the worker thread in the app). */
    async previewElsewhere(request: ReportRequest): Promise<{ html: string }> {
      return { html: (await rendered(request)).html };
    },

    /** Words in the period's notes that look like names of people, most frequent first. */
    names(range: DayRange): { names: string[] } {
      return { names: proposeNames(textsIn(range)) };
    },

    /**
     * Asks where to save (suggesting `mending-report-<from>-to-<to>.pdf`), then writes the report
     * there, readable by this user only. Cancelling the dialog saves nothing.
     */
    async save(request: ReportSaveRequest): Promise<ReportSaveResult> {
      const { files, printPdf } = options;
      if (!files) {
        throw new ServiceError(
          'internal',
          'Mending cannot show a save dialog here, so nothing was saved.',
        );
      }
      if (request.format === 'pdf' && !printPdf) {
        throw new ServiceError(
          'internal',
          'Mending cannot make a PDF here. Save it as a web page instead.',
        );
      }
      // Checked before the dialog, so a period that cannot be reported is said before asking where.
      const period = resolvePeriod(
        request,
        stageChanges(false).sort((a, b) => a.day.localeCompare(b.day)),
      );
      // The print window opens while the person picks where to save, rather than after.
      if (request.format === 'pdf') printPdf?.prepare?.();
      const chosen = await files.chooseSavePath({
        title: 'Save your progress report',
        defaultName: defaultReportFileName(period.from, period.to, request.format),
        extensions: [request.format],
      });
      if (chosen === null) return { saved: false };
      const extension = `.${request.format}`;
      const target = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;

      let bytes: Uint8Array;
      if (request.format === 'pdf' && printPdf) {
        const { html, from, to } = await rendered(request);
        bytes = await printPdf(html, {
          pageSize: request.pageSize,
          headerText: periodText(from, to),
        });
      } else {
        bytes = (await renderedFile(request)).bytes;
      }
      try {
        await writePrivateFile(target, bytes);
      } catch (error) {
        const problem = diskProblemOf(error, 'write');
        if (problem === undefined) throw error;
        throw new ServiceError(
          'conflict',
          `The report could not be saved because ${problem.problem}. Nothing was written. ${problem.advice}`,
        );
      }
      return { saved: true, fileName: path.basename(target) };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
