// @vitest-environment jsdom
// (for DOMParser: each section is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../src-main/report/report-data';
import { ReflectionsSection } from '../../../src-main/report/sections/ReflectionsSection';
import { voiceFor } from '../../../src-main/report/voice';
import { FREE_TEXT, HOSTILE, JOURNEY_TEXT, journeyFixture, reportFixture } from '../report-fixture';
import { expectInert, nothingRecorded, render } from './render';

const renderReflections = (data: ReportData) =>
  render(<ReflectionsSection data={data} voice={voiceFor(data)} />);

describe('ReflectionsSection', () => {
  it('prints saved answers as text, keys made words, at the full level', () => {
    const full = renderReflections(reportFixture('full'));
    expectInert(full);
    expect(full.text).toContain('14 Feb 2026 Right reasons · Heal Yourself');
    expect(full.text).toContain(`Why now ${HOSTILE.img} ${FREE_TEXT.reflectionAnswer}`);
    expect(full.text).toContain('Wants what is best Yes');
  });

  it('prints the worksheet with a space around the evidence’s goal, and escapes every text', () => {
    const journey = renderReflections(journeyFixture('full'));
    expectInert(journey);
    const evidence = journey.body.querySelector('ul.plain li')?.textContent;
    expect(evidence).toBe(
      `${JOURNEY_TEXT.habitName} (at least 1 a day): strength 62% · kept on 20 of 28 days (as of 16 February 2026)`,
    );
    for (const text of Object.values(JOURNEY_TEXT)) expect(journey.text).toContain(text);
  });

  it('hides the chosen names in every answer at the therapist level', () => {
    const therapist = renderReflections(journeyFixture('therapist', ['Sam', 'Priya']));
    expectInert(therapist);
    expect(therapist.text).toContain('Evening walk with [name]');
    expect(therapist.html).not.toMatch(/\bSam\b|Priya/);
  });

  it('counts each kind at the summary level, and prints nothing written, even if handed some', () => {
    const leaky: ReportData = { ...journeyFixture('full'), privacy: 'summary' };
    const summary = renderReflections(leaky);
    expectInert(summary);
    expect(summary.text).toBe(
      'Your reflections You wrote 3 reflections. Your answers are left out at this privacy level. Reflection Written First Last Honest reflection 1 14 Feb 2026 14 Feb 2026 Decide worksheet 1 16 Feb 2026 16 Feb 2026 Apology draft 1 20 Feb 2026 20 Feb 2026',
    );
  });

  it('says kindly that none were written, at every level', () => {
    for (const level of ['full', 'summary'] as const) {
      const empty = renderReflections(nothingRecorded(level));
      expectInert(empty);
      expect(empty.text).toBe('Your reflections No reflections were written in this period.');
    }
  });
});
