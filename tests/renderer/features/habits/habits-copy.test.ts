import { describe, expect, it } from 'vitest';
import type { KeptLately } from '../../../../src-main/shared/habit-kept';
import {
  CALENDAR_WORDS,
  checkinStatus,
  counterGoal,
  goalLine,
  keptButton,
  keptLatelyWords,
  leaveOutButton,
  HISTORY_WORDS,
  progressWords,
  strengthName,
  strengthWords,
  todayGoalWords,
} from '../../../../src-renderer/features/habits/habits-copy';
import * as copy from '../../../../src-renderer/features/habits/habits-copy';

const days = (over: Partial<KeptLately>): KeptLately => ({
  unit: 'day',
  kept: 0,
  counted: 0,
  skipped: 0,
  unrecorded: 0,
  isSinceStart: false,
  hasStarted: true,
  ...over,
});
const weeks = (over: Partial<KeptLately>): KeptLately => days({ unit: 'week', ...over });

const socialMedia = { kind: 'break', targetCount: 0, period: 'day' } as const;
const swim = { kind: 'build', targetCount: 2, period: 'week' } as const;

describe('days kept, in words', () => {
  it('says the days kept of the last 28, or of the days since a young habit started', () => {
    expect(keptLatelyWords('build', days({ kept: 19, counted: 28 }))).toBe(
      'Kept on 19 of the last 28 days.',
    );
    expect(keptLatelyWords('build', days({ kept: 5, counted: 6, isSinceStart: true }))).toBe(
      'Kept on 5 of 6 days since you started.',
    );
    expect(keptLatelyWords('break', days({ kept: 1, counted: 1, isSinceStart: true }))).toBe(
      'Kept on 1 of 1 day since you started.',
    );
  });

  it('says what was left out of the count, and never counts it', () => {
    expect(keptLatelyWords('build', days({ kept: 17, counted: 26, skipped: 2 }))).toBe(
      'Kept on 17 of 26 days in the last four weeks (not counted: 2 days left out).',
    );
    expect(
      keptLatelyWords('break', days({ kept: 8, counted: 9, skipped: 1, unrecorded: 18 })),
    ).toBe(
      'Kept on 8 of 9 days in the last four weeks (not counted: 1 day left out, 18 days with nothing recorded).',
    );
    expect(keptLatelyWords('build', days({ skipped: 1, isSinceStart: true }))).toBe(
      'No days to count yet (1 day left out).',
    );
  });

  it('says weeks met for a weekly goal, never counting this week while it is going on', () => {
    expect(keptLatelyWords('build', weeks({ kept: 3, counted: 4 }))).toBe(
      'Met your goal in 3 of the 4 weeks before this one.',
    );
    expect(keptLatelyWords('break', weeks({ kept: 2, counted: 3, unrecorded: 1 }))).toBe(
      'Kept to your goal in 2 of 3 weeks of the 4 before this one (not counted: 1 week with nothing recorded).',
    );
    expect(keptLatelyWords('build', weeks({ kept: 1, counted: 1, isSinceStart: true }))).toBe(
      'Met your goal in 1 of 1 full week since you started.',
    );
    expect(keptLatelyWords('build', weeks({ isSinceStart: true }))).toBe(
      'Weeks met show here after your first full week.',
    );
  });

  it('invites a first check-in without counting anything down', () => {
    expect(keptLatelyWords('build', days({ hasStarted: false }))).toBe(
      'Days kept show here once you record one.',
    );
  });
});

describe('a habit to break, in words', () => {
  it('names the goal "not at all" and its buttons by what they mean', () => {
    expect(goalLine(socialMedia)).toBe('Breaking: not at all');
    expect(counterGoal(socialMedia)).toBe('goal: not at all');
    expect(counterGoal({ kind: 'build', targetCount: 3, period: 'day' })).toBe(
      'of at least 3 a day',
    );
    expect(keptButton('2026-03-04', '2026-03-04')).toBe('Didn’t today');
    expect(keptButton('2026-03-03', '2026-03-04')).toBe('Didn’t yesterday');
    expect(leaveOutButton('2026-03-04', '2026-03-04')).toBe('Leave today out');
    expect(leaveOutButton('2026-02-27', '2026-03-04')).toBe('Leave this day out');
  });

  it('says a kept day is kept, and says nothing about an empty today', () => {
    const today = '2026-03-04';
    expect(checkinStatus(socialMedia, { count: 0, isSkip: false }, today, today)).toBe(
      'Kept today.',
    );
    expect(checkinStatus(socialMedia, { count: 1, isSkip: false }, today, today)).toBeNull();
    expect(checkinStatus(socialMedia, null, today, today)).toBeNull();
    expect(checkinStatus(swim, null, '2026-03-01', today)).toBe('Nothing recorded for this day.');
  });
});

describe('a week drawn against its goal', () => {
  it('says the count beside the goal, never as a fraction over one', () => {
    expect(progressWords({ period: 'week', count: 2, target: 2 })).toBe(
      '2 this week (goal: at least 2)',
    );
    expect(progressWords({ period: 'day', count: 8, target: 6 })).toBe(
      '8 today (goal: at least 6)',
    );
    expect(progressWords({ period: 'day', count: 3, target: 6 })).toBe(
      '3 today (goal: at least 6)',
    );
    expect(todayGoalWords({ ...swim, thisPeriod: { period: 'week', count: 3, target: 2 } })).toBe(
      'at least 2 a week, 3 so far this week',
    );
  });
});

describe('strength, said of what is strong', () => {
  it('says a habit to break is strong at keeping away, or at keeping to its limit', () => {
    expect(strengthWords(socialMedia, 45, true)).toBe('45% strength at keeping away');
    expect(strengthWords({ kind: 'break', targetCount: 2 }, 45, true)).toBe(
      '45% strength at keeping to your limit',
    );
    expect(strengthWords(swim, 45, true)).toBe('45% strength');
  });

  it('names the strength of a habit to break as keeping away, never "Strength of" it', () => {
    expect(strengthName({ ...socialMedia, name: 'Check their social media' })).toBe(
      'Strength at keeping away from “Check their social media”',
    );
    expect(strengthName({ kind: 'break', targetCount: 2, name: 'Takeaway' })).toBe(
      'Strength at keeping to your limit for “Takeaway”',
    );
    expect(strengthName({ ...swim, name: 'Swim' })).toBe('Strength of “Swim”');
  });

  it('says "just started", never 0%, while nothing is recorded', () => {
    for (const habit of [socialMedia, swim]) {
      expect(strengthWords(habit, 0, false)).toBe('just started');
    }
  });

  it('names the strength line for the days it covers', () => {
    expect(HISTORY_WORDS.trendTitle(90, true)).toBe('Strength since you started');
    expect(HISTORY_WORDS.trendTitle(90, false)).toBe('Strength, last 90 days');
  });

  it('says a day over a limit as what happened, without a verdict', () => {
    expect(CALENDAR_WORDS.over(1)).toBe('did it 1 time');
    expect(CALENDAR_WORDS.over(3)).toBe('did it 3 times');
    expect(Object.values(CALENDAR_WORDS).join(' ')).not.toMatch(/over the limit|violat|broke/);
  });
});

describe('the screen’s voice', () => {
  it('never says streak, chain, missed-out or a countdown anywhere in its words', () => {
    const words = Object.values(copy)
      .flatMap((value) => (typeof value === 'object' ? Object.values(value) : [value]))
      .map((value) => (typeof value === 'function' ? value.toString() : String(value)))
      .join('\n');
    expect(words).not.toMatch(/streak|chain|days left|not recorded yet|only you see/i);
  });
});
