import { useMemo, useState } from 'react';
import { useApi } from '../../api/api-context';
import { readAll, useQuery } from '../../api/use-query';
import { useNewEntryDay, useToday } from '../../app/clock';
import { UndoMessage, useUndo } from '../../app/undo';
import { addDays, daysBetween, monthOf, monthRange } from '../../../src-main/shared/calendar';
import { EMOTION_TAGS, moodMovement } from '../../../src-main/shared/domain/mood';
import type { DailyMood, MoodEntry, MoodGrid } from '../../../src-main/shared/ipc-contract';
import type { AppError } from '../../../src-main/shared/result';
import { checkRequest } from '../../forms';
import { SupportSignpost, useSupportSignpost } from '../support/SupportSignpost';
import { MoodForm } from './MoodForm';
import { MoodList } from './MoodList';
import { MoodViews } from './MoodViews';
import * as copy from './mood-copy';
import './mood.css';
import { draftFromEntry, emptyDraft, inputFromDraft, type MoodDraft } from './mood-form-state';

const NO_ENTRIES: readonly MoodEntry[] = [];
const NO_DAYS: readonly DailyMood[] = [];
const NO_GRID: MoodGrid = { cells: [], withoutEnergy: 0 };

/**
 * The trend's caption: where mood went over the days with entries, never an overall average (4.8
 * would hide a climb from 2 to 7), and no movement at all from fewer days than can carry one.
 */
function chartLabel(daily: readonly DailyMood[]): string {
  return copy.trendSummary(daily.length, moodMovement(daily));
}

export function MoodScreen() {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const { day: today, timeZone } = useToday();
  const signpost = useSupportSignpost();
  const range = useMemo(
    () => ({ from: addDays(today, -(copy.DAYS_SHOWN - 1)), to: today }),
    [today],
  );

  const [calendarMonth, setCalendarMonth] = useState(() => monthOf(today));
  const [editing, setEditing] = useState<MoodEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  // A new-entry form left untouched moves to the new day when the day turns.
  const { formKey: newEntryKey, markTouched, reset: resetNewEntry } = useNewEntryDay();

  const views = useQuery(`mood:${range.from}:${range.to}`, (a) =>
    readAll({
      entries: a.call('mood:list', range),
      daily: a.call('mood:daily', range),
      grid: a.call('mood:grid', range),
    }),
  );
  const entries = views.data?.entries ?? NO_ENTRIES;
  const daily = views.data?.daily ?? NO_DAYS;
  const grid = views.data?.grid ?? NO_GRID;
  const loadError = views.error;
  // A failed read says so; nothing below may then claim there are no entries.
  const isUnread = loadError !== null && entries.length === 0;
  const calendarRead = useQuery(`mood:month:${calendarMonth}`, (a) =>
    a.call('mood:daily', monthRange(calendarMonth)),
  );
  const calendarDays = calendarRead.data ?? NO_DAYS;
  // The built-in emotions until the person's own words have been read (or when they cannot be).
  const tagList = useQuery('tag:list', (a) => a.call('tag:list', {}));
  const tags = tagList.data;
  const emotions = tags ? [...tags.builtIn, ...tags.custom.map((t) => t.name)] : EMOTION_TAGS;

  const points = useMemo(() => {
    const byDay = new Map(daily.map((d) => [d.day, d.average]));
    return daysBetween(range.from, range.to).map((day) => ({
      day,
      average: byDay.get(day) ?? null,
    }));
  }, [daily, range]);

  /** Deletes `id` and puts `previous` back exactly, for Undo after an edit. */
  async function putBack(previous: MoodEntry): Promise<string | null> {
    const removed = await api.call('mood:delete', { id: previous.id });
    if (!removed.ok) return removed.error.message;
    const { day: _day, ...restorable } = previous;
    const restored = await api.call('mood:restore', restorable);
    return restored.ok ? null : restored.error.message;
  }

  async function save(draft: MoodDraft): Promise<AppError | null> {
    const input = inputFromDraft(draft);
    const previous = editing;
    const problem = previous
      ? checkRequest('mood:update', { ...input, id: previous.id })
      : checkRequest('mood:create', input);
    if (problem) return problem;
    const result = previous
      ? await api.call('mood:update', { ...input, id: previous.id })
      : await api.call('mood:create', input);
    if (!result.ok) return result.error;
    const saved = result.value;
    void signpost.afterMoodSaved(saved);
    offerUndo(
      previous
        ? { message: copy.CHANGES_SAVED, undo: () => putBack(previous) }
        : {
            message: copy.entrySaved(saved),
            undo: async () => {
              const removed = await api.call('mood:delete', { id: saved.id });
              return removed.ok ? null : removed.error.message;
            },
          },
    );
    setEditing(null);
    setFormKey((k) => k + 1);
    resetNewEntry();
    return null;
  }

  async function remove(entry: MoodEntry): Promise<void> {
    const result = await api.call('mood:delete', { id: entry.id });
    if (!result.ok) {
      announce(result.error.message);
      return;
    }
    const { day: _day, ...restorable } = result.value;
    offerUndo({
      message: copy.ENTRY_DELETED,
      undo: async () => {
        const restored = await api.call('mood:restore', restorable);
        return restored.ok ? null : restored.error.message;
      },
    });
    if (editing?.id === entry.id) setEditing(null);
  }

  return (
    <section aria-labelledby="mood-title" className="screen">
      <h1 id="mood-title">{copy.MOOD_TITLE}</h1>
      <UndoMessage />
      <SupportSignpost {...signpost} />
      {loadError && (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      )}
      <div className="mood-layout">
        <div className="contents" onFocusCapture={markTouched}>
          <MoodForm
            key={editing ? `edit-${editing.id}` : `new-${formKey}-${newEntryKey}`}
            initial={editing ? draftFromEntry(editing) : emptyDraft(new Date(), timeZone)}
            isEditing={editing !== null}
            emotions={emotions}
            emotionsError={tagList.error}
            onSave={save}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        </div>
        {!isUnread && (
          <MoodViews
            trend={{ points, label: chartLabel(daily) }}
            grid={{ points: grid.cells, withoutEnergy: grid.withoutEnergy }}
            calendar={{
              month: calendarMonth,
              days: calendarDays,
              today,
              onMonthChange: setCalendarMonth,
            }}
            calendarError={calendarRead.error}
          />
        )}
      </div>
      {!isUnread && (
        <MoodList
          entries={entries}
          editingId={editing?.id ?? null}
          onEdit={setEditing}
          onDelete={remove}
        />
      )}
    </section>
  );
}
