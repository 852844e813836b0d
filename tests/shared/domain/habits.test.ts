import { describe, expect, it } from 'vitest';
import { describeTarget } from '../../../src-main/shared/domain/habits';

describe('a habit’s goal in words', () => {
  it('says "not at all" for a habit to break whose limit is 0, daily or weekly', () => {
    expect(describeTarget('break', 0, 'day')).toBe('not at all');
    expect(describeTarget('break', 0, 'week')).toBe('not at all');
  });

  it('says the limit or the target with its period otherwise', () => {
    expect(describeTarget('break', 2, 'week')).toBe('at most 2 a week');
    expect(describeTarget('break', 1, 'day')).toBe('at most 1 a day');
    expect(describeTarget('build', 1, 'day')).toBe('at least 1 a day');
    expect(describeTarget('build', 2, 'week')).toBe('at least 2 a week');
  });
});
