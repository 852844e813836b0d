// @vitest-environment jsdom
// (for DOMParser: each section is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import { SummarySection } from '../../../src-main/report/sections/SummarySection';
import { reportFixture } from '../report-fixture';
import { expectInert, nothingRecorded, render } from './render';

describe('SummarySection', () => {
  it('says the same sentences at every level: made from numbers, never from what was written', () => {
    const full = render(<SummarySection data={reportFixture('full')} />);
    expectInert(full);
    expect(full.body.querySelectorAll('p:not(.muted)')).toHaveLength(4);
    expect(full.text).toContain(
      'You recorded your mood on 60 days (66 entries in all). It rose from about 4 to about 6.',
    );
    for (const level of ['summary', 'therapist'] as const) {
      const other = render(<SummarySection data={reportFixture(level, ['Sam'])} />);
      expect(other.text).toBe(full.text);
    }
    expect(full.html).not.toMatch(/Sam|Priya/);
  });

  it('says when the period starts on the first day anything was recorded, and only then', () => {
    expect(render(<SummarySection data={reportFixture('summary')} />).text).toContain(
      'The period starts on 1 January 2026, the first day anything was recorded.',
    );
    const later = { ...reportFixture('summary'), firstRecordDay: '2025-11-02' };
    expect(render(<SummarySection data={later} />).text).not.toContain('first day anything');
  });

  it('says kindly that nothing was recorded, part by part', () => {
    const empty = render(<SummarySection data={nothingRecorded('full')} />);
    expectInert(empty);
    expect(empty.text).toBe(
      'Summary There are no mood entries in this period. No habit check-ins were recorded in this period. No communication practice was logged in this period. No reflections were written in this period. Healing is the one outcome that is certain, and it counts whether or not you and your ex get back together.',
    );
  });
});
