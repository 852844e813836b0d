import { describe, expect, it } from 'vitest';
import {
  MOOD_SHADES,
  contactToneChart,
  countTicks,
  habitPanelChart,
  moodCalendarCharts,
  moodShade,
  moodTrendChart,
  outcomeOverTimeChart,
  skillOutcomeChart,
  stageTimelineChart,
  timeTicks,
} from '../../src-main/report/charts';
import type { CommunicationGroup, HabitData } from '../../src-main/report/report-data';
import { TOO_FEW_FOR_TREND, TREND_MIN_POINTS } from '../../src-main/shared/share-words';
import { addDays } from '../../src-main/shared/calendar';
import { NO_SKILL_NAMED } from '../../src-main/shared/domain/communication';

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    day: addDays(from, i),
    average: 1 + (i % 10),
    entries: 1,
    hurt: null,
  }));

describe('chart axes', () => {
  it('labels weeks, months, quarters or years depending on the span', () => {
    expect(timeTicks('2026-11-01', '2026-11-27').map((t) => t.label)).toEqual([
      '2 Nov',
      '9 Nov',
      '16 Nov',
      '23 Nov',
    ]);
    expect(
      timeTicks('2025-11-28', '2026-11-27')
        .map((t) => t.label)
        .slice(0, 3),
    ).toEqual(['Dec 2025', 'Jan 2026', 'Feb']);
    expect(timeTicks('2016-11-28', '2026-11-27').map((t) => t.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(2017 + i)),
    );
  });
});

describe('mood charts', () => {
  it('shades mood from light to dark, so grayscale keeps the order', () => {
    const lightness = MOOD_SHADES.map((hex) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    });
    for (let i = 1; i < lightness.length; i += 1) {
      expect(lightness[i]).toBeLessThan(lightness[i - 1] ?? 0);
    }
    expect(moodShade(1)).toBe(MOOD_SHADES[0]);
    expect(moodShade(9.6)).toBe(MOOD_SHADES[9]);
  });

  it('draws one calendar block for a year and one per calendar year beyond', () => {
    expect(moodCalendarCharts(days('2025-11-28', 365), '2025-11-28', '2026-11-27')).toHaveLength(1);
    const decade = moodCalendarCharts(days('2016-11-28', 3652), '2016-11-28', '2026-11-27');
    expect(decade).toHaveLength(11);
    expect(decade[1]?.markup).toContain('>2017<');
  });

  it('puts the stages’ names above the top gridline, so no line runs through them', () => {
    const stages = [
      { stage: 'heal_yourself' as const, from: '2026-01-01', to: '2026-01-31' },
      { stage: 'decide' as const, from: '2026-02-01', to: '2026-03-01' },
    ];
    const svg = moodTrendChart(days('2026-01-01', 60), '2026-01-01', '2026-03-01', stages).markup;
    const labels = [...svg.matchAll(/<text class="band-label"[^>]*\sy="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(labels).toHaveLength(2);
    // The gridline at 10, the highest mood: the tick whose text is "10" sits 3.5 below it.
    const ten = /<line[^>]*y1="([\d.]+)"[^>]*\/><text class="tick"[^>]*>10</.exec(svg);
    const tenY = Number(ten?.[1]);
    expect(ten).not.toBeNull();
    // A label's glyphs reach about 8 units above its baseline and none below it.
    for (const baseline of labels) expect(baseline).toBeLessThan(tenY - 2);
  });

  it('names a one-day period’s day once on the stage timeline', () => {
    const one = stageTimelineChart(
      [{ stage: 'decide', from: '2026-11-20', to: '2026-11-20' }],
      '2026-11-20',
      '2026-11-20',
    ).markup;
    expect(one.match(/>20 Nov</g)).toHaveLength(1);
    const week = stageTimelineChart(
      [{ stage: 'decide', from: '2026-11-14', to: '2026-11-20' }],
      '2026-11-14',
      '2026-11-20',
    ).markup;
    expect(week).toContain('>14 Nov<');
    expect(week).toContain('>20 Nov<');
  });

  it('keeps ten years of mood to a few hundred points a series', () => {
    const svg = moodTrendChart(days('2016-11-28', 3652), '2016-11-28', '2026-11-27', []).markup;
    const line = /<path\s+d="([^"]*)"\s+fill="none"/.exec(svg)?.[1] ?? '';
    const points = line.match(/[ML]/g)?.length ?? 0;
    expect(points).toBeGreaterThan(400);
    expect(points).toBeLessThan(600);
    expect(svg).not.toMatch(/style=|href|http/);
  });
});

/** Every `d` of a path in the markup. */
function pathsOf(svg: string): string[] {
  return [...svg.matchAll(/<path[^>]*?\sd="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** True when a path draws something: a dot (an arc), a line of two points or more, or a shape. */
function drawsSomething(d: string): boolean {
  return /a/.test(d) || /L|H|V/.test(d);
}

/** The numbers written on the charts' value axes. */
function tickLabels(svg: string): string[] {
  return [...svg.matchAll(/<text class="tick"[^>]*>([^<]*)</g)].map((m) => (m[1] ?? '').trim());
}

/** The size of the smallest bar in a path of bars, in drawing units. */
function smallestBar(d: string): number {
  const sizes = [...d.matchAll(/M[\d.]+ ([\d.]+)V([\d.]+)/g)].map((m) =>
    Math.abs(Number(m[1]) - Number(m[2])),
  );
  return Math.min(...sizes);
}

const oneHabit = (records: HabitData['records']): HabitData => ({
  id: 1,
  name: 'Walk',
  kind: 'build',
  targetCount: 1,
  period: 'day',
  createdDay: '2026-11-30',
  archivedDay: null,
  records,
  notes: [],
});

const group = (day: string, entries: number, isContactWithEx = true): CommunicationGroup => ({
  day,
  skill: 'listening',
  counterpart: 'ex',
  outcome: 'resolved',
  tone: 'civil',
  isContactWithEx,
  contactContext: null,
  initiatedBy: null,
  entries,
  ratingSum: 0,
  ratings: 0,
});

describe('a single point is always drawn', () => {
  it('draws a dot for a habit strength line of one day (the case reported: a bare move-to)', () => {
    const svg = habitPanelChart(
      oneHabit([{ day: '2026-11-20', count: 1, isSkip: false }]),
      '2026-10-22',
      '2026-11-20',
    ).markup;
    expect(svg).toContain('class="lone-point"');
    for (const d of pathsOf(svg)) expect(drawsSomething(d)).toBe(true);
  });

  it('draws a dot where a habit line has one day between gaps, in weekly lines too', () => {
    // Ten years: the line keeps one point a week, and the only record is in the last week.
    const svg = habitPanelChart(
      oneHabit([{ day: '2026-11-19', count: 1, isSkip: false }]),
      '2016-11-21',
      '2026-11-20',
    ).markup;
    expect(svg).toContain('class="lone-point"');
  });

  it('draws no extra dots on a line that has neighbours', () => {
    const svg = habitPanelChart(
      oneHabit([
        { day: '2026-11-18', count: 1, isSkip: false },
        { day: '2026-11-19', count: 1, isSkip: false },
      ]),
      '2026-10-22',
      '2026-11-20',
    ).markup;
    expect(svg).not.toContain('lone-point');
  });

  it('draws the mood dot for one entry on the last day, and no rolling line through it', () => {
    const svg = moodTrendChart(
      [{ day: '2026-11-20', average: 6, entries: 1, hurt: null }],
      '2026-10-22',
      '2026-11-20',
      [],
    ).markup;
    expect(svg).not.toContain('class="lone-point"');
    expect(svg).toContain(TOO_FEW_FOR_TREND);
    for (const d of pathsOf(svg)) expect(drawsSomething(d)).toBe(true);
  });

  it('shows one check-in in a long period as a bar a reader can see', () => {
    const svg = habitPanelChart(
      oneHabit([{ day: '2025-06-10', count: 1, isSkip: false }]),
      '2024-01-01',
      '2026-11-20',
    ).markup;
    const bars = /<path d="([^"]*)" fill="#6ea597"/.exec(svg)?.[1] ?? '';
    expect(bars).not.toBe('');
    expect(smallestBar(bars)).toBeGreaterThanOrEqual(1.5);
  });

  it('shows one contact, and one conversation among hundreds, as visible bars', () => {
    const one = contactToneChart([group('2026-11-20', 1)], '2026-10-22', '2026-11-20').markup;
    const bars = pathsOf(one).filter((d) => d.includes('V'));
    expect(bars.length).toBeGreaterThan(0);
    const many = outcomeOverTimeChart(
      [group('2026-01-05', 900, false), { ...group('2026-11-20', 1, false), outcome: 'not' }],
      '2026-01-01',
      '2026-11-20',
    ).markup;
    for (const d of pathsOf(many).filter((p) => p.includes('V'))) {
      expect(smallestBar(d)).toBeGreaterThanOrEqual(1.4);
    }
    const skills = skillOutcomeChart([
      group('2026-01-05', 900, false),
      { ...group('2026-01-06', 1, false), outcome: 'partly' },
    ]).markup;
    const widths = [...skills.matchAll(/<rect\s+x="[\d.]+"\s+y="[\d.]+"\s+width="([\d.]+)"/g)]
      .map((m) => Number(m[1]))
      .filter((w) => w !== 10);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(1.5);
  });
});

describe('conversations by skill', () => {
  it('counts contact with the ex that named no skill in a row of its own, only when there is some', () => {
    const noSkill = { ...group('2026-11-20', 3), skill: null };
    const withRow = skillOutcomeChart([group('2026-11-19', 2, false), noSkill]).markup;
    expect(withRow).toContain(`>${NO_SKILL_NAMED}</text`);
    // Its bar says how many: every entry is counted somewhere.
    expect(withRow).toMatch(new RegExp(`${NO_SKILL_NAMED}</text[\\s\\S]*>3</text>`));
    const without = skillOutcomeChart([group('2026-11-19', 2, false)]).markup;
    expect(without).not.toContain(NO_SKILL_NAMED);
  });
});

/** The rolling-average line's path(s): the only ones stroked in the darkest green. */
function rollingLine(svg: string): string[] {
  return [...svg.matchAll(/<path\s+d="([^"]*)"\s+fill="none"\s+stroke="#24564b"/g)].map(
    (m) => m[1] ?? '',
  );
}

describe('no rolling average under four points in a window', () => {
  const entries = (list: string[]) =>
    list.map((day) => ({ day, average: 5, entries: 1, hurt: null }));

  it('draws no line through 3 days in a week, and says there are too few entries for a trend', () => {
    const svg = moodTrendChart(
      entries(['2026-11-16', '2026-11-18', '2026-11-20']),
      '2026-10-22',
      '2026-11-20',
      [],
    ).markup;
    expect(rollingLine(svg)).toEqual([]);
    expect(svg).toContain(TOO_FEW_FOR_TREND);
    // Neither the legend nor the label a screen reader hears claims a rolling average.
    expect(svg).not.toMatch(/7-day average|rolling average/);
  });

  it('draws the line once 7 days hold 4 days with an entry, and only where they do', () => {
    expect(TREND_MIN_POINTS).toBe(4);
    const svg = moodTrendChart(
      entries(['2026-11-01', '2026-11-14', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-20']),
      '2026-10-22',
      '2026-11-20',
      [],
    ).markup;
    // Only the weeks ending on the 18th, 19th and 20th hold 4 entries: one stretch of line, and
    // nothing through the lone entry on the 1st.
    const line = rollingLine(svg);
    expect(line).toHaveLength(1);
    expect(line[0]?.match(/[ML]/g)).toHaveLength(3);
    expect(svg).not.toContain('class="lone-point"');
    expect(svg).toContain('7-day average');
    expect(svg).not.toContain(TOO_FEW_FOR_TREND);
  });
});

describe('habit bars: a full bar is the goal met', () => {
  const barsOf = (svg: string) => /<path d="([^"]*)" fill="#6ea597"/.exec(svg)?.[1] ?? '';
  const heights = (d: string) =>
    [...d.matchAll(/M[\d.]+ ([\d.]+)V([\d.]+)/g)].map((m) =>
      Math.round(Math.abs(Number(m[1]) - Number(m[2]))),
    );
  const FULL = 30;

  it('fills the bar for a twice-a-week goal met twice (the case reported: half a seven-day bar)', () => {
    // Mondays 2 to 23 November 2026 start four whole weeks; each has two check-ins.
    const records = ['02', '05', '09', '12', '16', '19', '23', '26'].map((d) => ({
      day: `2026-11-${d}`,
      count: 1,
      isSkip: false,
    }));
    const svg = habitPanelChart(
      { ...oneHabit(records), targetCount: 2, period: 'week' },
      '2026-11-02',
      '2026-11-29',
    ).markup;
    expect(heights(barsOf(svg))).toEqual([FULL, FULL, FULL, FULL]);
    expect(svg).toContain('a full bar is your goal of 2 a week met');
  });

  it('counts the days a habit to break was kept, never "checked in", against every day', () => {
    // "Not at all": kept every day of the first week, over the limit once in the second.
    const records = Array.from({ length: 14 }, (_, i) => ({
      day: addDays('2026-11-02', i),
      count: i === 9 ? 1 : 0,
      isSkip: false,
    }));
    const svg = habitPanelChart(
      { ...oneHabit(records), kind: 'break', targetCount: 0 },
      '2026-11-02',
      '2026-11-15',
    ).markup;
    expect(heights(barsOf(svg))).toEqual([FULL, Math.round((6 / 7) * FULL)]);
    expect(svg).toContain('Days kept, per week (a full bar is every day kept)');
    expect(svg).not.toMatch(/checked in/i);
  });

  it('fills a daily habit’s bar when every day is on target, whatever day the habit began', () => {
    const records = Array.from({ length: 4 }, (_, i) => ({
      day: addDays('2026-11-05', i),
      count: 1,
      isSkip: false,
    }));
    const svg = habitPanelChart(oneHabit(records), '2026-11-02', '2026-11-08').markup;
    expect(heights(barsOf(svg))).toEqual([FULL]);
    expect(svg).toContain('Days on target, per week (a full bar is every day)');
  });
});

describe('count axes', () => {
  it('never writes a fraction of a contact (the case reported: "0.5 contacts")', () => {
    const svg = contactToneChart([group('2026-11-20', 1)], '2026-10-22', '2026-11-20').markup;
    const numbers = tickLabels(svg).filter((t) => /^[\d.]+$/.test(t));
    expect(numbers).toEqual(['0', '1']);
  });

  it('steps by whole numbers for every count, small or large', () => {
    for (let max = 1; max <= 2000; max += max < 40 ? 1 : 37) {
      const ticks = countTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      for (const t of ticks) expect(Number.isInteger(t)).toBe(true);
    }
  });
});
