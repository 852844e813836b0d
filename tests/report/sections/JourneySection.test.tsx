// @vitest-environment jsdom
// (for DOMParser: each section is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../src-main/report/report-data';
import { JourneySection } from '../../../src-main/report/sections/JourneySection';
import { voiceFor } from '../../../src-main/report/voice';
import { FREE_TEXT, reportFixture } from '../report-fixture';
import { expectInert, nothingRecorded, render, textOf } from './render';

const renderJourney = (data: ReportData) =>
  render(<JourneySection data={data} voice={voiceFor(data)} />);

describe('JourneySection', () => {
  it('says the stage and since when in one sentence, spaced around the stage’s name', () => {
    const { body } = renderJourney(reportFixture('full'));
    expect(textOf(body, 'h2 + p')).toMatch(/^You have been in Decide since 15 February 2026\. \S/);
    expect(body.querySelector('h2 + p strong')?.textContent).toBe('Decide');
  });

  it('draws the timeline as a chart with a name and a caption', () => {
    const { body } = renderJourney(reportFixture('summary'));
    expect(body.querySelector('figure.chart svg[role="img"][aria-label]')).not.toBeNull();
    expect(textOf(body, 'figure.chart figcaption')).toBe('Stages across the period.');
  });

  it('gives each move’s reason in the person’s words, escaped, at the full level', () => {
    const full = renderJourney(reportFixture('full'));
    expectInert(full);
    const headers = [...full.body.querySelectorAll('table:not(.readiness) th')];
    expect(headers.map((th) => th.textContent)).toEqual([
      'Date',
      'Stage',
      'How it was chosen',
      'Why',
    ]);
    expect(textOf(full.body, 'td.own')).toBe(FREE_TEXT.stageReason);
    expect(full.text).toContain('15 Feb 2026 Decide The app suggested it; you chose it');
  });

  it('hides the chosen names in the reason at the therapist level', () => {
    const therapist = renderJourney(reportFixture('therapist', ['Sam']));
    expectInert(therapist);
    expect(textOf(therapist.body, 'td.own')).toContain('Ready to think it over with [name]');
    expect(therapist.html).not.toMatch(/\bSam\b/);
  });

  it('has no "Why" column at the summary level, even if the data held a reason', () => {
    const leaky: ReportData = { ...reportFixture('full'), privacy: 'summary' };
    const summary = renderJourney(leaky);
    expectInert(summary);
    expect(summary.body.querySelector('td.own')).toBeNull();
    expect(summary.text).not.toContain('Why');
    expect(summary.html).not.toContain('Sam');
  });

  it('places an empty period in Heal Yourself, with no table of moves', () => {
    const empty = renderJourney(nothingRecorded('full'));
    expectInert(empty);
    expect(textOf(empty.body, 'h2 + p')).toMatch(/^You are in Heal Yourself, the first stage\. \S/);
    expect(empty.body.querySelectorAll('table')).toHaveLength(1);
    expect(empty.body.querySelector('table')?.classList.contains('readiness')).toBe(true);
    expect(empty.text).toContain(
      'Time spent healing This shows once you record something, or set when the breakup happened in Settings.',
    );
  });
});
