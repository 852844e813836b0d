import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfOptions, PdfPrinter } from '../../src-main/services/ports';
import { writePrivateFile } from '../../src-main/db/private-file';
import { addDays } from '../../src-main/shared/calendar';
import { reportRequestSchema, reportSaveSchema } from '../../src-main/shared/contract/report';
import { createHabitService } from '../../src-main/services/habit-service';
import { createCommunicationService } from '../../src-main/services/communication-service';
import { NO_SKILL_NAMED } from '../../src-main/shared/domain/communication';
import { createReportService } from '../../src-main/services/report-service';
import type { ServiceError } from '../../src-main/services/service-error';
import { longDate } from '../../src-main/report/format';
import { dayInWords } from '../../src-main/shared/journey/apology';
import { worksheetDayInWords } from '../../src-main/shared/journey/decide-rules';
import { createFakeFiles, type FakeFiles } from '../helpers/fake-files';
import { JOURNEY_STEPS, seedHistory } from '../report/history';
import { createTestDatabase } from '../helpers/test-db';

type TestDb = ReturnType<typeof createTestDatabase>;

/** A handful of rows written straight in SQL, over a few days in March 2026. */
function seed(db: TestDb['db']): void {
  const mood = db.prepare(
    `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, energy, hurt, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  // 23:30 in Kathmandu on the 2nd is 17:45 UTC: bucketed by the zone it was written in.
  mood.run(
    '2026-03-02T17:45:00.000Z',
    'Asia/Kathmandu',
    '2026-03-02',
    3,
    8,
    'Coffee with Sam. <b>ok</b>',
    'x',
    'x',
  );
  mood.run(
    '2026-03-05T09:00:00.000Z',
    'UTC',
    '2026-03-05',
    5,
    6,
    'Rang Priya; Sam was there too.',
    'x',
    'x',
  );
  mood.run('2026-03-09T09:00:00.000Z', 'UTC', '2026-03-09', 7, 4, null, 'x', 'x');
  db.prepare(
    `INSERT INTO habits (id, name, kind, target_count, period, created_at) VALUES (1, 'Walk with Sam', 'build', 1, 'day', '2026-03-01T08:00:00.000Z')`,
  ).run();
  const checkin = db.prepare(
    `INSERT INTO habit_checkins (habit_id, day, count, is_skip, note, created_at, updated_at) VALUES (1, ?, 1, 0, ?, 'x', 'x')`,
  );
  checkin.run('2026-03-02', null);
  checkin.run('2026-03-03', 'Sam joined');
  db.prepare(
    `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
     VALUES ('right_reasons', 'heal_yourself', '2026-03-04', ?, 'x', 'x')`,
  ).run(JSON.stringify({ why: 'For me, not for Sam.' }));
}

const range = { from: '2026-03-01', to: '2026-03-31' };

let testDb: TestDb;
let files: FakeFiles;
let printed: { html: string; options: PdfOptions }[];
const printPdf: PdfPrinter = (html, options) => {
  printed.push({ html, options });
  return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
};

beforeEach(() => {
  testDb = createTestDatabase();
  seed(testDb.db);
  files = createFakeFiles();
  printed = [];
});
afterEach(() => testDb.cleanup());

const folder = () => {
  const dir = join(testDb.path, '..', 'out');
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('report preview', () => {
  it('starts at the first record, not at an empty stretch before it', () => {
    const report = createReportService(testDb.db);
    const { html } = report.preview({
      from: '1900-01-01',
      to: '2026-03-31',
      privacy: 'full',
      redactions: [],
    });
    expect(html).toContain('2 March 2026 to 31 March 2026');
    expect(html).toContain('the first day anything was recorded');
  });

  it('reads Where you are now over its own windows, back before a short period starts', () => {
    const report = createReportService(testDb.db);
    // A two-day period: mood on 2, 5 and 9 March all fall in the 14 days up to the 9th.
    const html = report.preview({
      from: '2026-03-08',
      to: '2026-03-09',
      privacy: 'summary',
      redactions: [],
    }).html;
    expect(html).toContain('3 of the last 14 days have a mood entry.');
    expect(html).toContain('3 of the last 28 days have a rating of how much it hurts.');
  });

  it('says the latest honest reflection and counts every answering up to the end', () => {
    const add = testDb.db.prepare(
      `INSERT INTO reflections (kind, stage, local_day, answers, created_at, updated_at)
       VALUES ('honest_reflection', 'heal_yourself', ?, ?, 'x', 'x')`,
    );
    const answers = { overThem: 'some', habits: 'some', allRight: 'yes', note: null };
    add.run('2026-03-03', JSON.stringify({ ...answers, makesSense: 'yes' }));
    add.run('2026-03-06', JSON.stringify({ ...answers, makesSense: 'no' }));
    add.run('2026-04-02', JSON.stringify({ ...answers, makesSense: 'not_sure' }));
    const report = createReportService(testDb.db);
    const full = report.preview({ ...range, privacy: 'full', redactions: [] }).html;
    expect(full).toContain('When you last answered, on 6 March 2026, you said');
    expect(full).toContain('getting back together does not make sense to you.');
    expect(full).toContain('You have answered it 2 times in all.');
    // At the summary level the answers stay out; the day it was answered is a fact of its own.
    const summary = report.preview({ ...range, privacy: 'summary', redactions: [] }).html;
    expect(summary).toContain('You last answered it on 6 March 2026.');
    expect(summary).not.toContain('does not make sense to you');
  });

  it('reads the period’s own words at the full level, and none at the summary level', () => {
    const report = createReportService(testDb.db);
    const full = report.preview({ ...range, privacy: 'full', redactions: [] }).html;
    expect(full).toContain('Coffee with Sam. &lt;b&gt;ok&lt;/b&gt;');
    expect(full).toContain('Walk with Sam');
    expect(full).toContain('For me, not for Sam.');
    expect(full).toContain('23:30 · mood 3');

    const summary = report.preview({ ...range, privacy: 'summary', redactions: ['ignored'] }).html;
    expect(summary).not.toMatch(/Sam|Priya|Coffee|For me/);
    expect(summary).toContain('Habit 1 (build)');
    expect(summary).toContain('You recorded your mood on 3 days.');
  });

  it('makes the most private report when a request names no level, in preview and in save', async () => {
    const report = createReportService(testDb.db, { files, printPdf });
    const preview = report.preview(reportRequestSchema.parse({ ...range })).html;
    expect(preview).toContain('Privacy: Summary.');
    expect(preview).toContain('No notes or other text you wrote.');
    expect(preview).not.toMatch(/Sam|Priya|Coffee|For me/);

    const target = join(folder(), 'default.html');
    files.answerSave(target);
    await report.save(reportSaveSchema.parse({ ...range, format: 'html' }));
    const saved = readFileSync(target, 'utf8');
    expect(saved).toContain('Privacy: Summary.');
    expect(saved).not.toMatch(/Sam|Priya|Coffee|For me/);
  });

  it('reads who reached out first and what brought contact about from the database', () => {
    const contact = testDb.db.prepare(
      `INSERT INTO communication_entries (occurred_at, time_zone, local_day, skill, counterpart,
         is_contact_with_ex, contact_context, initiated_by, tone, self_rating, outcome, created_at,
         updated_at)
       VALUES (?, 'UTC', ?, 'calm_logistics', 'ex', 1, ?, ?, 'civil', ?, 'resolved', 'x', 'x')`,
    );
    contact.run('2026-03-10T09:00:00.000Z', '2026-03-10', 'shared_home', 'them', 4);
    contact.run('2026-03-11T09:00:00.000Z', '2026-03-11', 'shared_home', 'them', null);
    contact.run('2026-03-12T09:00:00.000Z', '2026-03-12', 'other', null, 2);
    const html = createReportService(testDb.db).preview({
      ...range,
      privacy: 'summary',
      redactions: [],
    }).html;
    const text = html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('What brought it about Contacts Shared home 2 Other 1');
    expect(text).toContain('Who reached out first Contacts They did 2 Not said 1');
    expect(text).toContain('How you feel you handled it: you answered 2 times, 3.0 out of 5');
    // Three conversations, all resolved: a count, not "100%".
    expect(text).toContain('Of those with an outcome noted, 3 of 3 ended resolved');
  });

  it('counts contact with the ex that named no skill in its own row, at every level', () => {
    const talks = createCommunicationService(testDb.db);
    talks.create({
      occurredAt: '2026-03-10T22:30:00.000Z',
      timeZone: 'UTC',
      skill: null,
      counterpart: 'ex',
      isContactWithEx: true,
      contactContext: 'i_reached_out',
      note: 'Texted them at night.',
    });
    for (const privacy of ['summary', 'therapist', 'full'] as const) {
      const html = createReportService(testDb.db).preview({
        ...range,
        privacy,
        redactions: [],
      }).html;
      expect(html).toContain(`>${NO_SKILL_NAMED}</text`);
    }
  });

  it('hides the chosen names at the therapist level, and only there', () => {
    const report = createReportService(testDb.db);
    const therapist = report.preview({
      ...range,
      privacy: 'therapist',
      redactions: ['sam', 'Priya'],
    }).html;
    expect(therapist).not.toMatch(/Sam|Priya/);
    expect(therapist).toContain('Coffee with [name].');
    expect(therapist).toContain('Walk with [name]');
    const full = report.preview({ ...range, privacy: 'full', redactions: ['Sam'] }).html;
    expect(full).toContain('Coffee with Sam.');
  });

  it('refuses a period of more than about ten years of records, naming the start date', () => {
    const report = createReportService(testDb.db);
    testDb.db
      .prepare(
        `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, created_at, updated_at)
         VALUES ('2010-01-01T09:00:00.000Z', 'UTC', '2010-01-01', 5, 'x', 'x')`,
      )
      .run();
    expect(() =>
      report.preview({ from: '1900-01-01', to: '2026-03-31', privacy: 'full', redactions: [] }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', field: 'from' }) as ServiceError);
  });
});

describe('which habits the report includes', () => {
  // Each case starts from an empty database: the March seed above has a habit of its own.
  let empty: TestDb;
  beforeEach(() => {
    empty = createTestDatabase();
  });
  afterEach(() => empty.cleanup());

  const habitsAt = (instant: string) =>
    createHabitService(empty.db, { now: () => new Date(instant) });
  const preview = (from: string, to: string) =>
    createReportService(empty.db).preview({ from, to, privacy: 'full', redactions: [] }).html;
  /** A mood entry written at `instant` in `zone`: the witness of the zone the person was in. */
  function moodIn(zone: string, instant: string, day: string) {
    empty.db
      .prepare(
        `INSERT INTO mood_entries (occurred_at, time_zone, local_day, mood, created_at, updated_at)
         VALUES (?, ?, ?, 5, ?, ?)`,
      )
      .run(instant, zone, day, instant, instant);
  }
  const NONE = 'No habits were tracked in this period.';

  it('includes a habit from its first back-filled record, before the day it was added', () => {
    // Added on 30 November, with every day from 21 September to 20 November back-filled.
    const habits = habitsAt('2026-11-30T10:00:00.000Z');
    const { id } = habits.create({ name: 'Stretch', kind: 'build', targetCount: 1, period: 'day' });
    for (let day = '2026-09-21'; day <= '2026-11-20'; day = addDays(day, 1)) {
      habits.setCheckin({ habitId: id, day, count: 1 });
    }
    // 61 perfect days: 1 - 2^(-61/13) = 0.961, as the Habits screen shows on 20 November.
    expect(habits.list('2026-11-20')[0]?.strength).toBeCloseTo(0.961, 3);
    const html = preview('2026-10-22', '2026-11-20');
    expect(html).not.toContain(NONE);
    expect(html).toMatch(/Stretch[\s\S]*?96%/);
  });

  it('takes the day a habit was added in the person’s zone, not in UTC', () => {
    // 21:00 on 3 November in New York is 02:00 UTC on the 4th; ticked on the 3rd.
    moodIn('America/New_York', '2026-11-03T20:00:00.000Z', '2026-11-03');
    const habits = habitsAt('2026-11-04T02:00:00.000Z');
    const { id } = habits.create({ name: 'Stretch', kind: 'build', targetCount: 1, period: 'day' });
    habits.setCheckin({ habitId: id, day: '2026-11-03', count: 1 });
    expect(preview('2026-11-01', '2026-11-03')).toContain('Stretch');
  });

  it('includes a habit added that evening with nothing recorded yet, and not one added the next day', () => {
    moodIn('America/New_York', '2026-11-03T20:00:00.000Z', '2026-11-03');
    habitsAt('2026-11-04T02:00:00.000Z').create({
      name: 'Stretch',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    expect(preview('2026-11-01', '2026-11-03')).toContain('Stretch');
    // In Paris 02:00 UTC on the 4th is already the 4th: not yet a habit on the 3rd.
    empty.db.prepare(`UPDATE mood_entries SET time_zone = 'Europe/Paris'`).run();
    const html = preview('2026-11-01', '2026-11-03');
    expect(html).toContain(NONE);
    expect(html).not.toContain('Stretch');
  });

  it('takes the zone of the nearest entry even when it is weeks away', () => {
    // Nothing within days of the habit's adding: the nearest entry (New York, two weeks before)
    // still decides, not an older one in Paris, where 02:00 UTC on the 4th is the 4th.
    moodIn('Europe/Paris', '2026-09-01T10:00:00.000Z', '2026-09-01');
    moodIn('America/New_York', '2026-10-20T20:00:00.000Z', '2026-10-20');
    habitsAt('2026-11-04T02:00:00.000Z').create({
      name: 'Stretch',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    expect(preview('2026-10-20', '2026-11-03')).toContain('Stretch');
    // With Paris two weeks before instead, the habit was added on the 4th.
    empty.db.prepare(`UPDATE mood_entries SET time_zone = 'Europe/Paris'`).run();
    expect(preview('2026-10-20', '2026-11-03')).not.toContain('Stretch');
  });

  it('with no entry to tell the zone by, keeps a habit in the period it may have been added in', () => {
    // 02:00 UTC on 4 November is still the 3rd in zones behind UTC; nothing says which zone.
    habitsAt('2026-11-04T02:00:00.000Z').create({
      name: 'Stretch',
      kind: 'build',
      targetCount: 1,
      period: 'day',
    });
    expect(preview('2026-11-01', '2026-11-03')).toContain('Stretch');
  });

  it('takes the day a habit was archived in the person’s zone', () => {
    moodIn('America/New_York', '2026-11-01T14:00:00.000Z', '2026-11-01');
    const habits = habitsAt('2026-11-01T14:00:00.000Z');
    const { id } = habits.create({ name: 'Stretch', kind: 'build', targetCount: 1, period: 'day' });
    habits.setCheckin({ habitId: id, day: '2026-11-01', count: 1 });
    // Archived at 21:00 on 3 November in New York (02:00 UTC on the 4th).
    habitsAt('2026-11-04T02:00:00.000Z').archive(id);
    expect(preview('2026-11-01', '2026-11-03')).toContain('archived 3 Nov 2026');
  });
});

describe('report names', () => {
  it('proposes the names that appear in the period’s notes, most frequent first', () => {
    const report = createReportService(testDb.db);
    expect(report.names(range)).toEqual({ names: ['Sam', 'Priya'] });
    expect(report.names({ from: '2026-04-01', to: '2026-04-30' }).names).toEqual(['Sam']);
  });
});

describe('report save', () => {
  it('asks where, suggests a name with the period, and writes the HTML readable by this user only', async () => {
    const report = createReportService(testDb.db, { files, printPdf });
    const target = join(folder(), 'my report.html');
    files.answerSave(target);
    const result = await report.save({
      ...range,
      privacy: 'full',
      redactions: [],
      format: 'html',
      pageSize: 'A4',
    });
    expect(result).toEqual({ saved: true, fileName: 'my report.html' });
    expect(files.saveRequests).toEqual([
      {
        title: 'Save your progress report',
        defaultName: 'mending-report-2026-03-02-to-2026-03-31.html',
        extensions: ['html'],
      },
    ]);
    expect(readFileSync(target, 'utf8')).toBe(
      report.preview({ ...range, privacy: 'full', redactions: [] }).html,
    );
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder())).toEqual(['my report.html']);
  });

  it('prints a PDF with the chosen page size and the period in the header', async () => {
    const report = createReportService(testDb.db, { files, printPdf });
    const target = join(folder(), 'report');
    files.answerSave(target);
    const result = await report.save({
      ...range,
      privacy: 'therapist',
      redactions: ['Sam'],
      format: 'pdf',
      pageSize: 'Letter',
    });
    expect(result).toEqual({ saved: true, fileName: 'report.pdf' });
    expect(files.saveRequests[0]?.defaultName).toBe('mending-report-2026-03-02-to-2026-03-31.pdf');
    expect(printed).toHaveLength(1);
    expect(printed[0]?.options).toEqual({
      pageSize: 'Letter',
      headerText: '2 March 2026 to 31 March 2026',
    });
    expect(printed[0]?.html).not.toContain('Sam');
    expect(readFileSync(`${target}.pdf`, 'utf8')).toBe('%PDF-1.7 fake');
    expect(statSync(`${target}.pdf`).mode & 0o777).toBe(0o600);
  });

  it('has the print window got ready while the person picks where to save a PDF, and not for a web page', async () => {
    const steps: string[] = [];
    const preparing: PdfPrinter = Object.assign(
      (html: string, options: PdfOptions) => {
        steps.push('print');
        return printPdf(html, options);
      },
      { prepare: () => void steps.push('prepare') },
    );
    const asking = {
      chooseSavePath: (request: Parameters<typeof files.chooseSavePath>[0]) => {
        steps.push('dialog');
        return files.chooseSavePath(request);
      },
      chooseOpenPath: files.chooseOpenPath,
    };
    const report = createReportService(testDb.db, { files: asking, printPdf: preparing });
    files.answerSave(join(folder(), 'report.pdf'), join(folder(), 'report.html'), null);
    const request = { ...range, privacy: 'summary', redactions: [], pageSize: 'A4' } as const;
    await report.save({ ...request, format: 'pdf' });
    expect(steps).toEqual(['prepare', 'dialog', 'print']);
    steps.length = 0;
    await report.save({ ...request, format: 'html' });
    expect(steps).toEqual(['dialog']);
    steps.length = 0;
    // Cancelled: the window got ready for nothing, and the printer closes it when idle.
    expect(await report.save({ ...request, format: 'pdf' })).toEqual({ saved: false });
    expect(steps).toEqual(['prepare', 'dialog']);
  });

  it('replaces a file that was there, and leaves it readable by this user only', async () => {
    const report = createReportService(testDb.db, { files, printPdf });
    const target = join(folder(), 'report.html');
    await writePrivateFile(target, new TextEncoder().encode('old'));
    chmodSync(target, 0o644);
    files.answerSave(target);
    await report.save({
      ...range,
      privacy: 'summary',
      redactions: [],
      format: 'html',
      pageSize: 'A4',
    });
    expect(readFileSync(target, 'utf8')).toContain('Your progress');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('writes nothing when the person cancels', async () => {
    const report = createReportService(testDb.db, { files, printPdf });
    files.answerSave(null);
    expect(
      await report.save({
        ...range,
        privacy: 'full',
        redactions: [],
        format: 'pdf',
        pageSize: 'A4',
      }),
    ).toEqual({
      saved: false,
    });
    expect(printed).toEqual([]);
    expect(readdirSync(folder())).toEqual([]);
  });

  it('says plainly when the folder cannot be written, and leaves no partial file', async () => {
    const report = createReportService(testDb.db, { files, printPdf });
    const missing = join(folder(), 'gone', 'report.html');
    files.answerSave(missing);
    await expect(
      report.save({ ...range, privacy: 'full', redactions: [], format: 'html', pageSize: 'A4' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message:
        'The report could not be saved because that folder no longer exists. Nothing was written. Choose another place, then try again.',
    });
    expect(existsSync(missing)).toBe(false);
  });

  it('explains when there is no dialog or no printer to use', async () => {
    await expect(
      createReportService(testDb.db, { printPdf }).save({
        ...range,
        privacy: 'full',
        redactions: [],
        format: 'html',
        pageSize: 'A4',
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('cannot show a save dialog') as string,
    });
    await expect(
      createReportService(testDb.db, { files }).save({
        ...range,
        privacy: 'full',
        redactions: [],
        format: 'pdf',
        pageSize: 'A4',
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('Save it as a web page instead') as string,
    });
    expect(files.saveRequests).toEqual([]);
  });
});

describe('the journey in a report made from a real history', () => {
  const to = '2026-11-20';
  const from = addDays(to, -89);
  let history: TestDb;
  beforeEach(() => {
    history = createTestDatabase();
    seedHistory(history.db, { from, days: 90, timeZone: 'America/New_York', withJourney: true });
  });
  afterEach(() => history.cleanup());

  const textOf = (privacy: 'full' | 'therapist' | 'summary', redactions: string[] = []) => {
    const { html } = createReportService(history.db).preview({
      from: addDays(to, -29),
      to,
      privacy,
      redactions,
    });
    return html
      .replace(/<style>[^<]*<\/style>/, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  };
  const day = (offset: number) => longDate(addDays(to, offset));

  it('draws every move the services stored, with the reasons they gave', () => {
    const text = textOf('full');
    expect(text).toContain(`You have been in Take it Slow since ${day(JOURNEY_STEPS.answer)}.`);
    expect(text).toContain(
      `From your Decide worksheet of ${worksheetDayInWords(addDays(to, JOURNEY_STEPS.worksheet))}: you chose Reconcile.`,
    );
    expect(text).toContain(
      `Your apology of ${dayInWords(addDays(to, JOURNEY_STEPS.answer))}: they said yes.`,
    );
  });

  it('prints the worksheet and the draft in words, with the evidence as it stood', () => {
    const text = textOf('full');
    expect(text).toContain('Decide worksheet · Decide');
    expect(text).toContain('Did your ex ever frighten you');
    expect(text).toContain(
      'Looking back, where do you see the main part of what went wrong? Mostly me',
    );
    expect(text).toContain('Was there a deal-breaker? None of these');
    expect(text).toMatch(
      new RegExp(
        `Morning walk \\(at least 1 a day\\): strength \\d+% · kept on \\d+ of \\d+ days \\(as of ${day(JOURNEY_STEPS.worksheet)}\\)`,
      ),
    );
    expect(text).toContain('Checking their social media (not at all)');
    expect(text).toContain(`Path chosen Reconcile, chosen on ${day(JOURNEY_STEPS.worksheet)}`);
    expect(text).toContain('Apology draft · Apologize');
    expect(text).toContain(
      `Where it stands Given. They said yes, on ${day(JOURNEY_STEPS.answer)}.`,
    );
    expect(text).toContain('Part 3: Wanting to try again I would like to try again, slowly');
    expect(text).toContain('Honest reflection · Heal Yourself');
    expect(text).not.toMatch(
      /decide_worksheet|apology_draft|not_now|some_days|Based on id|Ready at|readyAt|basedOnId|\d{4}-\d{2}-\d{2}T/,
    );
  });

  it('hides the names at the therapist level and counts the kinds in words in a summary', () => {
    const therapist = textOf('therapist', ['Sam', 'Priya']);
    expect(therapist).toContain(
      'I stopped going quiet when things got hard; [name] noticed it too.',
    );
    expect(therapist).not.toMatch(/\bSam\b|Priya/);
    const summary = textOf('summary');
    for (const kind of ['Honest reflection', 'Decide worksheet', 'Apology draft']) {
      expect(summary).toMatch(new RegExp(`${kind} 1 \\d`));
    }
    expect(summary).not.toMatch(/Mostly me|going quiet|Morning walk|try again, slowly/);
  });

  it('proposes only people’s names, never the journey’s own words', () => {
    const { names } = createReportService(history.db).names({ from: addDays(to, -29), to });
    expect(names.sort()).toEqual(['Priya', 'Sam']);
  });
});
