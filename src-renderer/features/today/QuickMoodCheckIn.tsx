import { ENERGY_SCALE, HURT_SCALE, MOOD_SCALE } from '../../forms/scales';
import { ReadFailure } from '../../app/read-failure';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useUndo } from '../../app/undo';
import { EMOTION_TAGS, MOOD_NOTE_MAX } from '../../../src-main/shared/domain/mood';
import {
  checkRequest,
  FormMessage,
  ManyChoice,
  ScaleChoice,
  TextField,
  useFormErrors,
  type FieldMap,
} from '../../forms';

interface QuickDraft {
  readonly mood: number | null;
  readonly energy: number | null;
  readonly hurt: number | null;
  readonly tags: readonly string[];
  readonly note: string;
}

const EMPTY: QuickDraft = { mood: null, energy: null, hurt: null, tags: [], note: '' };

/** The contract's fields this form shows; the time is taken from the clock, so it is general. */
const FIELDS = {
  mood: 'mood',
  energy: 'energy',
  hurt: 'hurt',
  tags: 'tags',
  note: 'note',
} as const satisfies FieldMap<string>;
type QuickField = (typeof FIELDS)[keyof typeof FIELDS];
/** The fields folded away under "Energy, how much it still hurts, emotions, a note". */
const INSIDE_MORE: readonly QuickField[] = ['energy', 'hurt', 'tags', 'note'];

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
  const [draft, setDraft] = useState<QuickDraft>(EMPTY);
  const errors = useFormErrors<QuickField>(FIELDS);
  const [isSaving, setIsSaving] = useState(false);
  const tagList = useQuery('tag:list', (a) => a.call('tag:list', {}));
  const customTags = tagList.data?.custom ?? [];
  const set = (patch: Partial<QuickDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // An error on a field inside "more" opens it, so the message is never hidden away.
  const more = useRef<HTMLDetailsElement>(null);
  const isErrorInside = INSIDE_MORE.some((field) => errors.errorOf(field) !== undefined);
  useEffect(() => {
    if (isErrorInside && more.current) more.current.open = true;
  }, [isErrorInside]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const input = {
      occurredAt: new Date().toISOString(),
      timeZone,
      mood: draft.mood ?? Number.NaN,
      energy: draft.energy,
      hurt: draft.hurt,
      tags: [...draft.tags],
      note: draft.note,
    };
    const problem = checkRequest('mood:create', input);
    if (problem) {
      errors.setError(problem);
      return;
    }
    setIsSaving(true);
    const result = await api.call('mood:create', input);
    setIsSaving(false);
    if (!result.ok) {
      errors.setError(result.error);
      return;
    }
    errors.setError(null);
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
        {...MOOD_SCALE}
        legend="Mood"
        hint="choose a number"
        value={draft.mood}
        onChange={(mood) => set({ mood })}
        error={errors.errorOf('mood')}
      />
      <details className="more" ref={more}>
        <summary>Energy, how much it still hurts, emotions, a note</summary>
        <ScaleChoice
          {...ENERGY_SCALE}
          legend="Energy"
          hint="optional"
          value={draft.energy}
          onChange={(energy) => set({ energy })}
          error={errors.errorOf('energy')}
        />
        <ScaleChoice
          {...HURT_SCALE}
          legend="How much the breakup still hurts"
          hint="optional"
          value={draft.hurt}
          onChange={(hurt) => set({ hurt })}
          error={errors.errorOf('hurt')}
        />
        <ManyChoice
          legend="Emotions"
          hint="optional"
          options={[...EMOTION_TAGS, ...customTags.map((t) => t.name)]}
          value={draft.tags}
          onChange={(tags) => set({ tags })}
          error={errors.errorOf('tags')}
        />
        <ReadFailure
          what="Your own emotion words"
          instead="only the built-in ones are offered"
          message={tagList.error}
        />
        <TextField
          label="Note"
          hint="optional, only you see it"
          rows={2}
          max={MOOD_NOTE_MAX}
          value={draft.note}
          onChange={(note) => set({ note })}
          error={errors.errorOf('note')}
        />
      </details>
      <FormMessage message={errors.general} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          Save check-in
        </button>
      </div>
    </form>
  );
}
