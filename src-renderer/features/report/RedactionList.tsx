import { useId, useState, type ReactNode } from 'react';
import { REDACTED_NAME, REDACTION_NAME_MAX } from '../../../src-main/shared/domain/report';
import { clampText, limitNote, visibleCount } from '../../forms';

export interface RedactionListProps {
  readonly names: readonly string[];
  readonly onRemove: (name: string) => void;
  readonly onAdd: (name: string) => void;
  readonly invalid: { 'aria-invalid': boolean; 'aria-describedby'?: string };
  readonly error: ReactNode;
  /** True while a report is being saved: the list it is made from must not change under it. */
  readonly disabled?: boolean;
  /** Why the notes could not be searched for names, when they could not; null otherwise. */
  readonly loadError?: string | null;
}

/**
 * The names the therapist report hides. Proposed from capitalised words in the notes; the person
 * takes off what is not a person and adds what was missed, before anything is saved.
 */
export function RedactionList({
  names,
  onRemove,
  onAdd,
  invalid,
  error,
  disabled = false,
  loadError = null,
}: RedactionListProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const isFull = draft.length >= REDACTION_NAME_MAX && visibleCount(draft) >= REDACTION_NAME_MAX;

  function add() {
    const name = draft.trim();
    if (name === '') return;
    onAdd(name);
    setDraft('');
  }

  return (
    <fieldset className="report-group report-redactions" disabled={disabled} {...invalid}>
      <legend>Names to hide</legend>
      <p className="hint report-redactions-hint">
        Each of these is shown as “{REDACTED_NAME}” wherever it appears, in any capitalisation. They
        are words from your notes that look like names: take off any that are not people, and add
        any that were missed (names in scripts without capital letters cannot be found on their
        own).
      </p>
      {loadError !== null && (
        <p className="field-error" role="alert">
          Your notes could not be searched for names, so none are proposed: {loadError} Add each
          name to hide below.
        </p>
      )}
      {names.length === 0 ? (
        // After a failed search, "no names" would be untrue; the message above says what to do.
        loadError === null && <p className="muted">No names to hide yet.</p>
      ) : (
        <ul className="report-names" aria-label="Names that will be hidden">
          {names.map((name) => (
            <li key={name} className="report-name">
              <span>{name}</span>
              <button
                type="button"
                className="report-name-remove"
                aria-label={`Stop hiding ${name}`}
                onClick={() => onRemove(name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="report-add-name">
        <label htmlFor={`${id}-name`}>Add a name</label>
        <div className="report-add-row">
          <input
            id={`${id}-name`}
            type="text"
            value={draft}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={isFull ? `${id}-name-note` : undefined}
            // Stops at the contract's limit, counted in characters a person sees.
            onChange={(e) => setDraft(clampText(e.target.value, REDACTION_NAME_MAX).text)}
            onKeyDown={(e) => {
              // Enter adds the name here rather than saving the whole report.
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button" onClick={add} disabled={draft.trim() === ''}>
            Add
          </button>
        </div>
        <p className="field-note" id={`${id}-name-note`} aria-live="polite">
          {isFull ? limitNote(REDACTION_NAME_MAX) : null}
        </p>
      </div>
      {error}
    </fieldset>
  );
}
