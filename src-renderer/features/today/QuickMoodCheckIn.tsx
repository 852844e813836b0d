import { ENERGY_SCALE, HURT_SCALE, MOOD_SCALE } from '../../forms/scales';
import { ReadFailure } from '../../app/read-failure';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useNewMoodEntryAsked } from '../../app/app-commands';
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
import * as copy from '../mood/mood-copy';
import { SupportSignpost, useSupportSignpost } from '../support/SupportSignpost';

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
/** The fields folded away under "Energy, how much it hurts, emotions, a note". */
const INSIDE_MORE: readonly QuickField[] = ['energy', 'hurt', 'tags', 'note'];

export interface QuickMoodCheckInProps {
  readonly timeZone: string;
  /**
   * How many entries today already has. Only whether there is one is used: a gentle line that
   * another is welcome, never the count (a count of check-ins reads like someone keeping tabs).
   */
  readonly entriesToday: number;
}

/**
 * The fast mood check-in: a number for mood is all it needs, the rest is optional. Saved with the
 * current time in the zone the person is in.
 */
export function QuickMoodCheckIn({ timeZone, entriesToday }: QuickMoodCheckInProps) {
  const api = useApi();
  const { offerUndo } = useUndo();
  const signpost = useSupportSignpost();
  const [draft, setDraft] = useState<QuickDraft>(EMPTY);
  const errors = useFormErrors<QuickField>(FIELDS);
  const [isSaving, setIsSaving] = useState(false);
  const tagList = useQuery('tag:list', (a) => a.call('tag:list', {}));
  const customTags = tagList.data?.custom ?? [];
  const set = (patch: Partial<QuickDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // Ctrl+N (File › New Mood Entry) lands here: the mood scale takes the focus, on the value
  // already chosen if there is one, as arrow keys in a radio group expect.
  const form = useRef<HTMLFormElement>(null);
  useNewMoodEntryAsked(() => {
    const scale = form.current?.querySelector('fieldset');
    const field =
      scale?.querySelector<HTMLInputElement>('input:checked') ?? scale?.querySelector('input');
    field?.focus();
  });

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
    void signpost.afterMoodSaved(saved);
    offerUndo({
      message: copy.checkInSaved(saved),
      undo: async () => {
        const removed = await api.call('mood:delete', { id: saved.id });
        return removed.ok ? null : removed.error.message;
      },
    });
  }

  return (
    <form
      ref={form}
      className="card today-mood"
      onSubmit={save}
      noValidate
      aria-label={copy.CHECK_IN_FORM_NAME}
    >
      <h2>{copy.CHECK_IN_HEADING}</h2>
      {entriesToday > 0 && <p className="muted">{copy.ANOTHER_IS_WELCOME}</p>}
      <ScaleChoice
        {...MOOD_SCALE}
        legend={copy.MOOD_LEGEND}
        hint={copy.MOOD_HINT}
        value={draft.mood}
        onChange={(mood) => set({ mood })}
        error={errors.errorOf('mood')}
      />
      <details className="more" ref={more}>
        <summary>{copy.CHECK_IN_MORE}</summary>
        <ScaleChoice
          {...ENERGY_SCALE}
          legend={copy.ENERGY_LEGEND}
          hint={copy.OPTIONAL}
          value={draft.energy}
          onChange={(energy) => set({ energy })}
          error={errors.errorOf('energy')}
        />
        <ScaleChoice
          {...HURT_SCALE}
          legend={copy.HURT_QUESTION}
          hint={copy.OPTIONAL}
          value={draft.hurt}
          onChange={(hurt) => set({ hurt })}
          error={errors.errorOf('hurt')}
        />
        <ManyChoice
          legend={copy.EMOTIONS_LEGEND}
          hint={copy.OPTIONAL}
          options={[...EMOTION_TAGS, ...customTags.map((t) => t.name)]}
          value={draft.tags}
          onChange={(tags) => set({ tags })}
          error={errors.errorOf('tags')}
        />
        <ReadFailure {...copy.OWN_WORDS_UNREAD} message={tagList.error} />
        <TextField
          label={copy.NOTE_LABEL}
          hint={copy.NOTE_HINT}
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
          {copy.SAVE_CHECK_IN}
        </button>
      </div>
      <SupportSignpost {...signpost} />
    </form>
  );
}
