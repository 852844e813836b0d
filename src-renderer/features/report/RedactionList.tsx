import { useId, useState, type ReactNode } from 'react';
import { REDACTION_NAME_MAX } from '../../../src-main/shared/domain/report';
import { clampText, limitNote, visibleCount } from '../../forms';
import {
  ADD_NAME_BUTTON,
  ADD_NAME_LABEL,
  NAMES_HINT,
  NAMES_LEGEND,
  NAMES_LIST_LABEL,
  NO_NAMES_YET,
  namesLoadError,
  stopHidingLabel,
} from './report-copy';

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
      <legend>{NAMES_LEGEND}</legend>
      <p className="hint report-redactions-hint">{NAMES_HINT}</p>
      {loadError !== null && (
        <p className="field-error" role="alert">
          {namesLoadError(loadError)}
        </p>
      )}
      {names.length === 0 ? (
        // After a failed search, "no names" would be untrue; the message above says what to do.
        loadError === null && <p className="muted">{NO_NAMES_YET}</p>
      ) : (
        <ul className="report-names" aria-label={NAMES_LIST_LABEL}>
          {names.map((name) => (
            <li key={name} className="report-name">
              <span>{name}</span>
              <button
                type="button"
                className="report-name-remove"
                aria-label={stopHidingLabel(name)}
                onClick={() => onRemove(name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="report-add-name">
        <label htmlFor={`${id}-name`}>{ADD_NAME_LABEL}</label>
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
            {ADD_NAME_BUTTON}
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
