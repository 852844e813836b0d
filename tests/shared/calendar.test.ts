import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayNumber,
  dayOfInstant,
  dayOfNumber,
  daysBetween,
  daysFrom,
  instantOfWallTime,
  isValidDay,
  isValidInstant,
  isValidTimeZone,
  monthOf,
  monthRange,
  monthStart,
  msUntilNextDay,
  todayAt,
  wallTimeOf,
  weekStart,
  weekdayIndex,
} from '../../src-main/shared/calendar';

describe('calendar days', () => {
  it('accepts real days, leap days included, and refuses impossible ones instead of rolling over', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2023-02-29')).toBe(false);
    expect(isValidDay('2024-02-30')).toBe(false);
    expect(isValidDay('2024-13-01')).toBe(false);
    expect(isValidDay('2024-1-01')).toBe(false);
    expect(isValidDay('')).toBe(false);
  });

  it('knows the length of every month from 1900 to 2999, century leap years included', () => {
    expect(isValidDay('1900-02-29')).toBe(false);
    expect(isValidDay('2000-02-29')).toBe(true);
    expect(isValidDay('2100-02-29')).toBe(false);
    for (let year = 1900; year <= 2999; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const prefix = `${year}-${String(month).padStart(2, '0')}-`;
        expect(isValidDay(`${prefix}${length}`), `${prefix}${length}`).toBe(true);
        expect(isValidDay(`${prefix}${length + 1}`), `${prefix}${length + 1}`).toBe(false);
      }
    }
  });

  it('counts and steps days across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-02-27', '2024-03-01')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });
});

describe('instants and zones', () => {
  it('accepts UTC ISO instants only', () => {
    expect(isValidInstant('2024-02-29T23:59:59.999Z')).toBe(true);
    expect(isValidInstant('2024-02-30T10:00:00Z')).toBe(false);
    expect(isValidInstant('2024-02-28T24:00:00Z')).toBe(false);
    expect(isValidInstant('2024-02-28T10:00:00+01:00')).toBe(false);
  });

  it('knows real zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('buckets an instant into the day of the zone it was entered in', () => {
    const instant = '2026-11-27T10:30:00.000Z';
    expect(dayOfInstant(instant, 'Pacific/Apia')).toBe('2026-11-27');
    expect(dayOfInstant(instant, 'Pacific/Kiritimati')).toBe('2026-11-28');
    expect(dayOfInstant(instant, 'America/New_York')).toBe('2026-11-27');
    expect(dayOfInstant('2026-11-27T03:00:00.000Z', 'America/New_York')).toBe('2026-11-26');
    expect(dayOfInstant('2026-11-27T18:14:00.000Z', 'Asia/Kathmandu')).toBe('2026-11-27');
    expect(dayOfInstant('2026-11-27T18:15:00.000Z', 'Asia/Kathmandu')).toBe('2026-11-28');
  });

  it('turns a wall-clock reading into an instant and back, in odd zones too', () => {
    for (const zone of [
      'UTC',
      'America/New_York',
      'Pacific/Apia',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ]) {
      const instant = instantOfWallTime('2026-11-27', '23:45', zone);
      expect(wallTimeOf(instant, zone)).toEqual({ day: '2026-11-27', time: '23:45' });
    }
    expect(instantOfWallTime('2026-11-27', '23:45', 'Asia/Kathmandu')).toBe(
      '2026-11-27T18:00:00.000Z',
    );
  });

  it('moves a time skipped by a daylight-saving jump to just after the jump', () => {
    const instant = instantOfWallTime('2026-03-08', '02:30', 'America/New_York');
    expect(wallTimeOf(instant, 'America/New_York')).toEqual({ day: '2026-03-08', time: '03:30' });
    // Lord Howe moves its clocks by half an hour.
    const lordHowe = instantOfWallTime('2026-10-04', '02:15', 'Australia/Lord_Howe');
    expect(wallTimeOf(lordHowe, 'Australia/Lord_Howe')).toEqual({
      day: '2026-10-04',
      time: '02:45',
    });
  });
});

describe('day numbers, weeks and months', () => {
  it('numbers days from 1970-01-01 and back, across leap days and centuries', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    for (const day of ['1900-01-01', '1969-12-31', '2024-02-29', '2999-12-31']) {
      expect(dayOfNumber(dayNumber(day))).toBe(day);
      expect(dayNumber(day)).toBe(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    }
    expect(daysFrom('2026-11-28', '2026-12-01')).toBe(3);
    expect(daysFrom('2026-12-01', '2026-11-28')).toBe(-3);
  });

  it('names weekdays Monday first, and finds the week and month a day is in', () => {
    expect(weekdayIndex('2026-11-30')).toBe(0); // a Monday
    expect(weekdayIndex('2026-11-29')).toBe(6); // a Sunday
    expect(weekdayIndex('1969-12-29')).toBe(0); // a Monday before day 0
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(monthStart('2024-02-29')).toBe('2024-02-01');
    expect(monthOf('2024-02-29')).toBe('2024-02');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('today and the next midnight', () => {
  it('says which day it is on the clock of a zone', () => {
    const now = new Date('2026-11-28T23:30:00.000Z');
    expect(todayAt(now, 'Europe/Paris')).toBe('2026-11-29');
    expect(todayAt(now, 'America/New_York')).toBe('2026-11-28');
    expect(todayAt(now, 'Pacific/Apia')).toBe('2026-11-29');
  });

  it('counts down to the instant the next local day begins, also across daylight saving', () => {
    // 22:00 in Paris: two hours to go.
    expect(msUntilNextDay(new Date('2026-11-28T21:00:00.000Z'), 'Europe/Paris')).toBe(
      2 * 3_600_000,
    );
    // New York, the night clocks go back (1 Nov 2026): 31 Oct 23:00 to 1 Nov 00:00 is one hour,
    // and 1 Nov 00:00 to 2 Nov 00:00 is 25 hours.
    expect(msUntilNextDay(new Date('2026-11-01T03:00:00.000Z'), 'America/New_York')).toBe(
      3_600_000,
    );
    expect(msUntilNextDay(new Date('2026-11-01T04:00:00.000Z'), 'America/New_York')).toBe(
      25 * 3_600_000,
    );
    // Kathmandu is UTC+05:45.
    expect(msUntilNextDay(new Date('2026-11-28T18:00:00.000Z'), 'Asia/Kathmandu')).toBe(
      15 * 60_000,
    );
    // Never less than a second, so a timer re-armed at midnight cannot spin.
    expect(msUntilNextDay(new Date('2026-11-28T23:00:00.000Z'), 'Europe/Paris')).toBe(
      24 * 3_600_000,
    );
  });

  it('turns over on time where midnight itself is skipped (Santiago, September 2026)', () => {
    // Chile moves clocks from 00:00 to 01:00 on the first Sunday of September.
    const day = '2026-09-06';
    const begins = instantOfWallTime(day, '00:00', 'America/Santiago');
    expect(dayOfInstant(begins, 'America/Santiago')).toBe(day);
    const before = new Date(Date.parse(begins) - 60_000);
    expect(msUntilNextDay(before, 'America/Santiago')).toBe(60_000);
  });
});

describe('the day of an instant and the check of an instant, read without Dates', () => {
  /** The day a clock in the zone shows, read by name from Intl's parts: the rule, spelled out. */
  const formatters = new Map<string, Intl.DateTimeFormat>();
  function dayByParts(instant: string, timeZone: string): string {
    const formatter =
      formatters.get(timeZone) ??
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    formatters.set(timeZone, formatter);
    const parts = formatter.formatToParts(new Date(instant));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  }

  it('gives the same day as reading the parts, hour by hour around the turns of clocks', () => {
    const zones = [
      'UTC',
      'Europe/London',
      'America/New_York',
      'Pacific/Apia',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
      'America/St_Johns',
    ];
    // Every 97 minutes over two years (both daylight-saving turns of each zone, and Apia's
    // skipped day in 2011), plus the first and last years the app accepts.
    const starts = [
      '2011-01-01T00:00:00.000Z',
      '1900-01-01T00:00:00.000Z',
      '2998-06-01T00:00:00.000Z',
    ];
    let compared = 0;
    const wrong: string[] = [];
    for (const start of starts) {
      const from = Date.parse(start);
      const span = start.startsWith('2011') ? 2 * 366 * 86_400_000 : 40 * 86_400_000;
      for (let ms = from; ms < from + span; ms += 97 * 60_000) {
        const instant = new Date(ms).toISOString();
        for (const zone of zones) {
          expect
            .soft(dayOfInstant(instant, zone), `${instant} in ${zone}`)
            .toBe(dayByParts(instant, zone));
          compared += 1;
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(50_000);
  });

  it('accepts exactly the instants a Date reads back unchanged', () => {
    const byDate = (value: string) => {
      const ms = Date.parse(value);
      return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19);
    };
    const times = [
      '00:00:00',
      '23:59:59',
      '24:00:00',
      '23:60:00',
      '12:00:60',
      '19:99:00',
      '30:00:00',
    ];
    const days = ['2024-02-29', '2023-02-29', '2026-12-31', '1900-01-01', '2999-12-31'];
    for (const day of days) {
      for (const time of times) {
        for (const fraction of ['', '.5', '.123']) {
          const value = `${day}T${time}${fraction}Z`;
          expect(isValidInstant(value), value).toBe(isValidDay(day) && byDate(value));
        }
      }
    }
  });
});
