import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import { UndoMessage, useUndo } from '../../app/undo';
import type { WelcomeState } from '../../../src-main/shared/domain/settings';
import { checkRequest, Field, FormMessage, useFormErrors, type FieldMap } from '../../forms';
import { UnavoidableContactSettings } from '../settings/UnavoidableContactSettings';
import { breakupDayProblem } from './breakup-day';
import * as copy from './welcome-copy';
import './welcome.css';

const STEPS = ['hello', 'ties', 'when', 'done'] as const;
type Step = (typeof STEPS)[number];

/** The one field of the welcome's own; any other error (a full disk) is general. */
const FIELDS = { breakupDay: 'breakupDay' } as const satisfies FieldMap<string>;

/** Each step's heading. */
const TITLES: Readonly<Record<Step, string>> = {
  hello: copy.HELLO.title,
  ties: copy.TIES.title,
  when: copy.WHEN.title,
  done: copy.DONE.title,
};

/** Where Today is: the welcome ends there, finished or skipped. */
const TODAY_HREF = '#/today';

/**
 * The welcome: a few warm sentences, which ties the person shares with their ex (the same setting
 * as Settings' card, shown by that very card), and, if they like, when the breakup happened.
 * Skippable at every step; finishing stores `finished`, skipping stores `skipped`, and either way
 * it never opens again uninvited (App opens it only while the welcome is `not_shown`). The
 * navigation stays, so Support and every screen are one step away at every moment; the keyboard
 * focus moves to each step's heading, and nothing holds it there.
 */
export function WelcomeScreen() {
  const api = useApi();
  const { offerUndo } = useUndo();
  const { day: today } = useToday();
  const settings = useQuery('settings:get', (a) => a.call('settings:get', {}));
  const [step, setStep] = useState<Step>('hello');
  const [day, setDay] = useState<string | null>(null);
  // A date typed only in part reads as '' (and fires no change): asked of the input itself at
  // Continue, so it is never saved as no date.
  const dayInput = useRef<HTMLInputElement>(null);
  const [isBusy, setIsBusy] = useState(false);
  const errors = useFormErrors<'breakupDay'>(FIELDS);
  const heading = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);

  // The day field starts from what is saved, once it is read.
  const savedDay = settings.data?.breakupDay ?? null;
  const shownDay = day ?? savedDay ?? '';

  useEffect(() => {
    // The first step takes the focus only when moved to; a step after it always does.
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  function goTo(next: Step) {
    errors.setError(null);
    setStep(next);
  }

  /** Stores how the welcome ended; resolves to false (with the message shown) when it could not. */
  async function store(state: WelcomeState, extra: { breakupDay?: string | null } = {}) {
    const input = { welcome: state, ...extra };
    const problem = checkRequest('settings:update', input);
    if (problem) {
      errors.setError(problem);
      return false;
    }
    setIsBusy(true);
    const result = await api.call('settings:update', input);
    setIsBusy(false);
    if (!result.ok) {
      errors.setError(result.error);
      return false;
    }
    return true;
  }

  /** Skipping never turns a welcome finished before into "skipped": it was finished. */
  async function skip() {
    const state = settings.data?.welcome === 'finished' ? 'finished' : 'skipped';
    if (await store(state)) window.location.hash = TODAY_HREF;
  }

  /** Saves the day (if it changed) with the welcome finished, in one change, then says so. */
  async function finish() {
    const chosen = shownDay === '' ? null : shownDay;
    const dayProblem = breakupDayProblem(
      chosen,
      dayInput.current?.validity.badInput === true,
      today,
    );
    if (dayProblem) {
      errors.setError(dayProblem);
      return;
    }
    const isChanged = chosen !== savedDay;
    if (!(await store('finished', isChanged ? { breakupDay: chosen } : {}))) return;
    if (isChanged) {
      offerUndo({
        message: chosen === null ? copy.WHEN.cleared : copy.WHEN.saved,
        undo: async () => {
          const undone = await api.call('settings:update', { breakupDay: savedDay });
          if (!undone.ok) return undone.error.message;
          setDay(savedDay ?? '');
          return null;
        },
      });
    }
    goTo('done');
  }

  const place = STEPS.indexOf(step) + 1;
  const skipButton = (label: string) => (
    <button
      type="button"
      className="button quiet-link"
      onClick={() => void skip()}
      disabled={isBusy}
    >
      {label}
    </button>
  );

  return (
    <section aria-labelledby="welcome-title" className="screen welcome">
      <p className="eyebrow">{copy.stepOf(place, STEPS.length)}</p>
      <h1 id="welcome-title" tabIndex={-1} ref={heading}>
        {TITLES[step]}
      </h1>
      <UndoMessage />

      {step === 'hello' && (
        <div className="card welcome-step">
          <p className="lead">{copy.HELLO.lead}</p>
          <p>{copy.HELLO.notACountdown}</p>
          <p>{copy.HELLO.path}</p>
          <p>{copy.HELLO.whatItDoes}</p>
          <p>{copy.HELLO.privacy}</p>
          <FormMessage message={errors.general} />
          <div className="actions">
            <button type="button" className="button primary" onClick={() => goTo('ties')}>
              {copy.HELLO.begin}
            </button>
            {skipButton(copy.SKIP)}
          </div>
          <p className="muted welcome-note">{copy.SKIP_NOTE}</p>
        </div>
      )}

      {step === 'ties' && (
        <div className="welcome-step">
          <p className="lead">{copy.TIES.lead}</p>
          {/* The very card Settings shows: one setting, saved the same way, with Undo. */}
          <UnavoidableContactSettings showsHint={false} />
          <FormMessage message={errors.general} />
          <div className="actions">
            <button type="button" className="button primary" onClick={() => goTo('when')}>
              {copy.NEXT}
            </button>
            <button type="button" className="button" onClick={() => goTo('hello')}>
              {copy.BACK}
            </button>
            {skipButton(copy.SKIP)}
          </div>
        </div>
      )}

      {step === 'when' && (
        <form
          className="card welcome-step"
          noValidate
          aria-labelledby="welcome-title"
          onSubmit={(event) => {
            event.preventDefault();
            void finish();
          }}
        >
          <p className="lead">{copy.WHEN.lead}</p>
          <Field label={copy.WHEN.label} hint={copy.WHEN.hint} error={errors.errorOf('breakupDay')}>
            {(control) => (
              <input
                {...control}
                type="date"
                max={today}
                value={shownDay}
                ref={dayInput}
                onChange={(e) => setDay(e.target.value)}
              />
            )}
          </Field>
          <p className="muted">{copy.WHEN.leaveEmpty}</p>
          <FormMessage message={errors.general} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={isBusy}>
              {copy.NEXT}
            </button>
            <button type="button" className="button" onClick={() => goTo('ties')}>
              {copy.BACK}
            </button>
            {skipButton(copy.NOT_NOW)}
          </div>
        </form>
      )}

      {step === 'done' && (
        <div className="card welcome-step">
          <p className="lead">{copy.DONE.lead}</p>
          <ul className="welcome-where">
            {copy.DONE.where.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className="actions">
            <a className="button primary" href={TODAY_HREF}>
              {copy.DONE.start}
            </a>
          </div>
        </div>
      )}
    </section>
  );
}
