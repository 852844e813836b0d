import { useMemo, useState } from 'react';
import { useApi } from '../../../api/api-context';
import { useQuery } from '../../../api/use-query';
import { useNewEntryDay, useToday } from '../../../app/clock';
// The Journey screen places the message line (and its Undo) under its own heading, for every part.
import { useUndo } from '../../../app/undo';
import { addDays, addMonths, monthOf } from '../../../../src-main/shared/calendar';
import { STAGE_LABELS } from '../../../../src-main/shared/domain/stages';
import type { ChannelInput, TrustCheckin } from '../../../../src-main/shared/ipc-contract';
import {
  calmInWords,
  resolvedInWords,
  trustInWords,
  type ConflictHistory,
} from '../../../../src-main/shared/journey/conflicts';
import { ok, type AppError } from '../../../../src-main/shared/result';
import { ConflictMonthsChart, type ConflictBar } from '../../../charts/ConflictMonthsChart';
import { TrustTensionChart } from '../../../charts/TrustTensionChart';
import { checkRequest } from '../../../forms';
import type { JourneyPartProps } from '../journey-part';
import { TensionSignpost } from './TensionSignpost';
import { TrustCheckinForm } from './TrustCheckinForm';
import { TrustCheckinList } from './TrustCheckinList';
import * as copy from './slow-copy';
import { draftFromCheckin, emptyDraft, inputFromDraft, type TrustDraft } from './slow-form-state';
import './slow.css';

/** The first day the app accepts (see shared/contract/common), so "earlier" means anything. */
const EARLIEST_DAY = '1900-01-01';

const NO_CHECKINS: readonly TrustCheckin[] = [];
const NO_HISTORY: ConflictHistory = { months: [], rehearsals: 0 };

/** The check-in without its day, which the main process works out again: what Undo sends back. */
function restorable(checkin: TrustCheckin): ChannelInput<'trust:restore'> {
  const { day: _day, ...rest } = checkin;
  return rest;
}

/**
 * Every month from the first with a conflict to the current one, empty months too, so the chart's
 * axis is time and a quiet month shows as one.
 */
function conflictBars(history: ConflictHistory, today: string): ConflictBar[] {
  const [first] = history.months;
  if (first === undefined) return [];
  const byMonth = new Map(history.months.map((m) => [m.month, m]));
  const bars: ConflictBar[] = [];
  for (let month = first.month; month <= monthOf(today); month = addMonths(month, 1)) {
    const m = byMonth.get(month);
    bars.push({
      month,
      resolved: m?.resolved ?? 0,
      partly: m?.partly ?? 0,
      notResolved: m?.notResolved ?? 0,
      none: m ? m.conflicts - m.resolved - m.partly - m.notResolved : 0,
    });
  }
  return bars;
}

/**
 * Take it Slow (the Reconcile path): trust and tension check-ins, and whether conflicts end
 * resolved and calm more often over the months. No end state and no score: it shows what the
 * person recorded. Open from any stage: the app suggests and never locks, and the conflicts read
 * practice with anyone, which serves Heal & Grow as much.
 */
export function SlowPart({ stage }: JourneyPartProps) {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const { day: today, timeZone } = useToday();
  const [pages, setPages] = useState(1);
  const since = `${addMonths(monthOf(today), -(copy.MONTHS_PER_PAGE * pages - 1))}-01`;
  const range = useMemo(() => ({ from: since, to: today }), [since, today]);

  const [editing, setEditing] = useState<TrustCheckin | null>(null);
  // Away from Take it Slow the form waits behind a button (see copy.FOLDED_NOTE).
  const [isFormOpen, setIsFormOpen] = useState(false);
  const [isTenseSaved, setIsTenseSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  // A new check-in left untouched moves to the new day when the day turns.
  const { formKey: newEntryKey, markTouched, reset: resetNewEntry } = useNewEntryDay();

  const list = useQuery(`trust:list:${since}:${today}`, (a) => a.call('trust:list', range));
  const checkins = list.data ?? NO_CHECKINS;
  const summary = useQuery(`trust:summary:${since}:${today}`, (a) =>
    a.call('trust:summary', range),
  );
  const beforeSince = addDays(since, -1);
  const earlier = useQuery(`trust:earlier:${beforeSince}`, async (a) => {
    if (beforeSince < EARLIEST_DAY) return ok(false);
    const older = await a.call('trust:list', { from: EARLIEST_DAY, to: beforeSince, limit: 1 });
    // When it cannot be read, the button stays: it is the way to try again.
    return ok(!older.ok || older.value.length > 0);
  });
  const hasEarlier = list.isLoaded && earlier.isLoaded && (earlier.data ?? true);

  const days = summary.data?.days ?? [];
  const history: ConflictHistory = summary.data
    ? { months: summary.data.conflictMonths, rehearsals: summary.data.rehearsals }
    : NO_HISTORY;
  const months = copy.monthWords(today);
  const trustWords = trustInWords(days, copy.DAY_WORDS);
  const bars = conflictBars(history, today);
  const rehearsals = copy.rehearsalsNote(history.rehearsals);

  /** Deletes the changed check-in and puts `previous` back exactly, for Undo after an edit. */
  async function putBack(previous: TrustCheckin): Promise<string | null> {
    const removed = await api.call('trust:delete', { id: previous.id });
    if (!removed.ok) return removed.error.message;
    const restored = await api.call('trust:restore', restorable(previous));
    return restored.ok ? null : restored.error.message;
  }

  async function save(draft: TrustDraft): Promise<AppError | null> {
    // An unanswered question gets the calm words, not the range rule the contract would name.
    const missing = (['trust', 'tension'] as const).filter((q) => draft[q] === null);
    const [firstMissing] = missing;
    if (firstMissing !== undefined) {
      return { code: 'invalid_input', message: copy.missingAnswer(missing), field: firstMissing };
    }
    const input = inputFromDraft(draft);
    const previous = editing;
    const problem = previous
      ? checkRequest('trust:update', { ...input, id: previous.id })
      : checkRequest('trust:create', input);
    if (problem) return problem;
    const result = previous
      ? await api.call('trust:update', { ...input, id: previous.id })
      : await api.call('trust:create', input);
    if (!result.ok) return result.error;
    const saved = result.value;
    setIsTenseSaved(saved.tension >= copy.HIGH_TENSION);
    offerUndo(
      previous
        ? { message: copy.SAVED_EDIT, undo: () => putBack(previous) }
        : {
            message: copy.SAVED_NEW,
            undo: async () => {
              const removed = await api.call('trust:delete', { id: saved.id });
              return removed.ok ? null : removed.error.message;
            },
          },
    );
    setEditing(null);
    setFormKey((k) => k + 1);
    resetNewEntry();
    return null;
  }

  async function remove(checkin: TrustCheckin): Promise<void> {
    const result = await api.call('trust:delete', { id: checkin.id });
    if (!result.ok) {
      announce(result.error.message);
      return;
    }
    const deleted = result.value;
    offerUndo({
      message: copy.DELETED,
      undo: async () => {
        const restored = await api.call('trust:restore', restorable(deleted));
        return restored.ok ? null : restored.error.message;
      },
    });
    if (editing?.id === checkin.id) setEditing(null);
  }

  const readError = list.error ?? summary.error;
  const current = stage.current.stage;
  const isFormShown = current === 'take_it_slow' || isFormOpen || editing !== null;

  return (
    <section className="slow-part" aria-labelledby="slow-title">
      <h2 id="slow-title">{STAGE_LABELS.take_it_slow}</h2>
      <p className="lead">{copy.PART_LEAD}</p>
      {current !== 'take_it_slow' && <p className="muted">{copy.openFromAnyStage(current)}</p>}
      <p className="slow-fear">
        {copy.TENSION_IS_NOT_FEAR} <a href={copy.UNSAFE_HREF}>{copy.UNSAFE_LINK}</a>
      </p>
      <TensionSignpost isShown={isTenseSaved} close={() => setIsTenseSaved(false)} />
      {readError && (
        <p className="field-error" role="alert">
          {readError}
        </p>
      )}
      <div className="slow-layout">
        {isFormShown ? (
          <div className="contents" onFocusCapture={markTouched}>
            <TrustCheckinForm
              key={editing ? `edit-${editing.id}` : `new-${formKey}-${newEntryKey}`}
              initial={editing ? draftFromCheckin(editing) : emptyDraft(new Date(), timeZone)}
              isEditing={editing !== null}
              onSave={save}
              onCancel={editing ? () => setEditing(null) : undefined}
            />
          </div>
        ) : (
          <div className="card slow-folded">
            <p>{copy.FOLDED_NOTE}</p>
            <button type="button" className="button" onClick={() => setIsFormOpen(true)}>
              {copy.OPEN_FORM}
            </button>
          </div>
        )}
        {summary.data && (
          <div className="slow-charts">
            <section className="card" aria-labelledby="slow-trust-title">
              <h3 id="slow-trust-title">{copy.TRUST_CHART_TITLE}</h3>
              {days.length === 0 ? (
                <p className="muted chart-empty">{copy.TRUST_CHART_EMPTY}</p>
              ) : (
                <TrustTensionChart
                  points={days}
                  label={trustWords}
                  names={{ trust: copy.TRUST_LINE, tension: copy.TENSION_LINE }}
                />
              )}
            </section>
            <section className="card" aria-labelledby="slow-conflicts-title">
              <h3 id="slow-conflicts-title">{copy.CONFLICTS_TITLE}</h3>
              <p className="muted">{copy.CONFLICTS_INTRO}</p>
              {bars.length > 0 && (
                <ConflictMonthsChart
                  bars={bars}
                  label={resolvedInWords(history, months)}
                  names={{
                    resolved: copy.RESOLVED_LABEL,
                    partly: copy.PARTLY_LABEL,
                    notResolved: copy.NOT_RESOLVED_LABEL,
                    none: copy.NO_OUTCOME_LABEL,
                  }}
                  monthName={copy.axisMonth}
                />
              )}
              <p className="muted slow-summary">
                {bars.length === 0
                  ? resolvedInWords(history, months)
                  : calmInWords(history, months)}
              </p>
              {rehearsals && <p className="muted">{rehearsals}</p>}
              <p>
                <a className="button" href={copy.CONVERSATION_LINK}>
                  {copy.LOG_A_CONVERSATION}
                </a>
              </p>
            </section>
          </div>
        )}
      </div>
      {!list.error && (
        <TrustCheckinList
          checkins={checkins}
          since={since}
          editingId={editing?.id ?? null}
          onEdit={setEditing}
          onDelete={remove}
          onShowEarlier={hasEarlier ? () => setPages((p) => p + 1) : null}
        />
      )}
    </section>
  );
}
