import type { ReportData } from '../../src-main/report/report-data';
import { addDays } from '../../src-main/shared/calendar';
import type { ReportPrivacy } from '../../src-main/shared/domain/report';

/** Markup a person might type, which must come out as text everywhere. */
export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert("hi")</script>',
} as const;

/** Every piece of free text in the fixture, each unique so its absence can be checked. */
export const FREE_TEXT = {
  moodNote: `Lunch with Sam by the canal. ${HOSTILE.img}`,
  secondMoodNote: `samuel is not sam; SAM waved. ${HOSTILE.script}`,
  habitName: `Text Sam less ${HOSTILE.script}`,
  checkinNote: `Skipped the app, called Priya instead ${HOSTILE.img}`,
  communicationNote: `Talked to Priya about the weekend ${HOSTILE.img}`,
  doDifferently: `Pause before answering Sam ${HOSTILE.script}`,
  stageReason: `Ready to think it over with Sam ${HOSTILE.img}`,
  reflectionAnswer: `Because I miss Sam, honestly ${HOSTILE.script}`,
  reflectionKey: `whyNow ${HOSTILE.img}`,
  ownEmotion: `sam-shaped ache ${HOSTILE.img}`,
} as const;

/**
 * A hand-made report over 60 days: mood rising from about 4 to about 6, one habit with check-ins,
 * conversations including contact with the ex, a stage change and a reflection. Free text is
 * present only when the privacy level includes it, as the loader would give it.
 */
export function reportFixture(
  privacy: ReportPrivacy,
  redactions: readonly string[] = [],
): ReportData {
  const from = '2026-01-01';
  const to = '2026-03-01';
  const includeText = privacy !== 'summary';
  const text = (s: string) => (includeText ? s : null);
  const days = Array.from({ length: 60 }, (_, i) => ({
    day: addDays(from, i),
    average: i < 20 ? 4 : i < 40 ? 5 : 6,
    entries: i % 10 === 0 ? 2 : 1,
    hurt: 8 - Math.floor(i / 10),
  }));
  return {
    from,
    to,
    privacy,
    redactions,
    firstRecordDay: from,
    mood: {
      days,
      entryCount: days.reduce((s, d) => s + d.entries, 0),
      emotions: [
        { tag: 'hopeful', count: 12, isOwnWord: false },
        { tag: includeText ? FREE_TEXT.ownEmotion : '', count: 3, isOwnWord: true },
      ],
      notes: includeText
        ? [
            { day: '2026-01-05', time: '08:30', mood: 4, text: FREE_TEXT.moodNote },
            { day: '2026-02-10', time: '21:15', mood: 6, text: FREE_TEXT.secondMoodNote },
          ]
        : [],
    },
    habits: [
      {
        id: 1,
        name: text(FREE_TEXT.habitName),
        kind: 'build',
        targetCount: 1,
        period: 'day',
        createdDay: '2025-12-20',
        archivedDay: null,
        records: Array.from({ length: 70 }, (_, i) => ({
          day: addDays('2025-12-20', i),
          count: i % 4 === 0 ? 0 : 1,
          isSkip: false,
        })),
        notes: includeText ? [{ day: '2026-01-10', text: FREE_TEXT.checkinNote }] : [],
      },
    ],
    communication: {
      groups: [
        {
          day: '2026-01-07',
          skill: 'listening',
          counterpart: 'friend',
          outcome: 'resolved',
          tone: 'friendly',
          isContactWithEx: false,
          contactContext: null,
          initiatedBy: null,
          entries: 3,
          ratingSum: 12,
          ratings: 3,
        },
        {
          day: '2026-01-14',
          skill: 'calm_logistics',
          counterpart: 'co_parent',
          outcome: 'partly',
          tone: 'tense',
          isContactWithEx: true,
          contactContext: 'co_parenting',
          initiatedBy: 'them',
          entries: 2,
          ratingSum: 5,
          ratings: 2,
        },
        {
          day: '2026-02-20',
          skill: 'calm_logistics',
          counterpart: 'co_parent',
          outcome: 'resolved',
          tone: 'hostile',
          isContactWithEx: true,
          contactContext: 'co_parenting',
          initiatedBy: 'me',
          entries: 1,
          ratingSum: 0,
          ratings: 0,
        },
      ],
      notes: includeText
        ? [
            {
              day: '2026-01-14',
              time: '17:30',
              skill: 'calm_logistics',
              counterpart: 'co_parent',
              outcome: 'partly',
              tone: 'tense',
              doDifferently: FREE_TEXT.doDifferently,
              note: FREE_TEXT.communicationNote,
            },
          ]
        : [],
    },
    stages: [
      {
        stage: 'decide',
        day: '2026-02-15',
        reason: text(FREE_TEXT.stageReason),
        wasSuggested: true,
      },
    ],
    reflections: [
      {
        day: '2026-02-14',
        kind: 'right_reasons',
        stage: 'heal_yourself',
        answers: includeText
          ? { [FREE_TEXT.reflectionKey]: FREE_TEXT.reflectionAnswer, wantsWhatIsBest: true }
          : null,
      },
    ],
    moodBeforePeriod: [],
    apologyRehearsals: 0,
    breakupDay: null,
    honestReflection: {
      day: '2026-02-14',
      times: 1,
      answers: includeText
        ? {
            overThem: 'some',
            habits: 'mostly',
            allRight: 'some_days',
            makesSense: 'no',
            note: null,
          }
        : null,
    },
  };
}

/** The journey's free text, each unique, each naming someone the therapist level hides. */
export const JOURNEY_TEXT = {
  changeNote: `I listen to Sam now instead of waiting to talk ${HOSTILE.img}`,
  habitName: `Evening walk with Priya ${HOSTILE.script}`,
  owning: `I shut Sam out when things got hard, and your hurt makes sense ${HOSTILE.img}`,
  changes: `I am sorry. I walk every evening now and talk things through ${HOSTILE.script}`,
  tryAgain: `I would like to try again, Sam, and I understand if you cannot ${HOSTILE.img}`,
} as const;

/**
 * The journey's reflections as the services store them: an honest reflection, a Decide worksheet
 * that chose Reconcile (one habit picked as evidence, a note), and an apology draft marked ready,
 * given, and answered "not now". Answers are null at the summary level, as the loader gives them.
 */
export function journeyReflections(includeText: boolean): ReportData['reflections'] {
  return [
    {
      day: '2026-02-14',
      kind: 'honest_reflection',
      stage: 'heal_yourself',
      answers: includeText
        ? {
            overThem: 'some',
            habits: 'mostly',
            allRight: 'some_days',
            makesSense: 'yes',
            note: null,
          }
        : null,
    },
    {
      day: '2026-02-16',
      kind: 'decide_worksheet',
      stage: 'decide',
      answers: includeText
        ? {
            safety: 'no',
            askedNoContact: 'no',
            fault: 'me',
            dealBreakers: [],
            willingToTalk: null,
            evidence: [
              {
                habitId: 1,
                name: JOURNEY_TEXT.habitName,
                kind: 'build',
                targetCount: 1,
                period: 'day',
                asOfDay: '2026-02-16',
                strength: 0.624,
                keptLately: {
                  unit: 'day',
                  kept: 20,
                  counted: 28,
                  skipped: 0,
                  unrecorded: 0,
                  isSinceStart: false,
                  hasStarted: true,
                },
              },
            ],
            changeNote: JOURNEY_TEXT.changeNote,
            choice: {
              path: 'reconcile',
              stageChangeId: 2,
              chosenAt: '2026-02-18T19:00:00.000Z',
              day: '2026-02-18',
            },
          }
        : null,
    },
    {
      day: '2026-02-20',
      kind: 'apology_draft',
      stage: 'apologize',
      answers: includeText
        ? {
            owning: JOURNEY_TEXT.owning,
            changes: JOURNEY_TEXT.changes,
            tryAgain: JOURNEY_TEXT.tryAgain,
            basedOnId: null,
            readyAt: '2026-02-22T10:15:00.000Z',
            outcome: {
              answer: 'not_now',
              day: '2026-02-26',
              recordedAt: '2026-02-26T20:40:00.000Z',
            },
          }
        : null,
    },
  ];
}

/**
 * The fixture with the journey walked: Decide, then Apologize chosen from the worksheet, then
 * Heal & Grow after the apology's "not now", and the reflections each step kept.
 */
export function journeyFixture(
  privacy: ReportPrivacy,
  redactions: readonly string[] = [],
): ReportData {
  const data = reportFixture(privacy, redactions);
  const includeText = privacy !== 'summary';
  const text = (s: string) => (includeText ? s : null);
  return {
    ...data,
    stages: [
      ...data.stages,
      {
        stage: 'apologize',
        day: '2026-02-18',
        reason: text('From your Decide worksheet of 16 February 2026: you chose Reconcile.'),
        wasSuggested: true,
      },
      {
        stage: 'heal_and_grow',
        day: '2026-02-26',
        reason: text('Your apology of 26 February 2026: they said not now.'),
        wasSuggested: true,
      },
    ],
    reflections: journeyReflections(includeText),
  };
}
