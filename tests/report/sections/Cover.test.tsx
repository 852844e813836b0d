// @vitest-environment jsdom
// (for DOMParser: each section is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import { Cover } from '../../../src-main/report/sections/Cover';
import { reportFixture } from '../report-fixture';
import { expectInert, render, textOf } from './render';

describe('Cover', () => {
  it('says the period and the level, with a space after the level’s name', () => {
    const full = render(<Cover data={reportFixture('full')} />);
    expectInert(full);
    expect(full.body.querySelector('h1')?.textContent).toBe('Your progress');
    expect(textOf(full.body, '.period')).toBe('1 January 2026 to 1 March 2026');
    expect(textOf(full.body, '.privacy')).toBe(
      'Privacy: Full. Includes everything, with your notes and reflections.',
    );
    const summary = render(<Cover data={reportFixture('summary')} />);
    expect(textOf(summary.body, '.privacy')).toMatch(/^Privacy: Summary\. \S/);
    expect(summary.body.querySelector('.privacy-warning')).toBeNull();
  });

  it('at the therapist level says how many names are hidden, never which', () => {
    const { body, html, text } = render(
      <Cover data={reportFixture('therapist', ['Sam', 'Priya'])} />,
    );
    expect(textOf(body, '.privacy')).toMatch(
      /^Privacy: Therapist\. .+\. 2 names of people are shown as “\[name\]”\.$/,
    );
    expect(html).not.toMatch(/Sam|Priya/);
    expect(text).not.toContain('No names are hidden');
  });

  it('says plainly when the therapist level hides no name, and promises no replacement', () => {
    const { body } = render(<Cover data={reportFixture('therapist', [])} />);
    expect(textOf(body, '.privacy-warning strong')).toBe(
      'No names are hidden in this report: your notes below are as you wrote them, and may name people.',
    );
    expect(textOf(body, '.privacy')).toBe(
      'Privacy: Therapist. Includes everything, with your notes and reflections.',
    );
  });

  it('says a one-day period as its day', () => {
    const data = { ...reportFixture('summary'), from: '2026-03-01' };
    expect(textOf(render(<Cover data={data} />).body, '.period')).toBe('1 March 2026');
  });
});
