import { formatCount } from '../../app/day-format';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useUndo } from '../../app/undo';
import { deletedWithBackupsNote } from '../../app/backups-note';
import type { CustomTag } from '../../../src-main/shared/ipc-contract';
import { EMOTION_WORD_MAX } from '../../../src-main/shared/domain/tags';
import { checkRequest, FormMessage, TextField, useFormErrors, type FieldMap } from '../../forms';
import './emotion-tag-settings.css';

function usedOn(count: number): string {
  if (count === 0) return 'not used yet';
  return count === 1 ? 'on 1 entry' : `on ${formatCount(count)} entries`;
}

/** The one field this form shows; any other error is its general message. */
const FIELDS = { name: 'name' } as const satisfies FieldMap<string>;

/**
 * Settings card: the person's own emotion words, offered beside the built-in ones in the mood
 * form. Adding and removing both offer Undo; removing a word never takes it off an entry.
 */
export function EmotionTagSettings() {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const errors = useFormErrors<'name'>(FIELDS);
  const [isSaving, setIsSaving] = useState(false);
  const { data: tags, error: loadError } = useQuery('tag:list', (a) => a.call('tag:list', {}));

  async function add(event: FormEvent) {
    event.preventDefault();
    const problem = checkRequest('tag:create', { name });
    if (problem) {
      errors.setError(problem);
      input.current?.focus();
      return;
    }
    setIsSaving(true);
    const result = await api.call('tag:create', { name });
    setIsSaving(false);
    if (!result.ok) {
      errors.setError(result.error);
      input.current?.focus();
      return;
    }
    const added = result.value;
    errors.setError(null);
    setName('');
    offerUndo({
      message: `“${added.name}” added to your emotions.`,
      undo: async () => {
        const removed = await api.call('tag:delete', { name: added.name });
        return removed.ok ? null : removed.error.message;
      },
    });
  }

  async function remove(tag: CustomTag) {
    const result = await api.call('tag:delete', { name: tag.name });
    if (!result.ok) {
      announce(result.error.message);
      return;
    }
    const { usedCount, ...restorable } = result.value;
    offerUndo({
      // A word no entry uses leaves the data file, but not the backups; a used one stays in entries.
      message:
        usedCount > 0
          ? `“${tag.name}” removed. Entries that used it keep it.`
          : deletedWithBackupsNote(`“${tag.name}” removed.`),
      undo: async () => {
        const restored = await api.call('tag:restore', restorable);
        return restored.ok ? null : restored.error.message;
      },
    });
    // The button that had focus is gone; the field to add a word is the natural next stop.
    input.current?.focus();
  }

  return (
    <section className="card emotion-words" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your own emotion words</h2>
      <p className="muted">
        Add words that fit how you feel. They are offered beside the built-in ones whenever you
        record your mood.
      </p>

      <form
        className="emotion-word-form"
        onSubmit={add}
        noValidate
        aria-label="Add an emotion word"
      >
        <TextField
          label="New word"
          max={EMOTION_WORD_MAX}
          spellCheck
          inputRef={input}
          value={name}
          onChange={setName}
          error={errors.errorOf('name')}
          action={
            <button type="submit" className="button primary" disabled={isSaving}>
              Add word
            </button>
          }
        />
        <FormMessage message={errors.general} />
      </form>

      {loadError && (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      )}
      {/* Said only when the list was read: after a failed read it is not known to be empty. */}
      {tags && !loadError && tags.custom.length === 0 && (
        <p className="muted">
          No words of your own yet. Type one in New word above and choose Add word.
        </p>
      )}
      {tags && tags.custom.length > 0 && (
        <ul className="emotion-word-list" aria-label="Your words">
          {tags.custom.map((tag) => (
            <li key={tag.name}>
              <span className="chip emotion-word-name">{tag.name}</span>
              <span className="muted emotion-word-use">{usedOn(tag.usedCount)}</span>
              <button
                type="button"
                className="button"
                aria-label={`Remove “${tag.name}”`}
                onClick={() => void remove(tag)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* About removing: said only when there is a word to remove. */}
      {tags && tags.custom.length > 0 && (
        <p className="muted emotion-word-note">
          Removing a word takes it off this list. Entries that used it keep it.
        </p>
      )}
      {tags && <p className="muted emotion-word-note">Built in: {tags.builtIn.join(', ')}.</p>}
    </section>
  );
}
