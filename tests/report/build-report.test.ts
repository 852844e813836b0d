// @vitest-environment jsdom
// (for DOMParser: the report is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import {
  REPORT_CSP,
  buildReportHtml,
  humanise,
  stageSpans,
} from '../../src-main/report/build-report';
import { escapeHtml } from '../../src-main/report/escape';
import { createRedactor } from '../../src-main/report/redact';
import { REPORT_CSS } from '../../src-main/report/report-css';
import type { ReportData } from '../../src-main/report/report-data';
import { FREE_TEXT, HOSTILE, reportFixture } from './report-fixture';

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
  return parse(html).body.textContent ?? '';
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
  expect(html).not.toMatch(/@import|url\((?!#hatch\))/i);
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
      'Readiness for the next step',
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
      expect(html).toContain(escapeHtml(shown(value)));
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
    expect(text).toContain(
      'How much the breakup still hurts went from about 8 to about 3 out of 10.',
    );
    expect(text).toContain(
      'Healing is the one outcome that is certain, and it counts whatever you decide.',
    );
    expect(text).not.toMatch(/\b(him|her|he|she|his|hers)\b/i);
  });

  it('shows the stage timeline and the stage the person is in at the end', () => {
    const text = visibleText(html).replace(/\s+/g, ' ');
    expect(text).toContain('At the end of this period you are in Decide since 15 February 2026.');
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
    expect(buildReportHtml(withLines)).toContain('one<br>two &lt;b&gt;<br>three');
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
      expect(html).not.toContain(escapeHtml(shown(value)));
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
      'Words of your own were chosen 3 times; they are left out at this privacy level.',
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
      expect(leakyHtml).not.toContain(escapeHtml(shown(value)));
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
    reflectionKindsUpToEnd: [],
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

  it('places the person in Heal Yourself, the first stage, with readiness facts not yet known', () => {
    expect(text).toContain('You are in Heal Yourself, the first stage.');
    expect(text).toContain('Not known yet');
  });
});

describe('readiness in Heal Yourself', () => {
  const healing: ReportData = { ...reportFixture('full'), stages: [] };
  const text = visibleText(buildReportHtml(healing)).replace(/\s+/g, ' ');

  it('lists the facts read from the data', () => {
    expect(text).toContain('You are in Heal Yourself, the first stage since 1 January 2026');
    expect(text).toContain('Your habits are strong (80% or more on average)');
    expect(text).toContain('Your mood has been steady or rising over the last 14 days');
    expect(text).toContain('How much it hurts is easing');
    expect(text).toContain('At least 30 days spent healing');
    expect(text).toContain('You have reflected on wanting to reconnect for the right reasons');
    expect(text).toContain('The app suggests; you decide');
  });

  it('treats 30 days as a floor, never as a countdown', () => {
    const early: ReportData = { ...healing, firstRecordDay: '2026-02-20', from: '2026-02-20' };
    const earlyText = visibleText(buildReportHtml(early)).replace(/\s+/g, ' ');
    expect(earlyText).toContain('Thirty days is a floor, not a deadline');
    for (const t of [text, earlyText]) {
      expect(t).not.toMatch(/\d+ (more )?days? (left|to go|remaining)|days since/i);
    }
  });
});
