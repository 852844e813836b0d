// @vitest-environment jsdom
// (for DOMParser: the report is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import { REPORT_CSP, buildReportHtml } from '../../src-main/report/build-report';
import { humanise } from '../../src-main/report/sections/ReflectionAnswers';
import { stageSpans } from '../../src-main/report/stage-spans';
import { createRedactor } from '../../src-main/report/redact';
import { REPORT_CSS } from '../../src-main/report/report-css';
import type { ReportData } from '../../src-main/report/report-data';
import { addDays } from '../../src-main/shared/calendar';
import {
  CONTACT_CONTEXT_LABELS,
  CONTACT_CONTEXTS,
} from '../../src-main/shared/domain/communication';
import {
  APOLOGY_ANSWERS,
  AFTER_APOLOGY_ANSWER,
  answerSentence,
} from '../../src-main/shared/journey/apology';
import { DEAL_BREAKERS, FAULTS, WILLINGNESS } from '../../src-main/shared/journey/decide-rules';
import {
  DEAL_BREAKER_LABELS,
  FAULT_LABELS,
  FAULT_LEGEND,
  WILLING_LABELS,
  WILLING_LEGEND,
} from '../../src-main/shared/journey/decide-words';
import {
  FREE_TEXT,
  HOSTILE,
  JOURNEY_TEXT,
  journeyFixture,
  journeyReflections,
  reportFixture,
} from './report-fixture';
import { asMarkup, readableText } from './report-text';

const parsed = new Map<string, Document>();

/** The document as a browser would parse it, without running anything (parsed once per string). */
function parse(html: string): Document {
  const known = parsed.get(html);
  if (known) return known;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  parsed.set(html, doc);
  return doc;
}

/** How a free text shows up in the report: reflection keys are turned into words first. */
function shown(value: string): string {
  return value === FREE_TEXT.reflectionKey ? humanise(value) : value;
}

function visibleText(html: string): string {
  return readableText(parse(html).body);
}

/** The checks every report must pass, whatever its privacy level. */
function expectSelfContainedAndInert(html: string): void {
  const doc = parse(html);
  // Nothing that runs or loads: no scripts, images, frames, links, objects, or event handlers.
  expect(
    doc.querySelectorAll('script, img, iframe, frame, link, object, embed, base, form'),
  ).toHaveLength(0);
  for (const element of doc.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute, `<${element.tagName}>`).not.toMatch(
        /^on|^src$|^href$|^xlink:href$|^style$/i,
      );
    }
  }
  // One stylesheet, exactly the constant the app's CSP allows by its hash.
  const styles = doc.querySelectorAll('style');
  expect(styles).toHaveLength(1);
  expect(styles[0]?.textContent).toBe(REPORT_CSS);
  // No references at all, not even inside the document (hatching is drawn as lines).
  expect(html).not.toMatch(/@import|url\(/i);
  // A strict policy of its own, and the word "http" nowhere else (not even in a note).
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
  expect(csp?.getAttribute('content')).toBe(REPORT_CSP);
  expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  expect(html.replace('http-equiv="Content-Security-Policy"', '')).not.toMatch(/http/i);
  expect(html).not.toMatch(/:\/\//);
}

/**
 * Landmarks and headings as a screen reader meets them: the cover as the banner, everything
 * else in one main landmark, the closing line as the footer; one h1, no level skipped, ids
 * unique, and every section named by a heading it holds.
 */
function expectLandmarksAndHeadings(html: string): void {
  const doc = parse(html);
  const landmarks = [...doc.body.children].map((c) => c.tagName.toLowerCase());
  expect(landmarks).toEqual(['header', 'main', 'footer']);
  expect(doc.querySelectorAll('main')).toHaveLength(1);
  expect(doc.querySelectorAll('h1')).toHaveLength(1);
  expect(doc.querySelector('header h1')?.textContent).toBe('Your progress');
  expect(doc.querySelectorAll('main h2').length).toBeGreaterThan(3);
  let level = 1;
  for (const heading of doc.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const next = Number(heading.tagName.slice(1));
    expect(next, `"${heading.textContent}" skips a level`).toBeLessThanOrEqual(level + 1);
    level = next;
  }
  const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const section of doc.querySelectorAll('section')) {
    const name = section.getAttribute('aria-labelledby') ?? '';
    const heading = doc.getElementById(name);
    expect(heading, `a section labelled by "${name}"`).not.toBeNull();
    expect(section.contains(heading)).toBe(true);
  }
}

describe('buildReportHtml at the full level', () => {
  const html = buildReportHtml(reportFixture('full'));

  it('is one self-contained, inert document', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expectSelfContainedAndInert(html);
    expectLandmarksAndHeadings(html);
  });

  it('has every section, with charts drawn as inline SVG', () => {
    const text = visibleText(html);
    for (const heading of [
      'Your progress',
      'Summary',
      'Your journey',
      'Where you are now',
      'Mood',
      'Mood calendar',
      'Habits',
      'Communication practice',
      'Contact with your ex',
      'Your reflections',
      'In your own words',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('1 January 2026 to 1 March 2026');
    const svgs = parse(html).querySelectorAll('svg[role="img"][aria-label]');
    // Timeline, mood trend, a calendar block and its key, one habit, skills, outcomes, tone.
    expect(svgs.length).toBeGreaterThanOrEqual(8);
  });

  it('includes everything the person wrote, as text, with markup escaped', () => {
    const text = visibleText(html);
    for (const value of Object.values(FREE_TEXT)) {
      expect(text).toContain(shown(value));
      expect(html).toContain(asMarkup(shown(value)));
    }
    expect(html).not.toContain(HOSTILE.img);
    expect(html).not.toContain(HOSTILE.script);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says the period in plain words, warmly and without blame', () => {
    const text = visibleText(html).replace(/\s+/g, ' ');
    expect(text).toContain(
      'You recorded your mood on 60 days (66 entries in all). It rose from about 4 to about 6.',
    );
    expect(text).toContain('How much it hurts went down from about 8 to about 3 out of 10.');
    expect(text).toContain(
      'Healing is the one outcome that is certain, and it counts whether or not you and your ex get back together.',
    );
    expect(text).toContain(
      'Healing is a success whether or not you and your ex get back together.',
    );
    expect(text).not.toMatch(/\b(him|her|he|she|his|hers)\b/i);
    // The rest of the kind: no "whatever you decide", no "still hurts", no "started it".
    expect(text).not.toMatch(/whatever you decide|still hurts|who started|started it|how you did/i);
  });

  it('shows the stage timeline and the stage the person is in at the end', () => {
    const text = visibleText(html).replace(/\s+/g, ' ');
    expect(text).toContain('You have been in Decide since 15 February 2026.');
    expect(text).toContain('The app suggested it; you chose it');
    expect(stageSpans(reportFixture('full'))).toEqual([
      { stage: 'heal_yourself', from: '2026-01-01', to: '2026-02-14' },
      { stage: 'decide', from: '2026-02-15', to: '2026-03-01' },
    ]);
  });

  it('keeps the line breaks of a note, and nothing else of its layout', () => {
    const data = reportFixture('full');
    const withLines: ReportData = {
      ...data,
      mood: {
        ...data.mood,
        notes: [{ day: '2026-01-05', time: '08:30', mood: 4, text: 'one\ntwo <b>\r\nthree' }],
      },
    };
    expect(buildReportHtml(withLines)).toContain('one<br/>two &lt;b&gt;<br/>three');
  });

  it('is the same string every time for the same data', () => {
    expect(buildReportHtml(reportFixture('full'))).toBe(html);
  });
});

describe('buildReportHtml at the summary level', () => {
  const html = buildReportHtml(reportFixture('summary'));

  it('is one self-contained, inert document', () => {
    expectSelfContainedAndInert(html);
    expectLandmarksAndHeadings(html);
  });

  it('contains no free text at all, not even habit names', () => {
    const text = visibleText(html);
    for (const value of Object.values(FREE_TEXT)) {
      expect(html).not.toContain(asMarkup(shown(value)));
    }
    for (const word of ['Sam', 'Priya', 'canal', 'Text Sam less', 'onerror', 'script']) {
      expect(text).not.toContain(word);
    }
    expect(text).not.toContain('In your own words');
  });

  it('numbers habits instead, and says why', () => {
    const text = visibleText(html).replace(/\s+/g, ' ');
    expect(text).toContain('Habit 1 (build)');
    expect(text).toContain(
      'Habit names are your own words, so they are left out at this privacy level',
    );
    expect(text).toContain(
      // One word of their own, named three times: one emotion, said in the singular.
      '1 emotion in your own words is left out at this level.',
    );
    expect(text).toContain(
      'You wrote 1 reflection. Your answers are left out at this privacy level.',
    );
  });

  it('keeps the numbers and charts', () => {
    const text = visibleText(html).replace(/\s+/g, ' ');
    expect(text).toContain('It rose from about 4 to about 6.');
    expect(parse(html).querySelectorAll('svg').length).toBeGreaterThanOrEqual(8);
  });

  it('prints no free text even if the data handed to it held some', () => {
    const leaky: ReportData = { ...reportFixture('full'), privacy: 'summary' };
    const leakyHtml = buildReportHtml(leaky);
    for (const value of Object.values(FREE_TEXT)) {
      expect(leakyHtml).not.toContain(asMarkup(shown(value)));
    }
    expect(visibleText(leakyHtml)).not.toMatch(/Sam|Priya/);
  });
});

describe('buildReportHtml at the therapist level', () => {
  const names = ['Sam', 'Priya'];
  const html = buildReportHtml(reportFixture('therapist', names));
  const redact = createRedactor(names);

  it('is one self-contained, inert document', () => {
    expectSelfContainedAndInert(html);
    expectLandmarksAndHeadings(html);
  });

  it('includes the notes with every listed name replaced, in any case, wherever it was typed', () => {
    const text = visibleText(html);
    for (const value of Object.values(FREE_TEXT)) {
      expect(text).toContain(redact(shown(value)));
    }
    expect(text).toContain('Lunch with [name] by the canal.');
    expect(text).toContain('samuel is not [name]; [name] waved.');
    expect(text).toContain('Text [name] less');
    expect(text).toContain('[name]-shaped ache');
    expect(text).not.toMatch(/\bsam\b/i);
    expect(text).not.toMatch(/priya/i);
    expect(html).not.toMatch(/\bsam\b|priya/i);
  });

  it('escapes what remains of the notes', () => {
    expect(html).not.toContain(HOSTILE.img);
    expect(html).not.toContain(HOSTILE.script);
    expect(visibleText(html)).toContain(HOSTILE.script);
  });

  it('says that names are hidden, without listing them', () => {
    const text = visibleText(html).replace(/\s+/g, ' ');
    expect(text).toContain('2 names of people are shown as “[name]”.');
    expect(text).toContain('with the names you chose shown as “[name]”');
    expect(text).not.toContain('No names are hidden');
  });

  it('says plainly on the cover when no name was chosen, and promises no replacement', () => {
    const none = buildReportHtml(reportFixture('therapist', []));
    const text = visibleText(none).replace(/\s+/g, ' ');
    const cover = parse(none).querySelector('header.cover');
    expect(cover?.querySelector('.privacy-warning strong')?.textContent).toBe(
      'No names are hidden in this report: your notes below are as you wrote them, and may name people.',
    );
    expect(text).not.toContain('shown as “[name]”');
    expect(text).toContain('Notes written in this period, oldest first.');
    expect(cover && readableText(cover).replace(/\s+/g, ' ')).toContain(
      'Privacy: Therapist. Includes everything, with your notes and reflections.',
    );
    expect(text).not.toContain('names you choose replaced');
  });
});

describe('buildReportHtml with nothing recorded', () => {
  const empty: ReportData = {
    ...reportFixture('full'),
    firstRecordDay: null,
    mood: { days: [], entryCount: 0, emotions: [], notes: [] },
    habits: [],
    communication: { groups: [], notes: [] },
    stages: [],
    reflections: [],
    honestReflection: null,
  };
  const html = buildReportHtml(empty);
  const text = visibleText(html).replace(/\s+/g, ' ');

  it('says so kindly in every section and still makes a valid document', () => {
    expectSelfContainedAndInert(html);
    expectLandmarksAndHeadings(html);
    expect(text).toContain('There are no mood entries in this period.');
    expect(text).toContain('No habits were tracked in this period.');
    expect(text).toContain('No communication practice was logged in this period.');
    expect(text).toContain('No reflections were written in this period.');
  });

  it('places the person in Heal Yourself, the first stage, and says plainly what is not known', () => {
    expect(text).toContain('You are in Heal Yourself, the first stage.');
    expect(text).toContain(
      'Time spent healing This shows once you record something, or set when the breakup happened in Settings.',
    );
    expect(text).toContain(
      'Mood over the last 14 days There are too few entries for a trend yet. None of the last 14 days has a mood entry.',
    );
    expect(text).not.toMatch(/Not known yet|Not so far/);
  });
});

describe('Where you are now in Heal Yourself', () => {
  const healing: ReportData = { ...reportFixture('full'), stages: [] };
  const textOf = (data: ReportData) => visibleText(buildReportHtml(data)).replace(/\s+/g, ' ');
  const text = textOf(healing);

  it('shows "Where you are now" item by item, with the numbers each rests on', () => {
    expect(text).toContain(
      'You are in Heal Yourself, the first stage, since 1 January 2026, when you started recording.',
    );
    expect(text).toContain(
      'Where you are now What your records show As of 1 Mar 2026 Habit strength',
    );
    expect(text).toContain(
      'Habit strength Your habits are holding about where they were: strength 68% for your one habit.',
    );
    expect(text).toContain(
      'Mood over the last 14 days Your mood stayed around 6 out of 10. Based on 14 days with an entry in the last 14 days.',
    );
    expect(text).toContain(
      'How much it hurts, over the last 4 weeks How much it hurts went down from about 5 to about 3 out of 10. Based on 28 days with a rating in the last 28 days.',
    );
    expect(text).toContain(
      'Time spent healing You have been healing for 8 weeks and 3 days, since 1 January 2026. Healing keeps its own pace.',
    );
    expect(text).toContain(
      'Your honest reflection When you last answered, on 14 February 2026, you said some of the hurt feels behind you;',
    );
    expect(text).toContain(
      'and getting back together does not make sense to you. Any answer counts.',
    );
    expect(text).toContain('The app suggests; you decide');
  });

  it('reads as facts, never a checklist of boxes toward the ex, a score or a race', () => {
    const table = parse(buildReportHtml(healing)).querySelector('.readiness')?.textContent ?? '';
    expect(table).toContain('Time spent healing');
    expect(table).not.toMatch(/Not so far|Not yet|Yes\b|80% or more|is answered|is written/);
    expect(table).not.toMatch(/wanting to reconnect|get (them|your ex) back/i);
  });

  it('counts time spent healing from the breakup day when it is set, and keeps counting after a move', () => {
    const fromBreakup = textOf({ ...healing, breakupDay: '2025-12-01' });
    expect(fromBreakup).toContain('You have been healing for 3 months, since 1 December 2025.');
    const afterMove = textOf({
      ...healing,
      breakupDay: '2025-12-01',
      stages: [{ stage: 'heal_and_grow', day: '2026-02-20', reason: null, wasSuggested: false }],
    });
    expect(afterMove).toContain('You have been healing for 3 months, since 1 December 2025.');
  });

  it('says time spent healing as time spent, with no floor, no "not yet" and nothing to go', () => {
    const early: ReportData = { ...healing, firstRecordDay: '2026-02-20', from: '2026-02-20' };
    const earlyText = visibleText(buildReportHtml(early)).replace(/\s+/g, ' ');
    // Day 10 of healing (the case reported was day 28 reading as "2 days to go"): 9 days have
    // passed, and the words never round up.
    expect(earlyText).toContain(
      'Time spent healing You have been healing for 9 days, since 20 February 2026.',
    );
    const day28: ReportData = { ...healing, firstRecordDay: '2026-02-02', from: '2026-02-02' };
    const day28Text = visibleText(buildReportHtml(day28)).replace(/\s+/g, ' ');
    expect(day28Text).toContain(
      'You have been healing for 3 weeks and 6 days, since 2 February 2026.',
    );
    for (const t of [text, earlyText, day28Text]) {
      expect(t).not.toMatch(/\d+ (more )?days? (left|to go|remaining)|days since/i);
      expect(t).not.toMatch(/not yet|to go|floor|at least \d+ days spent|thirty days|30 days/i);
    }
  });
});

describe('says only what the data can carry', () => {
  const base = reportFixture('summary');
  const textOf = (data: ReportData) => visibleText(buildReportHtml(data)).replace(/\s+/g, ' ');
  const conversations = (outcomes: readonly ('resolved' | 'not')[]): ReportData => ({
    ...base,
    communication: {
      groups: outcomes.map((outcome, i) => ({
        day: addDays('2026-01-02', i),
        skill: 'listening',
        counterpart: 'ex',
        outcome,
        tone: outcome === 'resolved' ? 'civil' : 'tense',
        isContactWithEx: true,
        contactContext: 'other',
        initiatedBy: 'me',
        entries: 1,
        ratingSum: 0,
        ratings: 0,
      })),
      notes: [],
    },
  });

  it('says counts below 10 items: "1 of 1 ended resolved", never "100%"', () => {
    const text = textOf(conversations(['resolved']));
    expect(text).toContain(
      'Of those with an outcome noted, 1 of 1 ended resolved or partly resolved.',
    );
    expect(text).toContain(
      'Of your contacts with your ex that have a tone noted, 1 of 1 was friendly or civil.',
    );
    expect(text).not.toMatch(/100% (ended|were|was)/);
  });

  it('says a percentage from 10 items, for outcomes and for the tone of contact', () => {
    const ten = textOf(
      conversations([...Array<'resolved'>(7).fill('resolved'), 'not', 'not', 'not']),
    );
    // Never a bare percentage: the count it rests on comes first.
    expect(ten).toContain(
      'Of those with an outcome noted, 7 of 10 (70%) ended resolved or partly resolved.',
    );
    // Five contacts in each half is too few to compare halves: one share for all ten.
    expect(ten).toContain(
      'Of your contacts with your ex that have a tone noted, 7 of 10 (70%) were friendly or civil.',
    );
    expect(ten).not.toMatch(/first half|second half|earlier half/);
    const twenty = textOf(
      conversations([
        ...Array<'resolved'>(10).fill('resolved'),
        ...Array<'resolved'>(6).fill('resolved'),
        ...Array<'not'>(4).fill('not'),
      ]),
    );
    expect(twenty).toContain(
      'In the first half of your contacts with your ex that have a tone noted, 10 of 10 (100%) were friendly or civil; in the second half, 6 of 10 (60%).',
    );
  });

  it('compares halves of the contacts only when each half holds 10 or more', () => {
    // The case seen in a 30-day report: "1 of 2 were friendly or civil; of the later half, 2 of 2".
    const four = textOf(conversations(['not', 'resolved', 'resolved', 'resolved']));
    expect(four).toContain(
      'Of your contacts with your ex that have a tone noted, 3 of 4 were friendly or civil.',
    );
    expect(four).not.toContain('earlier half');
    // Eight, or nineteen, contacts: halves of 4 or 9 are too few for a share, so one share for all.
    const eight = textOf(
      conversations(['not', 'not', 'not', 'resolved', ...Array<'resolved'>(4).fill('resolved')]),
    );
    expect(eight).toContain(
      'Of your contacts with your ex that have a tone noted, 5 of 8 were friendly or civil.',
    );
    expect(eight).not.toMatch(/first half|second half|earlier half/);
    const nineteen = textOf(
      conversations([...Array<'not'>(9).fill('not'), ...Array<'resolved'>(10).fill('resolved')]),
    );
    expect(nineteen).not.toMatch(/first half|second half/);
    const twentySix = textOf(
      conversations([
        ...Array<'not'>(7).fill('not'),
        ...Array<'resolved'>(6).fill('resolved'),
        ...Array<'resolved'>(13).fill('resolved'),
      ]),
    );
    expect(twentySix).toContain(
      'In the first half of your contacts with your ex that have a tone noted, 6 of 13 (46%) were friendly or civil; in the second half, 13 of 13 (100%).',
    );
  });

  it('says a single rating of how you handled it as that rating, not as an average', () => {
    const [one] = conversations(['resolved']).communication.groups;
    if (!one) throw new Error('One conversation was made.');
    const once: ReportData = {
      ...base,
      communication: { notes: [], groups: [{ ...one, ratingSum: 2, ratings: 1 }] },
    };
    expect(textOf(once)).toContain('How you feel you handled it: you answered once, 2 out of 5.');
  });

  it('says how the answers to "how you feel you handled it" moved, from 4 days on', () => {
    const rated = (ratings: readonly number[]): ReportData => {
      const data = conversations(ratings.map(() => 'resolved'));
      return {
        ...data,
        communication: {
          notes: [],
          groups: data.communication.groups.map((g, i) => ({
            ...g,
            ratingSum: ratings[i] ?? 0,
            ratings: 1,
          })),
        },
      };
    };
    // An average of 3.7 that hides a climb from 2 to 5.
    expect(textOf(rated([2, 2, 3, 4, 5, 5, 5]))).toContain(
      'How you feel you handled it: you answered 7 times, 3.7 out of 5 on average. Over the period it rose from about 2 to about 5 out of 5.',
    );
    const three = textOf(rated([1, 3, 5]));
    expect(three).toContain('you answered 3 times, 3.0 out of 5 on average.');
    expect(three).not.toContain('Over the period');
  });

  it('names no "most" when every emotion was named as often', () => {
    const even: ReportData = {
      ...base,
      mood: {
        ...base.mood,
        emotions: [
          { tag: 'hurt', count: 1, isOwnWord: false },
          { tag: 'hopeful', count: 1, isOwnWord: false },
        ],
      },
    };
    const text = textOf(even);
    expect(text).toContain('Emotions you named Emotion Entries');
    expect(text).not.toContain('named most');
    expect(textOf(reportFixture('full'))).toContain('Emotions you named most');
    // At the summary level only one word shows: nothing to be "most" among.
    expect(textOf(base)).not.toContain('named most');
  });

  /** Mood days in the last 14 days of the period (to 1 March 2026), the given values in order. */
  const lastDays = (values: readonly number[]): ReportData => ({
    ...base,
    stages: [],
    mood: {
      ...base.mood,
      days: values.map((average, i) => ({
        day: addDays('2026-03-01', i - values.length + 1),
        average,
        entries: 1,
        hurt: null,
      })),
      entryCount: values.length,
    },
  });

  it('says the movement an average hides: a climb from 2 to 7 that averages 4.8', () => {
    const climb = [2, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 7, 7];
    expect(climb.reduce((s, v) => s + v, 0) / climb.length).toBeCloseTo(4.64, 1);
    const text = textOf(lastDays(climb));
    // The app's one line (least squares) through these days runs from 1.7 to 7.7.
    expect(text).toContain(
      'Mood over the last 14 days Your mood rose from about 2 to about 8 out of 10. Based on 14 days with an entry in the last 14 days.',
    );
    expect(text).toContain('It rose from about 2 to about 8.');
    expect(text).not.toMatch(/Around \d\.\d on average/);
  });

  it('says no movement from fewer than 4 days, and says why', () => {
    const text = textOf(lastDays([2, 7, 5]));
    expect(text).toContain('It was between about 2 and about 7 out of 10.');
    expect(text).toContain(
      'Mood over the last 14 days There are too few entries for a trend yet. 3 of the last 14 days have a mood entry.',
    );
    expect(text).toContain(
      'Each dot is a day’s average mood. There are too few entries for a trend yet.',
    );
    expect(text).not.toMatch(/\b(rose|went) from|stayed around/i);
    const one = textOf(lastDays([6]));
    expect(one).toContain('You recorded your mood on 1 day. It was about 6 out of 10.');
  });

  it('says the app’s one trend: a week of 6, 7, 7, 6, 7.5 stayed around 7 (the full 7-day report)', () => {
    const text = textOf(lastDays([6, 7, 7, 6, 7.5]));
    expect(text).toContain('It stayed around 7.');
    expect(text).toContain(
      'Mood over the last 14 days Your mood stayed around 7 out of 10. Based on 5 days with an entry in the last 14 days.',
    );
    expect(text).not.toMatch(/rose from about 6/);
  });

  it('says one kind sentence beside a falling or low "how you feel you handled it", and only then', () => {
    const rated = (ratings: readonly number[]): string => {
      const data = conversations(ratings.map(() => 'resolved'));
      return textOf({
        ...data,
        communication: {
          notes: [],
          groups: data.communication.groups.map((g, i) => ({
            ...g,
            ratingSum: ratings[i] ?? 0,
            ratings: 1,
          })),
        },
      });
    };
    const kind = 'Rating yourself lower can mean you are noticing more, not doing worse.';
    const falling = rated([5, 5, 4, 3, 2, 2]);
    expect(falling).toContain('Over the period it went down from about 5 to about 2 out of 5.');
    expect(falling.split(kind)).toHaveLength(2);
    expect(rated([2, 2, 3, 4, 5, 5, 5])).not.toContain(kind);
    expect(rated([3, 3, 3, 3])).not.toContain(kind);
    // Below the middle of the scale, even with too few days for a movement.
    const low = rated([1, 2, 2]);
    expect(low).toContain('you answered 3 times, 1.7 out of 5 on average.');
    expect(low.split(kind)).toHaveLength(2);
  });

  it('says one kind sentence when few or no contacts were friendly or civil, and only then', () => {
    const kind = 'Hard contacts are part of this; noting them helps you see how they go.';
    const hard = textOf(conversations(['not', 'not', 'resolved']));
    expect(hard).toContain('1 of 3 was friendly or civil.');
    expect(hard.split(kind)).toHaveLength(2);
    expect(textOf(conversations(['not', 'not', 'not']))).toContain(kind);
    expect(textOf(conversations(['resolved', 'resolved', 'not']))).not.toContain(kind);
  });

  it('says a one-day period as its day, never "between a day and the same day"', () => {
    const text = textOf({ ...lastDays([6]), from: '2026-03-01', to: '2026-03-01' });
    expect(text).toContain('from your records on 1 March 2026.');
    expect(text).not.toContain('between 1 March 2026 and 1 March 2026');
  });
});

describe('contact with the ex, in the form’s own questions', () => {
  const base = reportFixture('summary');
  const text = visibleText(buildReportHtml(base)).replace(/\s+/g, ' ');

  it('asks what brought it about and who reached out first, with the domain’s words', () => {
    expect(text).toContain('What brought it about Contacts Co-parenting 3');
    // The form asks in the first person; the report answers to the person in the second.
    expect(text).toContain('Who reached out first Contacts You did 1 They did 2');
    expect(text).not.toMatch(/\bI did\b|Both of us/);
    expect(text).toContain(
      'How you feel you handled it: you answered 5 times, 3.4 out of 5 on average.',
    );
    expect(text).not.toMatch(
      /who started|started it|How you did|could not be avoided|unavoidable/i,
    );
  });

  it('counts every choice the domain offers, and contacts with nothing said', () => {
    const withEveryContext: ReportData = {
      ...base,
      communication: {
        notes: [],
        groups: [...CONTACT_CONTEXTS, null].map((contactContext, i) => ({
          day: addDays('2026-01-02', i),
          skill: 'calm_logistics',
          counterpart: 'ex',
          outcome: null,
          tone: null,
          isContactWithEx: true,
          contactContext,
          initiatedBy: null,
          entries: 1,
          ratingSum: 0,
          ratings: 0,
        })),
      },
    };
    const all = visibleText(buildReportHtml(withEveryContext)).replace(/\s+/g, ' ');
    const rows = CONTACT_CONTEXTS.map((c) => `${CONTACT_CONTEXT_LABELS[c]} 1`).join(' ');
    expect(all).toContain(`What brought it about Contacts ${rows} Not said 1`);
    expect(all).toContain('Who reached out first Contacts Not said');
  });

  it('answers "who reached out first" in the second person for every choice', () => {
    const [one] = base.communication.groups;
    if (!one) throw new Error('The fixture has a conversation.');
    const each: ReportData = {
      ...base,
      communication: {
        notes: [],
        groups: (['me', 'them', 'mutual'] as const).map((initiatedBy, i) => ({
          ...one,
          day: addDays('2026-01-02', i),
          isContactWithEx: true,
          initiatedBy,
          entries: 1,
        })),
      },
    };
    const all = visibleText(buildReportHtml(each)).replace(/\s+/g, ' ');
    expect(all).toContain('Who reached out first Contacts You did 1 They did 1 Both of you 1');
  });
});

describe('page breaks', () => {
  it('keeps a section’s heading and intro with what they introduce', () => {
    const doc = parse(buildReportHtml(reportFixture('full')));
    const habits = doc.getElementById('habits')?.parentElement;
    expect(habits?.classList.contains('keep')).toBe(true);
    expect(habits?.querySelector('p')?.textContent).toMatch(/^Strength grows/);
    expect(habits?.querySelector('table')).not.toBeNull();
    const talk = doc.getElementById('communication')?.parentElement;
    expect(talk?.classList.contains('keep')).toBe(true);
    expect(talk?.querySelector('figure')).not.toBeNull();
    expect(doc.querySelector('#own-words + p')?.classList.contains('lead-in')).toBe(true);
    expect(REPORT_CSS).toContain('.lead-in { break-after: avoid;');
  });
});

describe('Where you are now in Apologize', () => {
  it('adds the rehearsals as a fact, with no quota, no overdue task and no draft to tick', () => {
    const apologize: ReportData = {
      ...reportFixture('summary'),
      stages: [{ day: '2026-02-15', stage: 'apologize', wasSuggested: false, reason: null }],
      communication: { groups: [], notes: [] },
    };
    const text = visibleText(buildReportHtml(apologize)).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Apology rehearsals A rehearsal on your own, logged as communication practice with the skill “apology”, shows here. There is no hurry.',
    );
    expect(text).not.toMatch(/At least one|Not at the moment|Not so far|draft is written/);
    const rehearsed = visibleText(buildReportHtml({ ...apologize, apologyRehearsals: 2 })).replace(
      /\s+/g,
      ' ',
    );
    expect(rehearsed).toContain(
      'Apology rehearsals You have rehearsed your apology 2 times (logged as communication practice).',
    );
  });
});

describe('humanise', () => {
  it('says a stored key as words, with "check-in" as the noun it is', () => {
    expect(humanise('weekly_check_in')).toBe('Weekly check-in');
    expect(humanise('rightReasons')).toBe('Right reasons');
  });
});

describe('words that could land as a verdict or a bar to clear', () => {
  const base = reportFixture('summary');
  const text = visibleText(buildReportHtml(base)).replace(/\s+/g, ' ');

  it('says one habit’s strength as its own, never "their strength averaged"', () => {
    expect(text).toContain('At the end of the period, its strength was 68%;');
    expect(text).not.toContain('their strength averaged');
  });

  it('calls strength a rough guide and leaves the next step to the person', () => {
    expect(text).toContain(
      'Strength is a rough guide, never a bar to clear; you decide when you are ready for a next step.',
    );
    // No goal line is drawn, so no sentence may point to one.
    expect(text).not.toMatch(/dashed line|80%/);
    // Nothing in the app waits for 80%: the journey suggests softly, from any strength.
    expect(text).not.toMatch(/looks for before suggesting|where the app may suggest/);
  });

  it('says darker shades mean more of something, never "better"', () => {
    expect(text).toContain(
      'darker shades mean higher mood, a calmer tone, a more resolved conversation.',
    );
    expect(text).not.toMatch(/mean better/);
  });

  it('says an unanswered reflection gently, with no pill that reads as passing or failing', () => {
    const html = buildReportHtml({ ...base, honestReflection: null });
    expect(visibleText(html).replace(/\s+/g, ' ')).toContain(
      'Your honest reflection A few honest questions, whenever you want them. There is no hurry, and any answer counts.',
    );
    expect(text).not.toMatch(/Not at the moment|Not answered yet|Not so far/);
    expect(parse(html).querySelector('.readiness .state')).toBeNull();
  });

  it('names the bucket the outcomes chart counts in', () => {
    expect(text).toContain('How conversations ended, week by week (weeks start on Monday).');
    const year = visibleText(buildReportHtml({ ...base, from: '2025-03-02' })).replace(/\s+/g, ' ');
    expect(year).toContain('How conversations ended, month by month.');
    expect(text).not.toContain('week by week or month by month');
  });

  it('counts emotions in the person’s own words in the singular and the plural', () => {
    const two: ReportData = {
      ...base,
      mood: {
        ...base.mood,
        emotions: [
          { tag: 'hopeful', count: 2, isOwnWord: false },
          { tag: '', count: 3, isOwnWord: true },
          { tag: '', count: 1, isOwnWord: true },
        ],
      },
    };
    expect(visibleText(buildReportHtml(two)).replace(/\s+/g, ' ')).toContain(
      '2 emotions in your own words are left out at this level.',
    );
  });
});

describe('habits to break, as what they are', () => {
  const base = reportFixture('full');
  const [habit] = base.habits;
  if (!habit) throw new Error('The fixture has a habit.');
  const breakHabit: ReportData = {
    ...base,
    habits: [
      {
        ...habit,
        kind: 'break',
        targetCount: 0,
        period: 'day',
        // Kept every day of the period but one (1 February).
        records: Array.from({ length: 60 }, (_, i) => ({
          day: addDays('2026-01-01', i),
          count: i === 31 ? 1 : 0,
          isSkip: false,
        })),
      },
    ],
  };
  const text = visibleText(buildReportHtml(breakHabit)).replace(/\s+/g, ' ');

  it('names a goal of 0 "not at all" and counts the days kept', () => {
    expect(text).toContain('To break: not at all');
    expect(text).toContain('not at all 59 days kept');
    expect(text).toContain('You worked on 1 habit to break and kept it on 59 days.');
    expect(text).toContain('Days kept, per week (a full bar is every day kept)');
    expect(text).not.toMatch(/at most 0|checked in|check-ins/i);
  });
});

describe('conversation notes say who it was with, in the report’s own person', () => {
  const full = reportFixture('full');
  const [note] = full.communication.notes;
  if (!note) throw new Error('The fixture has a conversation note.');
  const data: ReportData = {
    ...full,
    communication: {
      ...full.communication,
      notes: [
        note,
        { ...note, day: '2026-01-20', counterpart: 'rehearsal_alone', tone: null, outcome: null },
        { ...note, day: '2026-01-21', counterpart: 'ex' },
      ],
    },
  };
  const text = visibleText(buildReportHtml(data)).replace(/\s+/g, ' ');

  it('says "a rehearsal on your own" and "your ex", never "with rehearsal alone" or "my ex"', () => {
    expect(text).toContain('Calm logistics · with your co-parent · tense · partly resolved');
    expect(text).toContain('Calm logistics · a rehearsal on your own');
    expect(text).toContain('Calm logistics · with your ex · tense');
    expect(text).not.toMatch(/with rehearsal alone|\bmy ex\b/i);
  });
});

describe('strength on a handful of days', () => {
  const healing: ReportData = { ...reportFixture('full'), stages: [] };
  const [habit] = healing.habits;
  if (!habit) throw new Error('The fixture has a habit.');
  const withRecords = (n: number): ReportData => ({
    ...healing,
    habits: [
      {
        ...habit,
        records: Array.from({ length: n }, (_, i) => ({
          day: addDays('2026-03-01', i - n + 1),
          count: 1,
          isSkip: false,
        })),
      },
    ],
  });
  const textOf = (data: ReportData) => visibleText(buildReportHtml(data)).replace(/\s+/g, ' ');
  const why =
    'Strength starts at 0 and builds over weeks, so a habit with only a few recorded days still shows a low number.';

  it('says why a score is low after a few days, in the summary and beside readiness', () => {
    const three = textOf(withRecords(3));
    expect(three).toContain(`never resets it. ${why}`);
    expect(three).toMatch(/: strength \d+% for your one habit\. Strength starts at 0/);
    expect(three).not.toMatch(/across 1 habit|its strength averaged|their strength/);
  });

  it('says nothing of the kind from 10 recorded days', () => {
    expect(textOf(withRecords(10))).not.toContain(why);
  });
});

describe('harder stretches, said kindly once', () => {
  const base = reportFixture('full');
  const withHurt = (hurt: readonly number[], mood: readonly number[]): ReportData => ({
    ...base,
    mood: {
      ...base.mood,
      days: hurt.map((h, i) => ({
        day: addDays('2026-02-01', i),
        average: mood[i] ?? 5,
        entries: 1,
        hurt: h,
      })),
      entryCount: hurt.length,
    },
  });
  const textOf = (data: ReportData) => visibleText(buildReportHtml(data)).replace(/\s+/g, ' ');
  const kind =
    'Harder stretches are part of healing, and noticing them is part of getting through them.';

  it('follows hurt that rose with the kind line, and says it once when mood dipped too', () => {
    const rose = textOf(withHurt([2, 2, 3, 5, 6, 6], [5, 5, 5, 5, 5, 5]));
    expect(rose).toContain(`How much it hurts rose from about 2 to about 6 out of 10. ${kind}`);
    const both = textOf(withHurt([2, 2, 3, 5, 6, 6], [7, 7, 6, 4, 3, 3]));
    expect(both.split(kind)).toHaveLength(2);
  });

  it('says nothing of the kind when hurt eased', () => {
    expect(textOf(withHurt([6, 6, 5, 3, 2, 2], [5, 5, 5, 5, 5, 5]))).not.toContain(kind);
  });
});

describe('the honest reflection among your reflections', () => {
  const withHonest = (privacy: 'full' | 'therapist'): ReportData => ({
    ...reportFixture(privacy, ['Sam']),
    reflections: [
      {
        day: '2026-02-20',
        kind: 'honest_reflection',
        stage: 'heal_yourself',
        answers: {
          overThem: 'some',
          habits: 'not_really',
          allRight: 'some_days',
          makesSense: 'not_sure',
          note: 'Talked it over with Sam.',
        },
      },
    ],
  });

  it('says each question with the words of the answer chosen, never a stored key', () => {
    const text = visibleText(buildReportHtml(withHonest('full'))).replace(/\s+/g, ' ');
    expect(text).toContain('Honest reflection · Heal Yourself');
    expect(text).toContain('How much of the hurt feels behind you? Some of it');
    expect(text).toContain('Have your habits shifted the way you wanted? Not really, so far');
    expect(text).toContain('Honestly, does getting back together make sense at all? I’m not sure');
    expect(text).toContain('Anything else you wanted to remember Talked it over with Sam.');
    expect(text).not.toMatch(/some_days|not_really|not_sure|Over them|Makes sense/);
  });

  it('hides the chosen names in the note at the therapist level', () => {
    const text = visibleText(buildReportHtml(withHonest('therapist'))).replace(/\s+/g, ' ');
    expect(text).toContain('Talked it over with [name].');
    expect(text).not.toContain('with Sam');
  });
});

describe('the journey among your reflections', () => {
  const textOf = (data: ReportData) => visibleText(buildReportHtml(data)).replace(/\s+/g, ' ');
  /** Stored keys and instants that must never reach a person's eyes. */
  const RAW =
    /decide_worksheet|apology_draft|honest_reflection|not_now|not_sure|some_days|incompatibility|basedOn|Based on|readyAt|Ready at|recordedAt|Recorded at|stageChange|Stage change id|chosenAt|Chosen at|move_on|willingToTalk|Willing to talk|dealBreakers|Deal breakers|keptLately|Kept lately|asOfDay|\d{4}-\d{2}-\d{2}(T|\b)/;

  /** The reflections section alone, as text. */
  function reflectionsText(data: ReportData): string {
    const section = parse(buildReportHtml(data)).getElementById('reflections')?.parentElement;
    return (section ? readableText(section) : '').replace(/\s+/g, ' ');
  }

  /** The fixture with one reflection in place of the journey's three. */
  function withOne(kind: string, answers: unknown, privacy: 'full' | 'therapist' = 'full') {
    return {
      ...journeyFixture(privacy, ['Sam', 'Priya']),
      reflections: [{ day: '2026-02-16', kind, stage: 'decide' as const, answers }],
    };
  }

  const [, worksheet, draft] = journeyReflections(true);
  if (!worksheet || !draft) throw new Error('The journey fixture has a worksheet and a draft.');
  const worksheetAnswers = worksheet.answers as Record<string, unknown>;
  const draftAnswers = draft.answers as Record<string, unknown>;

  describe('at the full level', () => {
    const data = journeyFixture('full');
    const html = buildReportHtml(data);
    const section = reflectionsText(data);

    it('prints the Decide worksheet as its questions and the words of the answers chosen', () => {
      expect(section).toContain('16 Feb 2026 Decide worksheet · Decide');
      expect(section).toContain(
        'Did your ex ever frighten you, threaten you, hurt you, check your phone, control your money, or cut you off from people? No',
      );
      expect(section).toContain('Has your ex asked you not to contact them? No');
      expect(section).toContain(
        'Looking back, where do you see the main part of what went wrong? Mostly me',
      );
      expect(section).toContain('Was there a deal-breaker? None of these');
      expect(section).toContain(
        `What have you changed? ${JOURNEY_TEXT.habitName} (at least 1 a day): strength 62% · kept on 20 of 28 days (as of 16 February 2026)`,
      );
      expect(section).toContain(`Anything else you changed ${JOURNEY_TEXT.changeNote}`);
      expect(section).toContain('What the worksheet suggested Reconcile');
      expect(section).toContain('Path chosen Reconcile, chosen on 18 February 2026');
      // Asked only when both were at fault.
      expect(section).not.toContain('Are you both willing to talk it through?');
    });

    it('prints the apology draft as its three parts, where it stands and the answer in words', () => {
      expect(section).toContain('20 Feb 2026 Apology draft · Apologize');
      expect(section).toContain(
        'Where it stands Given. They said not now, on 26 February 2026. Your healing counts, and it goes on.',
      );
      expect(section).toContain(`Part 1: Owning your part ${JOURNEY_TEXT.owning}`);
      expect(section).toContain(`Part 2: The changes you made ${JOURNEY_TEXT.changes}`);
      expect(section).toContain(`Part 3: Wanting to try again ${JOURNEY_TEXT.tryAgain}`);
    });

    it('shows no stored key, no instant and no id, and escapes what the person typed', () => {
      expect(section).not.toMatch(RAW);
      for (const value of Object.values(JOURNEY_TEXT)) expect(html).toContain(asMarkup(value));
      expect(html).not.toContain(HOSTILE.img);
      expect(html).not.toContain(HOSTILE.script);
      expectSelfContainedAndInert(html);
      expectLandmarksAndHeadings(html);
    });

    it('draws the journey the worksheet and the answer made, with their reasons', () => {
      const text = textOf(data);
      expect(text).toContain('You have been in Heal & Grow since 26 February 2026.');
      expect(text).toContain(
        'From your Decide worksheet of 16 February 2026: you chose Reconcile.',
      );
      expect(text).toContain('Your apology of 26 February 2026: they said not now.');
    });
  });

  describe('at the therapist level', () => {
    const data = journeyFixture('therapist', ['Sam', 'Priya']);
    const html = buildReportHtml(data);
    const redact = createRedactor(['Sam', 'Priya']);

    it('replaces the chosen names in every text of the worksheet and the draft', () => {
      const section = reflectionsText(data);
      for (const value of Object.values(JOURNEY_TEXT)) {
        expect(section).toContain(redact(value));
        expect(html).toContain(asMarkup(redact(value)));
      }
      expect(section).toContain('Evening walk with [name]');
      expect(section).toContain('I would like to try again, [name], and I understand');
      expect(html).not.toMatch(/\bsam\b|priya/i);
      expect(section).not.toMatch(RAW);
    });
  });

  describe('at the summary level', () => {
    const data = journeyFixture('summary');

    it('counts each kind, named in words, and prints nothing of what was written', () => {
      const section = reflectionsText(data);
      expect(section).toContain(
        'You wrote 3 reflections. Your answers are left out at this privacy level.',
      );
      expect(section).toContain('Honest reflection 1 14 Feb 2026 14 Feb 2026');
      expect(section).toContain('Decide worksheet 1 16 Feb 2026 16 Feb 2026');
      expect(section).toContain('Apology draft 1 20 Feb 2026 20 Feb 2026');
      expect(section).not.toMatch(RAW);
      expect(section).not.toMatch(/Mostly me|None of these|Part 1|not now|Reconcile/);
    });

    it('prints nothing of the text even if the data handed to it held some', () => {
      const leaky: ReportData = { ...journeyFixture('full'), privacy: 'summary' };
      const html = buildReportHtml(leaky);
      for (const value of Object.values(JOURNEY_TEXT)) {
        expect(html).not.toContain(asMarkup(value));
      }
      expect(visibleText(html)).not.toMatch(/Sam|Priya|Evening walk/);
    });
  });

  it('says every answer a worksheet can hold in the app’s own words', () => {
    for (const fault of FAULTS) {
      const text = reflectionsText(withOne('decide_worksheet', { ...worksheetAnswers, fault }));
      expect(text).toContain(`${FAULT_LEGEND} ${FAULT_LABELS[fault]}`);
    }
    const all = reflectionsText(
      withOne('decide_worksheet', { ...worksheetAnswers, dealBreakers: [...DEAL_BREAKERS] }),
    );
    expect(all).toContain(
      `Was there a deal-breaker? ${DEAL_BREAKERS.map((d) => DEAL_BREAKER_LABELS[d]).join(', ')}`,
    );
    expect(all).toContain('What the worksheet suggested Move on');
    for (const willingToTalk of WILLINGNESS) {
      const text = reflectionsText(
        withOne('decide_worksheet', { ...worksheetAnswers, fault: 'both', willingToTalk }),
      );
      expect(text).toContain(`${WILLING_LEGEND} ${WILLING_LABELS[willingToTalk]}`);
      expect(text).not.toMatch(RAW);
    }
  });

  it('says a worksheet left part-way as it stands: not answered, no path chosen', () => {
    const text = reflectionsText(
      withOne('decide_worksheet', {
        ...worksheetAnswers,
        fault: 'both',
        dealBreakers: null,
        evidence: [],
        changeNote: null,
        choice: null,
      }),
    );
    expect(text).toContain('Was there a deal-breaker? Not answered');
    expect(text).toContain('Are you both willing to talk it through? Not answered');
    expect(text).toContain('What have you changed? No habits picked');
    expect(text).toContain('What the worksheet suggested Neither path yet; both stayed open');
    expect(text).toContain('Path chosen No path chosen');
    expect(text).not.toContain('Anything else you changed');
  });

  it('says where each draft stands, and every answer, in words', () => {
    const notReady = reflectionsText(
      withOne('apology_draft', { ...draftAnswers, tryAgain: ' ', readyAt: null, outcome: null }),
    );
    expect(notReady).toContain('Where it stands A draft, not yet marked ready');
    expect(notReady).toContain('Part 3: Wanting to try again Not written yet');
    const ready = reflectionsText(withOne('apology_draft', { ...draftAnswers, outcome: null }));
    expect(ready).toContain('Where it stands Marked ready to give');
    for (const answer of APOLOGY_ANSWERS) {
      const text = reflectionsText(
        withOne('apology_draft', {
          ...draftAnswers,
          outcome: { answer, day: '2026-02-27', recordedAt: '2026-02-27T08:00:00.000Z' },
        }),
      );
      expect(text).toContain(`${answerSentence(answer)}, on 27 February 2026.`);
      expect(text).toContain(AFTER_APOLOGY_ANSWER[answer]);
      expect(text).not.toMatch(RAW);
      expect(text).not.toMatch(/fail/i);
    }
  });

  it('keeps the generic rendering for answers it cannot read, and for any other kind', () => {
    const odd = reflectionsText(
      withOne('decide_worksheet', { ...worksheetAnswers, fault: 'nobody' }),
    );
    expect(odd).toContain('Decide worksheet · Decide');
    expect(odd).toContain('Fault nobody');
    const other = reflectionsText(withOne('gratitude_list', { firstThing: 'Tea' }));
    expect(other).toContain('Gratitude list · Decide');
    expect(other).toContain('First thing Tea');
  });
});
