import type Database from 'better-sqlite3';
import { createTrustRepo } from '../db/repositories/trust-repo';
import { createApologyService } from '../services/apology-service';
import { createDecideService } from '../services/decide-service';
import { createJourneyService } from '../services/journey-service';
import { createSettingsService } from '../services/settings-service';
import { createStageService } from '../services/stage-service';
import type { UnavoidableSituation } from '../shared/domain/settings';
import type { JourneyPlan } from './journey-plan';
import type { DayState } from './mood-curve';
import { clamp, type Random } from './random';
import {
  APOLOGY_WORDS,
  CHANGE_NOTE,
  HONEST_NOTES,
  STAGE_REASONS,
  TRUST_NOTES,
} from './sample-words';
import { clockTime, type Timeline } from './timeline';
import type { WrittenHabit } from './write-habits';

/**
 * The journey, written through the app's own services with their clock set to each moment, so
 * every worksheet, draft, answer and move is stored exactly as the app stores it when a person
 * does the same: the Decide worksheet's evidence is read from the habits as they stood that day,
 * and the stage changes carry the reasons the app gives them. (Those reasons put the day in words
 * in the computer's own language, as the app does.)
 */
export function writeJourney(
  db: Database.Database,
  timeline: Timeline,
  plan: JourneyPlan,
  habits: readonly WrittenHabit[],
  random: Random,
): void {
  let moment = new Date(timeline.at(0, '09:00'));
  const clock = { now: () => moment };
  /** Sets the services' clock to day `n` at `time`, and answers with that day. */
  const on = (n: number, time: string): string => {
    moment = new Date(timeline.at(n, time));
    return timeline.dayAt(n);
  };
  const zone = timeline.timeZone;
  const journey = createJourneyService(db, clock);
  const stages = createStageService(db, clock);
  const decide = createDecideService(db, clock);
  const apology = createApologyService(db, clock);

  const [firstHonest, secondHonest] = plan.honestReflections;
  if (firstHonest !== undefined) {
    const day = on(firstHonest, '21:10');
    journey.reflect({
      day,
      overThem: 'little',
      habits: 'some',
      allRight: 'not_now',
      makesSense: 'not_sure',
      note: random.pick(HONEST_NOTES),
    });
  }
  if (secondHonest !== undefined) {
    const day = on(secondHonest, '20:40');
    journey.reflect({
      day,
      overThem: 'some',
      habits: 'mostly',
      allRight: 'some_days',
      makesSense: 'yes',
      note: null,
    });
  }

  on(plan.moveToDecide, '19:30');
  stages.move({
    stage: 'decide',
    reason: STAGE_REASONS.decide,
    wasSuggested: true,
    timeZone: zone,
  });

  // Habits to build that were in the list on the day of the choice: the changes the person made.
  const evidence = habits
    .filter((h) => h.kind === 'build' && h.addedOn <= plan.worksheetDraft)
    .filter((h) => h.archivedOn === null || h.archivedOn > plan.worksheetChoice)
    .slice(0, 2)
    .map((h) => h.id);
  const draftDay = on(plan.worksheetDraft, '20:00');
  const draft = decide.save({ day: draftDay, safety: 'no', askedNoContact: 'no', fault: 'both' });
  const choiceDay = on(plan.worksheetChoice, '20:15');
  decide.choose({
    id: draft.id,
    day: choiceDay,
    timeZone: zone,
    path: 'reconcile',
    safety: 'no',
    askedNoContact: 'no',
    fault: 'both',
    dealBreakers: [],
    willingToTalk: 'yes',
    changedHabitIds: evidence,
    changeNote: CHANGE_NOTE,
  });

  on(plan.apologyBegun, '21:00');
  const first = apology.save({
    owning: APOLOGY_WORDS.owningDraft,
    changes: '',
    tryAgain: '',
    timeZone: zone,
  }).draft;
  on(plan.apologyWritten, '21:20');
  apology.save({
    id: first.id,
    owning: APOLOGY_WORDS.owningDraft,
    changes: APOLOGY_WORDS.changes,
    tryAgain: APOLOGY_WORDS.tryAgain,
    timeZone: zone,
  });
  on(plan.apologyReady, '20:50');
  const ready = apology.save({
    owning: APOLOGY_WORDS.owning,
    changes: APOLOGY_WORDS.changes,
    tryAgain: APOLOGY_WORDS.tryAgain,
    basedOnId: first.id,
    markReady: true,
    timeZone: zone,
  }).draft;
  const answerDay = on(plan.answerDay, '21:30');
  apology.recordOutcome({
    id: ready.id,
    answer: plan.answer,
    day: answerDay,
    timeZone: zone,
    move: true,
  });
}

/** The person's settings: the welcome finished, the breakup day, and their situations. */
export function writeSettings(
  db: Database.Database,
  timeline: Timeline,
  situations: readonly UnavoidableSituation[],
): void {
  const moment = new Date(timeline.at(0, '08:30'));
  createSettingsService(db, { now: () => moment }).update({
    welcome: 'finished',
    breakupDay: timeline.from,
    unavoidableSituations: [...situations],
  });
}

/**
 * Trust and tension check-ins while taking it slow: about twice a week, trust growing slowly and
 * tension easing, with harder weeks when the person's own week is hard.
 */
export function writeTrust(
  db: Database.Database,
  timeline: Timeline,
  plan: JourneyPlan,
  states: readonly DayState[],
  random: Random,
): number {
  if (plan.answer !== 'yes') return 0;
  const repo = createTrustRepo(db);
  let written = 0;
  for (let n = plan.answerDay + 1; n < timeline.days - 1; n += 1) {
    const state = states[n];
    if (state === undefined || !random.chance(2 / 7)) continue;
    const months = (n - plan.answerDay) / 30;
    const settled = 1 - Math.exp(-months / 6);
    const hard = state.badDepth > 0 ? 2 : 0;
    const occurredAt = timeline.at(n, clockTime(random.int(19 * 60, 22 * 60)));
    repo.insert(
      {
        occurredAt,
        timeZone: timeline.timeZone,
        day: timeline.dayAt(n),
        trust: Math.round(clamp(3 + 5 * settled - hard + random.normal(), 0, 10)),
        tension: Math.round(clamp(6 - 4 * settled + hard + random.normal(), 0, 10)),
        note: random.chance(0.15) ? random.pick(TRUST_NOTES) : null,
      },
      occurredAt,
    );
    written += 1;
  }
  return written;
}
