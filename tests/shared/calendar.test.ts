import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfInstant,
  daysBetween,
  instantOfWallTime,
  isValidDay,
  isValidInstant,
  isValidTimeZone,
  wallTimeOf,
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
