import { describe, expect, it } from 'vitest';
import {
  choiceProblem,
  choiceReason,
  DEAL_BREAKERS_TO_ANSWER,
  FAULT_TO_ANSWER,
  fromLegacyDealBreakers,
  hasAnyAnswer,
  hasEvidence,
  NO_CONTACT_TO_ANSWER,
  SAFETY_TO_ANSWER,
  suggestPath,
  worksheetDayInWords,
  type DecideAnswers,
  type HabitEvidence,
} from '../../../src-main/shared/journey/decide-rules';

const NOTHING: DecideAnswers = {
  safety: null,
  askedNoContact: null,
  fault: null,
  dealBreakers: null,
  willingToTalk: null,
  evidence: [],
  changeNote: null,
};

/** Safety and no contact answered "no": the questions every path below rests on. */
const ASKED: DecideAnswers = { ...NOTHING, safety: 'no', askedNoContact: 'no' };

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
      ...ASKED,
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
    expect(suggestPath({ ...ASKED, fault: 'me', dealBreakers: [] }).path).toBeNull();
    expect(suggestPath({ ...ASKED, fault: 'me', dealBreakers: [] }).reason).toBe('needs_evidence');
    // A habit picked but never kept (or never started) is an intention, not yet evidence.
    const stuck: DecideAnswers = {
      ...ASKED,
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
    const both: DecideAnswers = { ...ASKED, fault: 'both', dealBreakers: [] };
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
    expect(suggestPath({ ...ASKED, fault: 'them' })).toEqual({
      path: 'move_on',
      reason: 'ex_at_fault',
      isSafetyFirst: false,
    });
    // Evidence of one's own changes does not change whose fault it was.
    expect(suggestPath({ ...ASKED, fault: 'them', evidence: [habit('Walk', 20)] }).path).toBe(
      'move_on',
    );
  });

  it('any deal-breaker: Move on, even for someone who was at fault and changed', () => {
    for (const dealBreaker of ['cheating', 'incompatibility'] as const) {
      const answers: DecideAnswers = {
        ...ASKED,
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

  it('safety answered yes: safety first and Move on, whatever else was answered', () => {
    const everyOtherAnswer: DecideAnswers[] = [
      { ...NOTHING, safety: 'yes' },
      // Someone who was hurt often says the fault was mostly theirs: safety still comes first.
      { ...ASKED, safety: 'yes', fault: 'me', dealBreakers: [], evidence: [habit('Walk', 28)] },
      { ...ASKED, safety: 'yes', fault: 'both', dealBreakers: [], willingToTalk: 'yes' },
      { ...ASKED, safety: 'yes', fault: 'them', dealBreakers: ['incompatibility'] },
    ];
    for (const answers of everyOtherAnswer) {
      expect(suggestPath(answers)).toEqual({
        path: 'move_on',
        reason: 'unsafe',
        isSafetyFirst: true,
      });
    }
  });

  it('safety answered "not sure" is read kindly as yes: safety first and Move on', () => {
    const unsure: DecideAnswers = {
      ...ASKED,
      safety: 'not_sure',
      fault: 'me',
      dealBreakers: [],
      evidence: [habit('Walk', 28)],
    };
    expect(suggestPath(unsure)).toEqual({
      path: 'move_on',
      reason: 'unsafe_unsure',
      isSafetyFirst: true,
    });
    expect(suggestPath({ ...NOTHING, safety: 'not_sure' }).path).toBe('move_on');
  });

  it('an ex who asked for no contact: Move on, even for someone who changed', () => {
    const asked: DecideAnswers = {
      ...ASKED,
      askedNoContact: 'yes',
      fault: 'me',
      dealBreakers: [],
      evidence: [habit('Walk outside', 25)],
    };
    expect(suggestPath(asked)).toEqual({
      path: 'move_on',
      reason: 'asked_no_contact',
      isSafetyFirst: false,
    });
    // Safety still comes before it.
    expect(suggestPath({ ...asked, safety: 'yes' }).reason).toBe('unsafe');
  });

  it('suggests Reconcile only once safety and no contact are answered "no"', () => {
    const changed: DecideAnswers = {
      ...ASKED,
      fault: 'me',
      dealBreakers: [],
      evidence: [habit('Walk', 12)],
    };
    expect(suggestPath(changed).path).toBe('reconcile');
    expect(suggestPath({ ...changed, safety: null })).toEqual({
      path: null,
      reason: 'unanswered',
      isSafetyFirst: false,
    });
    expect(suggestPath({ ...changed, askedNoContact: null }).path).toBeNull();
  });

  it('suggests Reconcile only once the deal-breaker question is answered ("none" counts)', () => {
    const changed: DecideAnswers = { ...ASKED, fault: 'me', evidence: [habit('Walk', 12)] };
    expect(suggestPath(changed).path).toBeNull();
    expect(suggestPath({ ...changed, dealBreakers: [] }).path).toBe('reconcile');
    const willing: DecideAnswers = { ...ASKED, fault: 'both', willingToTalk: 'yes' };
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
    expect(hasAnyAnswer({ ...NOTHING, safety: 'not_sure' })).toBe(true);
    expect(hasAnyAnswer({ ...NOTHING, askedNoContact: 'no' })).toBe(true);
  });
});

describe('choiceProblem', () => {
  it('asks in the order shown: safety, no contact, where it went wrong, deal-breakers', () => {
    expect(choiceProblem(NOTHING)).toEqual({ field: 'safety', message: SAFETY_TO_ANSWER });
    expect(choiceProblem({ ...NOTHING, safety: 'no', fault: 'me', dealBreakers: [] })).toEqual({
      field: 'askedNoContact',
      message: NO_CONTACT_TO_ANSWER,
    });
    expect(choiceProblem({ ...ASKED, dealBreakers: [] })).toEqual({
      field: 'fault',
      message: FAULT_TO_ANSWER,
    });
    expect(choiceProblem({ ...ASKED, fault: 'both' })).toEqual({
      field: 'dealBreakers',
      message: DEAL_BREAKERS_TO_ANSWER,
    });
  });

  it('lets a path be chosen once all are answered, whatever they say', () => {
    expect(choiceProblem({ ...ASKED, fault: 'me', dealBreakers: [] })).toBeNull();
    expect(choiceProblem({ ...ASKED, fault: 'them', dealBreakers: ['cheating'] })).toBeNull();
    expect(
      choiceProblem({ ...ASKED, askedNoContact: 'yes', fault: 'me', dealBreakers: [] }),
    ).toBeNull();
  });

  it('asks nothing more once safety is answered yes or not sure', () => {
    expect(choiceProblem({ ...NOTHING, safety: 'yes' })).toBeNull();
    expect(choiceProblem({ ...NOTHING, safety: 'not_sure' })).toBeNull();
  });
});

describe('fromLegacyDealBreakers', () => {
  it('reads an old "anything unsafe" deal-breaker as a yes to safety, keeping the rest', () => {
    expect(fromLegacyDealBreakers(['cheating', 'unsafe'], null)).toEqual({
      dealBreakers: ['cheating'],
      safety: 'yes',
    });
    expect(fromLegacyDealBreakers(['unsafe'], null)).toEqual({ dealBreakers: [], safety: 'yes' });
  });

  it('leaves a safety answer given since, and worksheets without it, as they are', () => {
    expect(fromLegacyDealBreakers(['unsafe'], 'not_sure')).toEqual({
      dealBreakers: [],
      safety: 'not_sure',
    });
    expect(fromLegacyDealBreakers(['incompatibility'], null)).toEqual({
      dealBreakers: ['incompatibility'],
      safety: null,
    });
    expect(fromLegacyDealBreakers(null, 'no')).toEqual({ dealBreakers: null, safety: 'no' });
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
