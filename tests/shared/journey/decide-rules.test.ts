import { describe, expect, it } from 'vitest';
import {
  choiceProblem,
  choiceReason,
  DEAL_BREAKERS_TO_ANSWER,
  FAULT_TO_ANSWER,
  hasAnyAnswer,
  hasEvidence,
  suggestPath,
  worksheetDayInWords,
  type DecideAnswers,
  type HabitEvidence,
} from '../../../src-main/shared/journey/decide-rules';

const NOTHING: DecideAnswers = {
  fault: null,
  dealBreakers: null,
  willingToTalk: null,
  evidence: [],
  changeNote: null,
};

/** A habit as it stood on the day it was picked: `kept` of 28 days. */
function habit(name: string, kept: number, hasStarted = true): HabitEvidence {
  return {
    habitId: name.length,
    name,
    kind: 'build',
    targetCount: 1,
    period: 'day',
    asOfDay: '2026-12-03',
    strength: kept / 28,
    keptLately: {
      unit: 'day',
      kept,
      counted: hasStarted ? 28 : 0,
      skipped: 0,
      unrecorded: 0,
      isSinceStart: false,
      hasStarted,
    },
  };
}

describe('suggestPath, from hand-made worksheets', () => {
  it('suggests nothing yet for an empty worksheet, and says so', () => {
    expect(suggestPath(NOTHING)).toEqual({
      path: null,
      reason: 'unanswered',
      isSafetyFirst: false,
    });
  });

  it('someone who was at fault and has changed it (habits kept lately): Reconcile', () => {
    const answers: DecideAnswers = {
      ...NOTHING,
      fault: 'me',
      dealBreakers: [],
      evidence: [habit('Walk outside', 19), habit('Therapy sessions', 4)],
      changeNote: 'I listen before I answer now.',
    };
    expect(suggestPath(answers)).toEqual({
      path: 'reconcile',
      reason: 'fixed_it',
      isSafetyFirst: false,
    });
  });

  it('someone at fault with nothing to show yet: no suggestion, so both paths stay open', () => {
    expect(suggestPath({ ...NOTHING, fault: 'me', dealBreakers: [] }).path).toBeNull();
    expect(suggestPath({ ...NOTHING, fault: 'me', dealBreakers: [] }).reason).toBe(
      'needs_evidence',
    );
    // A habit picked but never kept (or never started) is an intention, not yet evidence.
    const stuck: DecideAnswers = {
      ...NOTHING,
      fault: 'me',
      dealBreakers: [],
      evidence: [habit('Walk outside', 0), habit('Journal', 0, false)],
    };
    expect(suggestPath(stuck)).toEqual({
      path: null,
      reason: 'needs_evidence',
      isSafetyFirst: false,
    });
  });

  it('both at fault: Reconcile only when both are willing to talk it through', () => {
    const both: DecideAnswers = { ...NOTHING, fault: 'both', dealBreakers: [] };
    expect(suggestPath({ ...both, willingToTalk: 'yes' }).path).toBe('reconcile');
    expect(suggestPath({ ...both, willingToTalk: 'yes' }).reason).toBe('both_willing');
    expect(suggestPath({ ...both, willingToTalk: 'no' })).toEqual({
      path: 'move_on',
      reason: 'not_both_willing',
      isSafetyFirst: false,
    });
    expect(suggestPath({ ...both, willingToTalk: 'not_sure' }).path).toBeNull();
    expect(suggestPath({ ...both, willingToTalk: null }).reason).toBe('willingness_unsure');
  });

  it('the ex at fault: Move on ("they won’t change because you went quiet")', () => {
    expect(suggestPath({ ...NOTHING, fault: 'them' })).toEqual({
      path: 'move_on',
      reason: 'ex_at_fault',
      isSafetyFirst: false,
    });
    // Evidence of one's own changes does not change whose fault it was.
    expect(suggestPath({ ...NOTHING, fault: 'them', evidence: [habit('Walk', 20)] }).path).toBe(
      'move_on',
    );
  });

  it('any deal-breaker: Move on, even for someone who was at fault and changed', () => {
    for (const dealBreaker of ['cheating', 'incompatibility'] as const) {
      const answers: DecideAnswers = {
        ...NOTHING,
        fault: 'me',
        dealBreakers: [dealBreaker],
        evidence: [habit('Walk outside', 25)],
      };
      expect(suggestPath(answers)).toEqual({
        path: 'move_on',
        reason: 'deal_breaker',
        isSafetyFirst: false,
      });
    }
  });

  it('anything unsafe: safety first and Move on, never Reconcile as the suggestion', () => {
    const everyOtherAnswer: DecideAnswers[] = [
      { ...NOTHING, dealBreakers: ['unsafe'] },
      { ...NOTHING, fault: 'me', dealBreakers: ['unsafe'], evidence: [habit('Walk', 28)] },
      { ...NOTHING, fault: 'both', dealBreakers: ['cheating', 'unsafe'], willingToTalk: 'yes' },
      { ...NOTHING, fault: 'them', dealBreakers: ['unsafe', 'incompatibility'] },
    ];
    for (const answers of everyOtherAnswer) {
      expect(suggestPath(answers)).toEqual({
        path: 'move_on',
        reason: 'unsafe',
        isSafetyFirst: true,
      });
    }
  });

  it('suggests Reconcile only once the deal-breaker question is answered ("none" counts)', () => {
    const changed: DecideAnswers = { ...NOTHING, fault: 'me', evidence: [habit('Walk', 12)] };
    expect(suggestPath(changed).path).toBeNull();
    expect(suggestPath({ ...changed, dealBreakers: [] }).path).toBe('reconcile');
    const willing: DecideAnswers = { ...NOTHING, fault: 'both', willingToTalk: 'yes' };
    expect(suggestPath(willing).path).toBeNull();
  });
});

describe('hasEvidence', () => {
  it('counts a picked habit that was kept lately, and nothing else', () => {
    expect(hasEvidence([])).toBe(false);
    expect(hasEvidence([habit('Walk', 0)])).toBe(false);
    expect(hasEvidence([habit('Walk', 0, false)])).toBe(false);
    expect(hasEvidence([habit('Walk', 0), habit('Read', 1)])).toBe(true);
  });
});

describe('hasAnyAnswer', () => {
  it('is false only for a worksheet with nothing answered', () => {
    expect(hasAnyAnswer(NOTHING)).toBe(false);
    expect(hasAnyAnswer({ ...NOTHING, dealBreakers: [] })).toBe(true);
    expect(hasAnyAnswer({ ...NOTHING, changeNote: 'x' })).toBe(true);
    expect(hasAnyAnswer({ ...NOTHING, evidence: [habit('Walk', 0)] })).toBe(true);
    expect(hasAnyAnswer({ ...NOTHING, fault: 'them' })).toBe(true);
  });
});

describe('choiceProblem', () => {
  it('asks who was at fault first, then the deal-breakers, naming the field', () => {
    expect(choiceProblem(NOTHING)).toEqual({ field: 'fault', message: FAULT_TO_ANSWER });
    expect(choiceProblem({ ...NOTHING, dealBreakers: [] })).toEqual({
      field: 'fault',
      message: FAULT_TO_ANSWER,
    });
    expect(choiceProblem({ ...NOTHING, fault: 'both' })).toEqual({
      field: 'dealBreakers',
      message: DEAL_BREAKERS_TO_ANSWER,
    });
  });

  it('lets a path be chosen once both are answered, whatever they say', () => {
    expect(choiceProblem({ ...NOTHING, fault: 'me', dealBreakers: [] })).toBeNull();
    expect(choiceProblem({ ...NOTHING, fault: 'them', dealBreakers: ['cheating'] })).toBeNull();
  });

  it('asks nothing more once something unsafe is named', () => {
    expect(choiceProblem({ ...NOTHING, dealBreakers: ['unsafe'] })).toBeNull();
  });
});

describe('choiceReason', () => {
  it('names the worksheet by its day and the path chosen', () => {
    const reason = choiceReason('2026-12-03', 'Move on');
    expect(reason).toBe(
      `From your Decide worksheet of ${worksheetDayInWords('2026-12-03')}: you chose Move on.`,
    );
    // The day is the worksheet's own, in every zone: the 3rd, never the 2nd or the 4th.
    expect(worksheetDayInWords('2026-12-03')).toMatch(/\b3\b/);
    expect(worksheetDayInWords('2026-12-03')).toMatch(/2026/);
  });
});
