// @vitest-environment jsdom
// (for DOMParser: each section is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import type { HabitData, ReportData } from '../../../src-main/report/report-data';
import { HabitsSection } from '../../../src-main/report/sections/HabitsSection';
import { voiceFor } from '../../../src-main/report/voice';
import { FREE_TEXT, reportFixture } from '../report-fixture';
import { expectInert, nothingRecorded, render, textOf } from './render';

const renderHabits = (data: ReportData) =>
  render(<HabitsSection data={data} voice={voiceFor(data)} />);

/** The fixture with its habit, and a second one archived on the given day with no late records. */
function withArchived(archivedDay: string): ReportData {
  const data = reportFixture('full');
  const [habit] = data.habits;
  if (!habit) throw new Error('The fixture has a habit.');
  const archived: HabitData = {
    ...habit,
    id: 2,
    name: 'Morning pages',
    kind: 'break',
    createdDay: '2025-10-01',
    archivedDay,
    records: habit.records.filter((r) => r.day < archivedDay),
    notes: [],
  };
  return { ...data, habits: [...data.habits, archived] };
}

describe('HabitsSection', () => {
  it('names each habit in the person’s words, as text, and draws its panel', () => {
    const full = renderHabits(reportFixture('full'));
    expectInert(full);
    expect(textOf(full.body, 'td.own')).toBe(FREE_TEXT.habitName);
    expect(textOf(full.body, '.habit h3')).toBe(FREE_TEXT.habitName);
    expect(full.body.querySelector('.habit figure.chart svg[role="img"]')).not.toBeNull();
    expect(full.text).toContain('at least 1 a day 58 check-ins 68%');
  });

  it('says the kind and the goal with a space after the colon', () => {
    const { body } = renderHabits(reportFixture('summary'));
    expect(textOf(body, '.habit-title .muted')).toBe('To build: at least 1 a day');
  });

  it('hides the chosen names in a habit’s name at the therapist level', () => {
    const therapist = renderHabits(reportFixture('therapist', ['Sam']));
    expectInert(therapist);
    expect(textOf(therapist.body, 'td.own')).toMatch(/^Text \[name\] less/);
  });

  it('numbers the habits at the summary level, even if the data held names, and says why', () => {
    const leaky: ReportData = { ...reportFixture('full'), privacy: 'summary' };
    const summary = renderHabits(leaky);
    expectInert(summary);
    expect(textOf(summary.body, 'td.own')).toBe('Habit 1 (build)');
    expect(summary.text).toContain('Habit names are your own words');
    expect(summary.html).not.toContain('Text Sam');
  });

  it('says when a habit was archived in the period, and leaves out one archived before it', () => {
    const inPeriod = renderHabits(withArchived('2026-02-01'));
    expect(inPeriod.body.querySelectorAll('.habit')).toHaveLength(2);
    const [, archived] = inPeriod.body.querySelectorAll('.habit .habit-title .muted');
    expect(archived?.textContent).toBe('To break: at most 1 a day · archived 1 Feb 2026');
    const before = renderHabits(withArchived('2025-12-01'));
    expect(before.body.querySelectorAll('.habit')).toHaveLength(1);
    expect(before.text).not.toContain('Morning pages');
  });

  it('says kindly that no habit was tracked', () => {
    const empty = renderHabits(nothingRecorded('full'));
    expectInert(empty);
    expect(empty.text).toBe('Habits No habits were tracked in this period.');
  });
});
