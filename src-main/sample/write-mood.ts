import type Database from 'better-sqlite3';
import { createMoodRepo } from '../db/repositories/mood-repo';
import { createTagRepo } from '../db/repositories/tag-repo';
import { type EMOTION_TAGS } from '../shared/domain/mood';
import type { DayState } from './mood-curve';
import { clamp, type Random } from './random';
import {
  HIGH_MOOD_NOTES,
  LOW_MOOD_NOTES,
  MIDDLE_MOOD_NOTES,
  OWN_EMOTION_WORDS,
} from './sample-words';
import { clockTime, type Timeline } from './timeline';

type BuiltInEmotion = (typeof EMOTION_TAGS)[number];

/** Emotions that go with a low, a middling and a good moment. */
const LOW: readonly BuiltInEmotion[] = [
  'sad',
  'lonely',
  'heartbroken',
  'hurt',
  'missing them',
  'anxious',
  'tired',
  'numb',
  'rejected',
  'angry',
  'guilty',
  'confused',
];
const MIDDLE: readonly BuiltInEmotion[] = ['tired', 'calm', 'confused', 'hopeful', 'anxious'];
const HIGH: readonly BuiltInEmotion[] = ['calm', 'hopeful', 'grateful', 'proud', 'relieved'];

/** Where in the day entries fall, in minutes after midnight: morning, afternoon, evening. */
const SLOTS = [
  [7 * 60, 9 * 60 + 59],
  [12 * 60, 16 * 60 + 59],
  [19 * 60, 22 * 60 + 45],
] as const;

/** A trip away: a week a year spent in another zone, so entries carry that zone's days. */
export interface Trip {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly timeZone: string;
}

export function plannedTrips(timeline: Timeline, random: Random): Trip[] {
  const zones = ['America/New_York', 'Asia/Kathmandu', 'Europe/Berlin'] as const;
  const trips: Trip[] = [];
  for (let start = 200; start + 10 < timeline.days; start += 365) {
    const firstDay = start + random.int(0, 120);
    if (firstDay + 7 >= timeline.days - 1) break;
    trips.push({ firstDay, lastDay: firstDay + random.int(4, 9), timeZone: random.pick(zones) });
  }
  return trips;
}

/** The zone the person was in on day `n`. */
export function zoneOn(n: number, trips: readonly Trip[], home: string): string {
  return trips.find((trip) => n >= trip.firstDay && n <= trip.lastDay)?.timeZone ?? home;
}

function emotionsFor(mood: number, ownWords: readonly string[], random: Random): string[] {
  const count = random.chance(0.3) ? 0 : random.int(1, 3);
  const pool = mood <= 4 ? LOW : mood <= 6 ? MIDDLE : HIGH;
  const chosen = new Set<string>();
  for (let i = 0; i < count; i += 1) chosen.add(random.pick(pool));
  if (ownWords.length > 0 && random.chance(0.06)) chosen.add(random.pick(ownWords));
  return [...chosen].sort();
}

function noteFor(mood: number, random: Random): string | null {
  if (!random.chance(0.12)) return null;
  return random.pick(mood <= 4 ? LOW_MOOD_NOTES : mood <= 6 ? MIDDLE_MOOD_NOTES : HIGH_MOOD_NOTES);
}

/**
 * One to three mood entries a day, every day, at times spread over the day (the last day only
 * in the morning, so nothing is dated later than a person could have written it). Energy is
 * left out now and then, and "how much it still hurts" asked often at first and less with time,
 * falling as healing comes. About one entry in twenty is back-filled the next day.
 */
export function writeMood(
  db: Database.Database,
  timeline: Timeline,
  states: readonly DayState[],
  trips: readonly Trip[],
  random: Random,
): { entries: number; emotions: number } {
  const mood = createMoodRepo(db);
  const tags = createTagRepo(db);
  const ownWords: string[] = [];
  const wordDays = OWN_EMOTION_WORDS.map((_, i) => timeline.scaled(0.1 + i * 0.2, 40 + i * 200));
  let entries = 0;
  let emotions = 0;
  states.forEach((state, n) => {
    const zone = zoneOn(n, trips, timeline.timeZone);
    const isLast = n === timeline.days - 1;
    const count = isLast ? 1 : random.chance(0.35) ? 1 : random.chance(0.6) ? 2 : 3;
    const slots = count === 1 ? [isLast ? 0 : 2] : count === 2 ? [0, 2] : [0, 1, 2];
    for (const slot of slots) {
      const [earliest, latest] = SLOTS[slot] ?? SLOTS[0];
      const occurredAt = timeline.at(n, clockTime(random.int(earliest, latest)), zone);
      const value = Math.round(clamp(state.level + random.normal() * 0.9, 1, 10));
      const energy = random.chance(0.25)
        ? null
        : Math.round(clamp(2 + state.level * 0.6 + random.normal() * 1.3, 1, 10));
      const hurtAsked = random.chance(0.65 - 0.4 * state.healed);
      const hurt = hurtAsked
        ? Math.round(
            clamp(8.5 * (1 - state.healed) + 0.8 + state.badDepth * 0.7 + random.normal(), 0, 10),
          )
        : null;
      const chosen = emotionsFor(value, ownWords, random);
      const isBackFilled = !isLast && n < timeline.days - 2 && random.chance(0.05);
      const createdAt = isBackFilled
        ? timeline.at(n + 1, clockTime(random.int(8 * 60, 21 * 60)), zone)
        : occurredAt;
      mood.insert(
        {
          occurredAt,
          timeZone: zone,
          day: timeline.dayAt(n),
          mood: value,
          energy,
          hurt,
          tags: chosen,
          note: noteFor(value, random),
        },
        createdAt,
      );
      entries += 1;
      emotions += chosen.length;
    }
    // A word of one's own is added in the evening, after the day's entries, and used from then on.
    const wordIndex = wordDays.indexOf(n);
    const word = OWN_EMOTION_WORDS[wordIndex];
    if (word !== undefined && !ownWords.includes(word) && !isLast) {
      tags.insertInOrder(word, timeline.at(n, '22:59', zone));
      ownWords.push(word);
    }
  });
  return { entries, emotions };
}
