import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MoodCalendar,
  dayLabel,
  moodLevel,
  monthOf,
  type CalendarDay,
} from '../../../src-renderer/charts/MoodCalendar';
import { monthLabel, weekdayAndDate, weekdayNames } from '../../../src-renderer/app/day-format';
import { TOO_FEW_FOR_TREND } from '../../../src-main/shared/share-words';

afterEach(cleanup);

const DAYS: CalendarDay[] = [
  { day: '2026-10-30', average: 4, count: 1 },
  { day: '2026-11-03', average: 6.5, count: 2 },
  { day: '2026-11-10', average: 2, count: 1 },
  { day: '2026-11-20', average: 9.5, count: 3 },
  { day: '2026-11-21', average: 4.4, count: 5 },
];

/** The calendar as a screen uses it: it asks for another month, the screen hands it that month. */
function Calendar({ today = '2026-11-27', start = '2026-11' }: { today?: string; start?: string }) {
  const [month, setMonth] = useState(start);
  return (
    <MoodCalendar
      month={month}
      days={DAYS.filter((d) => monthOf(d.day) === month)}
      today={today}
      onMonthChange={setMonth}
    />
  );
}

/** What a sighted person reads in an element: its text, without the words for screen readers. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true);
  if (!(copy instanceof Element)) return '';
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return [...copy.querySelectorAll('span')]
    .map((span) => span.textContent?.trim() ?? '')
    .filter((text) => text !== '')
    .join(' ');
}

/**
 * The accessible name of a day or weekday cell, which is named by its content: its text with
 * spaces as a browser joins them. (One test checks it against testing-library's role query.)
 */
function nameFromContent(element: Element): string {
  const copy = element.cloneNode(true);
  if (!(copy instanceof Element)) return '';
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when each word appears in `name` after the one before it. */
function inOrder(name: string, words: readonly string[]): boolean {
  let from = 0;
  for (const word of words) {
    const at = name.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

/** A day by its accessible name; faster than a role query over 42 cells. */
function cell(name: string): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>('[role="gridcell"]')].find(
    (c) => nameFromContent(c) === name,
  );
  if (!found) throw new Error(`No day labelled "${name}".`);
  return found;
}
const month = () => screen.getByRole('heading', { level: 3 }).textContent;

describe('the mood calendar', () => {
  it('colours each day by its average mood and says it in words', () => {
    render(<Calendar />);
    expect(month()).toBe(monthLabel('2026-11'));
    const expected: [string, string][] = [
      [`${weekdayAndDate('2026-11-03')}: average mood 6.5 from 2 entries`, '4'],
      [`${weekdayAndDate('2026-11-10')}: average mood 2 from 1 entry`, '1'],
      [`${weekdayAndDate('2026-11-20')}: average mood 9.5 from 3 entries`, '5'],
      [`${weekdayAndDate('2026-11-21')}: average mood 4.4 from 5 entries`, '2'],
    ];
    for (const [name, level] of expected) {
      expect(cell(name).getAttribute('data-level')).toBe(level);
    }
    // The average is written in the cell too, so colour is never the only sign.
    expect(within(cell(expected[0]?.[0] ?? '')).getByText('6.5')).toBeTruthy();
    const empty = cell(`${weekdayAndDate('2026-11-04')}: no entries`);
    expect(empty.hasAttribute('data-level')).toBe(false);
    expect(visibleText(empty)).toBe('4');
    // The movement of the month's least-squares line (about 4.7 to about 6.3), never its average.
    expect(
      screen.getByText(
        `In ${monthLabel('2026-11')} you recorded your mood on 4 days. It rose from about 5 to about 6.`,
      ),
    ).toBeTruthy();
  });

  it('says the climb an average would hide, and no movement from fewer than four days', () => {
    const climb: CalendarDay[] = [
      { day: '2026-11-02', average: 2, count: 1 },
      { day: '2026-11-09', average: 3, count: 2 },
      { day: '2026-11-16', average: 5, count: 1 },
      { day: '2026-11-23', average: 7, count: 1 },
    ];
    const noMove = () => undefined;
    const { rerender } = render(
      <MoodCalendar month="2026-11" days={climb} today="2026-11-27" onMonthChange={noMove} />,
    );
    const summary = () => document.querySelector('.mood-cal-summary')?.textContent;
    expect(summary()).toBe(
      `In ${monthLabel('2026-11')} you recorded your mood on 4 days. It rose from about 2 to about 7.`,
    );
    expect(summary()).not.toMatch(/average/);
    rerender(
      <MoodCalendar
        month="2026-11"
        days={climb.slice(1)}
        today="2026-11-27"
        onMonthChange={noMove}
      />,
    );
    expect(summary()).toBe(
      `In ${monthLabel('2026-11')} you recorded your mood on 3 days. ${TOO_FEW_FOR_TREND}`,
    );
  });

  it('starts its weeks on Monday and marks today', () => {
    render(<Calendar />);
    const headers = screen.getAllByRole('columnheader').map((h) => nameFromContent(h));
    // In the system's language; Monday first (the six blanks before Sunday 1 November show it too).
    expect(headers).toEqual(
      weekdayNames().map(([short, long]) => (long.includes(short) ? long : `${short} (${long})`)),
    );
    expect(headers[0]).toContain(weekdayAndDate('2024-01-01').split(/[ ,]/)[0]);
    // 1 November 2026 is a Sunday: the first week has six empty places before it.
    const [, firstWeek, secondWeek] = screen.getAllByRole('row');
    const firstCells = within(firstWeek ?? document.body).getAllByRole('gridcell');
    expect(firstCells.map((c) => nameFromContent(c))).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
      `${weekdayAndDate('2026-11-01')}: no entries`,
    ]);
    const secondMonday = within(secondWeek ?? document.body).getAllByRole('gridcell')[0];
    expect(secondMonday && nameFromContent(secondMonday)).toBe(
      `${weekdayAndDate('2026-11-02')}: no entries`,
    );
    expect(cell(`${weekdayAndDate('2026-11-27')}: no entries`).getAttribute('aria-current')).toBe(
      'date',
    );
    // The weekday names, then six weeks.
    expect(screen.getAllByRole('row')).toHaveLength(7);
  });

  it('goes to the previous and next month with the buttons, never past this month', async () => {
    const user = userEvent.setup();
    render(<Calendar />);
    const next = screen.getByRole('button', { name: /Next month/ });
    expect((next as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: /Previous month/ }));
    expect(month()).toBe(monthLabel('2026-10'));
    expect(
      cell(`${weekdayAndDate('2026-10-30')}: average mood 4 from 1 entry`).getAttribute(
        'data-level',
      ),
    ).toBe('2');
    // October 2026 starts on a Thursday.
    expect(screen.getAllByRole('gridcell').findIndex((c) => visibleText(c) === '1')).toBe(3);
    expect((next as HTMLButtonElement).disabled).toBe(false);

    await user.click(next);
    expect(month()).toBe(monthLabel('2026-11'));
    expect((next as HTMLButtonElement).disabled).toBe(true);
  });

  it('moves by keyboard: a day, a week, the week’s ends, and across months', async () => {
    const user = userEvent.setup();
    render(<Calendar />);
    await user.tab();
    await user.tab();
    const focused = () => (document.activeElement ? nameFromContent(document.activeElement) : null);
    expect(focused()).toBe(`${weekdayAndDate('2026-11-27')}: no entries`);

    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe(`${weekdayAndDate('2026-11-28')}: no entries`);
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe(`${weekdayAndDate('2026-11-21')}: average mood 4.4 from 5 entries`);
    await user.keyboard('{Home}');
    expect(focused()).toBe(`${weekdayAndDate('2026-11-16')}: no entries`);
    await user.keyboard('{End}');
    expect(focused()).toBe(`${weekdayAndDate('2026-11-22')}: no entries`);

    await user.keyboard('{PageUp}');
    expect(month()).toBe(monthLabel('2026-10'));
    expect(focused()).toBe(`${weekdayAndDate('2026-10-22')}: no entries`);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(month()).toBe(monthLabel('2026-11'));
    expect(focused()).toBe(`${weekdayAndDate('2026-11-05')}: no entries`);

    // Only one day at a time takes Tab, so the grid is one stop in the tab order.
    expect(
      screen.getAllByRole('gridcell').filter((c) => c.getAttribute('tabindex') === '0'),
    ).toHaveLength(1);
    // Nothing after this month: the focus stays put.
    await user.keyboard('{PageDown}{PageDown}');
    expect(month()).toBe(monthLabel('2026-11'));
  });

  it('rounds an average to the step of the scale a person would expect', () => {
    expect([1, 2, 2.4, 2.5, 4.49, 5, 6.5, 8.4, 8.5, 10].map(moodLevel)).toEqual([
      1, 1, 1, 2, 2, 3, 4, 4, 5, 5,
    ]);
    expect(dayLabel('2024-02-29', { day: '2024-02-29', average: 7.25, count: 4 })).toBe(
      `${weekdayAndDate('2024-02-29')}: average mood 7.3 from 4 entries`,
    );
  });
});

/** The colours the stylesheet gives each step, in light and in dark mode (`light-dark(l, d)`). */
function scaleColours(): { light: string[]; dark: string[]; ink: Record<string, string> } {
  const css = readFileSync(
    join(__dirname, '../../../src-renderer/charts/mood-calendar.css'),
    'utf8',
  );
  const read = (name: string, scheme: 'light' | 'dark') => {
    const pair = new RegExp(
      `--${name}:\\s*light-dark\\(\\s*(#[0-9a-f]{6})\\s*,\\s*(#[0-9a-f]{6})\\s*\\)`,
      'i',
    ).exec(css);
    return pair?.[scheme === 'light' ? 1 : 2] ?? 'missing';
  };
  const steps = [1, 2, 3, 4, 5];
  return {
    light: steps.map((n) => read(`cal-${n}`, 'light')),
    dark: steps.map((n) => read(`cal-${n}`, 'dark')),
    ink: {
      lightOnPale: read('cal-ink-light', 'light'),
      lightOnDeep: read('cal-ink-deep', 'light'),
      darkOnPale: read('cal-ink-light', 'dark'),
      darkOnDeep: read('cal-ink-deep', 'dark'),
    },
  };
}

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((v) =>
    v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

function hue(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('the calendar’s colour scale', () => {
  it('is one hue whose lightness alone tells the steps apart, in light and dark mode', () => {
    const { light, dark } = scaleColours();
    for (const steps of [light, dark]) {
      const hues = steps.map(hue);
      expect(Math.max(...hues) - Math.min(...hues)).toBeLessThan(15);
    }
    // Lighter is lower in light mode; brighter is higher in dark mode.
    const lightLum = light.map(luminance);
    const darkLum = dark.map(luminance);
    for (let i = 1; i < 5; i += 1) {
      expect(lightLum[i]).toBeLessThan((lightLum[i - 1] ?? 0) * 0.85);
      expect(darkLum[i]).toBeGreaterThan((darkLum[i - 1] ?? 0) * 1.15);
    }
  });

  it('keeps the day’s number and average readable on every step', () => {
    const { light, dark, ink } = scaleColours();
    light.forEach((colour, i) => {
      const text = i < 3 ? ink['lightOnPale'] : ink['lightOnDeep'];
      expect(contrast(colour, text ?? '')).toBeGreaterThanOrEqual(4.5);
    });
    dark.forEach((colour, i) => {
      const text = i < 3 ? ink['darkOnPale'] : ink['darkOnDeep'];
      expect(contrast(colour, text ?? '')).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('has names that hold what is seen: "3" and "6.5" inside "Tuesday 3 November: average mood 6.5 …"', () => {
    render(<Calendar />);
    const named = [...screen.getAllByRole('gridcell'), ...screen.getAllByRole('columnheader')];
    let checked = 0;
    for (const element of named) {
      const seen = visibleText(element);
      if (seen === '') continue;
      // An aria-label would replace the visible text; the name comes from the content instead.
      expect(element.hasAttribute('aria-label')).toBe(false);
      expect(inOrder(nameFromContent(element), seen.split(' '))).toBe(true);
      checked += 1;
    }
    expect(checked).toBe(30 + 7);
    // The accessible name as testing-library computes it, from the content.
    // (In the system's language: "Tuesday 3 November" in en-GB, "Tuesday, November 3" in en-US.)
    const third = `${weekdayAndDate('2026-11-03')}: average mood 6.5 from 2 entries`;
    expect(screen.getByRole('gridcell', { name: third })).toBe(cell(third));
    const [monday] = weekdayNames();
    // (The headers' exact names are checked in 'starts its weeks on Monday'.)
    const firstHeader = screen.getAllByRole('columnheader')[0];
    expect(firstHeader && nameFromContent(firstHeader)).toContain(monday?.[1]);
    expect(firstHeader?.textContent).toContain(monday?.[0]);
    expect(visibleText(cell(third))).toBe('3 6.5');
  });
});
