import { addDays, instantOfWallTime } from '../../src-main/shared/calendar';
import type { Channel } from '../../src-main/shared/ipc-channels';
import type { Result } from '../../src-main/shared/result';
import type { CommunicationSkill, Outcome, Tone } from '../../src-main/shared/domain/communication';

type Dispatch = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/** What a year of practice holds, for the tests that read it back. */
export const YEAR = {
  /** Checked in every day of the year: the steadiest. */
  walk: 'Walk after dinner',
  /** A break habit kept on most days. */
  phone: 'Phone away at night',
  /** Three times a week, kept on about two of every three weeks. */
  swim: 'Swim',
  /** Kept for the first three months, then archived. */
  journal: 'Journal',
} as const;

const SKILLS: readonly CommunicationSkill[] = [
  'listening',
  'i_statements',
  'listening',
  'setting_a_boundary',
  'calm_logistics',
  'repair_after_conflict',
];
const OUTCOMES: readonly (Outcome | null)[] = ['resolved', 'partly', 'resolved', 'not', null];

/** Contact over the year grows calmer: tense and hostile early, civil and friendly later. */
function toneOf(i: number, share: number): Tone {
  const calm: readonly Tone[] = share > 0.5 ? ['friendly', 'civil', 'civil'] : ['tense', 'civil'];
  const hard: readonly Tone[] = share > 0.5 ? ['tense'] : ['hostile', 'tense', 'hostile'];
  const pool = (i * 7919) % 10 < share * 10 ? calm : hard;
  return pool[i % pool.length] ?? 'civil';
}

/**
 * A year of history ending on `today`, through the real channels as a person would make it:
 * four habits (one archived after its first three months, when `setNow` can move the services'
 * clock back to that day), two conversations or rehearsals a week, and contact with the ex about
 * once a week that grows calmer over the year. Deterministic: the same year every run.
 */
export async function seedYearOfPractice(
  dispatch: Dispatch,
  {
    today,
    timeZone,
    setNow,
  }: {
    readonly today: string;
    readonly timeZone: string;
    /** Moves the services' clock (null: back to the real one). */
    readonly setNow?: (at: Date | null) => void;
  },
): Promise<void> {
  const must = async (channel: Channel, input: unknown) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  const first = addDays(today, -364);
  await must('habit:create', { name: YEAR.walk, kind: 'build', targetCount: 1, period: 'day' });
  await must('habit:create', { name: YEAR.phone, kind: 'break', targetCount: 0, period: 'day' });
  await must('habit:create', { name: YEAR.swim, kind: 'build', targetCount: 3, period: 'week' });
  await must('habit:create', { name: YEAR.journal, kind: 'build', targetCount: 1, period: 'day' });
  for (let i = 0; i < 365; i += 1) {
    const day = addDays(first, i);
    await must('checkin:set', { habitId: 1, day, count: 1 });
    await must('checkin:set', { habitId: 2, day, count: i % 9 === 4 ? 1 : 0 });
    if (i % 7 < 3 && Math.floor(i / 7) % 3 !== 2) {
      await must('checkin:set', { habitId: 3, day, count: 1 });
    }
    if (i < 90 && i % 4 !== 3) await must('checkin:set', { habitId: 4, day, count: 1 });

    const at = (time: string) => instantOfWallTime(day, time, timeZone);
    if (i % 3 === 0) {
      const skill = SKILLS[(i / 3) % SKILLS.length] ?? 'listening';
      const isRehearsal = i % 5 === 4;
      await must('communication:create', {
        occurredAt: at('12:30'),
        timeZone,
        skill,
        counterpart: isRehearsal ? 'rehearsal_alone' : i % 2 === 0 ? 'friend' : 'family',
        isContactWithEx: false,
        outcome: isRehearsal ? null : (OUTCOMES[i % OUTCOMES.length] ?? null),
      });
    }
    if (i % 7 === 2) {
      await must('communication:create', {
        occurredAt: at('18:15'),
        timeZone,
        counterpart: 'ex',
        isContactWithEx: true,
        contactContext: 'co_parenting',
        skill: i % 2 === 0 ? 'calm_logistics' : null,
        tone: toneOf(i, i / 365),
        outcome: 'resolved',
      });
    }
  }
  if (setNow !== undefined) {
    // Archived at noon on the journal's last day, as if the person had put it away then.
    setNow(new Date(instantOfWallTime(addDays(first, 90), '12:00', timeZone)));
    await must('habit:archive', { id: 4 });
    setNow(null);
  }
}
