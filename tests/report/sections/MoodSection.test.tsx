// @vitest-environment jsdom
// (for DOMParser: each section is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../src-main/report/report-data';
import { MoodSection } from '../../../src-main/report/sections/MoodSection';
import { voiceFor } from '../../../src-main/report/voice';
import { FREE_TEXT, reportFixture } from '../report-fixture';
import { expectInert, nothingRecorded, render } from './render';

const renderMood = (data: ReportData) => render(<MoodSection data={data} voice={voiceFor(data)} />);

/** The emotions table's rows as "word count". */
const emotionRows = (body: HTMLElement) =>
  [...body.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' '),
  );

describe('MoodSection', () => {
  it('draws the trend with the stages behind it, the calendar and its key', () => {
    const { body, text } = renderMood(reportFixture('summary'));
    expect(body.querySelectorAll('svg[role="img"][aria-label]').length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Shaded bands are the stages of your journey.');
    expect(text).toContain('the line is the average of the last 7 days');
    expect(body.querySelector('h3')?.textContent).toBe('Mood calendar');
  });

  it('says when there are too few days for the 7-day line', () => {
    const base = reportFixture('summary');
    const three: ReportData = {
      ...base,
      stages: [],
      mood: { ...base.mood, days: base.mood.days.filter((d) => d.day.endsWith('-01')) },
    };
    const { text } = renderMood(three);
    expect(text).toContain(
      'Each dot is a day’s average mood. There are too few entries for a trend yet.',
    );
    expect(text).not.toContain('Shaded bands');
  });

  it('shows an emotion in the person’s own words as text at the full level', () => {
    const full = renderMood(reportFixture('full'));
    expectInert(full);
    expect(emotionRows(full.body)).toEqual(['hopeful 12', `${FREE_TEXT.ownEmotion} 3`]);
  });

  it('hides the chosen names in an emotion of their own at the therapist level', () => {
    const therapist = renderMood(reportFixture('therapist', ['Sam']));
    expectInert(therapist);
    expect(emotionRows(therapist.body)[1]).toMatch(/^\[name\]-shaped ache/);
  });

  it('leaves the person’s own words out at the summary level, and says how many', () => {
    const leaky: ReportData = { ...reportFixture('full'), privacy: 'summary' };
    const summary = renderMood(leaky);
    expectInert(summary);
    expect(emotionRows(summary.body)).toEqual(['hopeful 12']);
    expect(summary.text).toContain('1 emotion in your own words is left out at this level.');
    expect(summary.html).not.toMatch(/sam-shaped|onerror/);
  });

  it('says kindly that there are no entries, and draws nothing', () => {
    const empty = renderMood(nothingRecorded('full'));
    expectInert(empty);
    expect(empty.text).toBe('Mood There are no mood entries in this period.');
    expect(empty.body.querySelector('svg')).toBeNull();
  });
});
