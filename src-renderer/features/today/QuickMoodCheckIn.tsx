import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useUndo } from '../../app/undo';
import { EMOTION_TAGS } from '../../../src-main/shared/domain/mood';
import type { AppError } from '../../../src-main/shared/result';
import { ScaleChoice } from './ScaleChoice';

interface QuickDraft {
  readonly mood: number | null;
  readonly energy: number | null;
  readonly hurt: number | null;
  readonly tags: readonly string[];
  readonly note: string;
}

const EMPTY: QuickDraft = { mood: null, energy: null, hurt: null, tags: [], note: '' };

export interface QuickMoodCheckInProps {
  readonly timeZone: string;
  /** How many entries today already has, for a gentle line above the form. */
  readonly entriesToday: number;
}

/**
 * The fast mood check-in: a number for mood is all it needs, the rest is optional. Saved with the
 * current time in the zone the person is in.
 */
export function QuickMoodCheckIn({ timeZone, entriesToday }: QuickMoodCheckInProps) {
  const api = useApi();
  const { offerUndo } = useUndo();
  const id = useId();
  const [draft, setDraft] = useState<QuickDraft>(EMPTY);
  const [error, setError] = useState<AppError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const customTags = useQuery('tag:list', (a) => a.call('tag:list', {})).data?.custom ?? [];
  const set = (patch: Partial<QuickDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);

  async function save(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const result = await api.call('mood:create', {
      occurredAt: new Date().toISOString(),
      timeZone,
      mood: draft.mood ?? Number.NaN,
      energy: draft.energy,
      hurt: draft.hurt,
      tags: [...draft.tags],
      note: draft.note,
    });
    setIsSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setDraft(EMPTY);
    const saved = result.value;
    offerUndo({
      message: `Mood ${saved.mood} saved. Thank you for checking in.`,
      undo: async () => {
        const removed = await api.call('mood:delete', { id: saved.id });
        return removed.ok ? null : removed.error.message;
      },
    });
  }

  const toggleTag = (tag: string) =>
    set({
      tags: draft.tags.includes(tag) ? draft.tags.filter((t) => t !== tag) : [...draft.tags, tag],
    });

  return (
    <form className="card today-mood" onSubmit={save} noValidate aria-label="Mood check-in">
      <h2>How are you feeling right now?</h2>
      {entriesToday > 0 && (
        <p className="muted">
          {entriesToday === 1
            ? 'You checked in once today already. Another is welcome whenever you like.'
            : `You checked in ${entriesToday} times today already. Another is welcome whenever you like.`}
        </p>
      )}
      <ScaleChoice
        legend="Mood"
        hint="choose a number"
        min={1}
        max={10}
        value={draft.mood}
        onChange={(mood) => set({ mood })}
        error={errorFor('mood')}
        lowLabel="very low"
        highLabel="very good"
      />
      <details className="more">
        <summary>Energy, how much it still hurts, emotions, a note</summary>
        <ScaleChoice
          legend="Energy"
          hint="optional"
          min={1}
          max={10}
          value={draft.energy}
          onChange={(energy) => set({ energy })}
          error={errorFor('energy')}
          lowLabel="drained"
          highLabel="full of energy"
        />
        <ScaleChoice
          legend="How much the breakup still hurts"
          hint="optional"
          min={0}
          max={10}
          value={draft.hurt}
          onChange={(hurt) => set({ hurt })}
          error={errorFor('hurt')}
          lowLabel="not at all"
          highLabel="very much"
        />
        <fieldset className="tags">
          <legend>
            Emotions <span className="hint">optional</span>
          </legend>
          {[...EMOTION_TAGS, ...customTags.map((t) => t.name)].map((tag) => (
            <button
              key={tag}
              type="button"
              className="tag"
              aria-pressed={draft.tags.includes(tag)}
              onClick={() => toggleTag(tag)}
            >
              {tag}
            </button>
          ))}
        </fieldset>
        {errorFor('tags') && (
          <p className="field-error" role="alert">
            {errorFor('tags')}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-note`}>
            Note <span className="hint">optional, only you see it</span>
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={draft.note}
            onChange={(e) => set({ note: e.target.value })}
            aria-invalid={errorFor('note') ? true : false}
            aria-describedby={errorFor('note') ? `${id}-note-error` : undefined}
          />
          {errorFor('note') && (
            <p className="field-error" id={`${id}-note-error`} role="alert">
              {errorFor('note')}
            </p>
          )}
        </div>
      </details>
      {error && !['mood', 'energy', 'hurt', 'tags', 'note'].includes(error.field ?? '') && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          Save check-in
        </button>
      </div>
    </form>
  );
}
