import { useEffect, useId, useRef, useState, type KeyboardEvent, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { useUndo } from '../../app/undo';
import {
  DELETE_CONFIRMATION_WORD,
  type DeletionSummary,
} from '../../../src-main/shared/ipc-contract';
import { DATA, DELETE_EVERYTHING, deletionLines } from './settings-copy';
import './delete-everything.css';

/**
 * The word as a person may type it: any case, with spaces or the quotes the label shows around
 * it forgiven (the label reads: type “delete”).
 */
const isConfirmation = (typed: string) =>
  typed
    .trim()
    .replace(/^["'“‘]+|["'”’.]+$/g, '')
    .toLowerCase() === DELETE_CONFIRMATION_WORD;

type Phase = 'closed' | 'asking' | 'exporting' | 'deleting';

/**
 * Settings card: "Delete everything". The question names what will go (counted now, from the
 * main process), offers an export first, and needs the word typed, so neither a slip nor a
 * habit of clicking through can empty the app; Keep my data is always one press (or Escape)
 * away and is where focus lands. Afterwards every screen reads again and finds nothing.
 */
export function DeleteEverything() {
  const api = useApi();
  const { announce } = useUndo();
  const id = useId();
  const [phase, setPhase] = useState<Phase>('closed');
  const [summary, setSummary] = useState<DeletionSummary | null>(null);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [exportSaid, setExportSaid] = useState('');
  const [done, setDone] = useState('');
  const askRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const focused = useRef<'ask' | 'cancel' | null>(null);
  const isOpen = phase !== 'closed';
  const isReady = summary !== null || problem !== null;

  // Focus follows the question: onto Keep my data (the safe answer) once it shows, back after.
  useEffect(() => {
    if (isOpen && isReady && focused.current !== 'cancel') {
      cancelRef.current?.focus();
      focused.current = 'cancel';
    } else if (!isOpen && focused.current === 'cancel') {
      askRef.current?.focus();
      focused.current = 'ask';
    }
  }, [isOpen, isReady]);

  async function open() {
    setPhase('asking');
    setSummary(null);
    setTyped('');
    setFieldError(null);
    setProblem(null);
    setExportSaid('');
    setDone('');
    const result = await api.call('data:summary', {});
    if (result.ok) setSummary(result.value);
    else setProblem(result.error.message);
  }

  function close() {
    if (phase === 'deleting') return;
    setPhase('closed');
    setProblem(null);
  }

  async function exportFirst() {
    setPhase('exporting');
    setExportSaid('');
    setProblem(null);
    const result = await api.call('data:export', {});
    setPhase('asking');
    if (!result.ok) setProblem(result.error.message);
    else if (!result.value.saved) setExportSaid(DATA.nothingSaved);
    else setExportSaid(DATA.exported(result.value.fileName, result.value.counts));
  }

  async function deleteAll(event: FormEvent) {
    event.preventDefault();
    if (!isConfirmation(typed)) {
      setFieldError(DELETE_EVERYTHING.wrongWord);
      return;
    }
    setFieldError(null);
    setProblem(null);
    setPhase('deleting');
    const result = await api.call('data:erase', {
      confirmation: DELETE_CONFIRMATION_WORD,
    });
    if (!result.ok) {
      setPhase('asking');
      if (result.error.field === 'confirmation') setFieldError(result.error.message);
      else setProblem(result.error.message);
      // Part of it may be done (the records, not yet the backups): count again.
      const again = await api.call('data:summary', {});
      if (again.ok) setSummary(again.value);
      return;
    }
    // An Undo offered before would act on data that is gone.
    announce('');
    setPhase('closed');
    setDone(DELETE_EVERYTHING.done);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') close();
  }

  const lines = summary === null ? [] : deletionLines(summary);
  const isBusy = phase === 'exporting' || phase === 'deleting';
  const fieldId = `${id}-word`;

  return (
    <section className="card delete-everything" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{DELETE_EVERYTHING.title}</h2>
      <p>{DELETE_EVERYTHING.intro}</p>
      <p className="muted delete-traces">{DELETE_EVERYTHING.diskTraces}</p>
      {!isOpen && (
        <div className="actions">
          <button ref={askRef} type="button" className="button" onClick={() => void open()}>
            {DELETE_EVERYTHING.ask}
          </button>
        </div>
      )}

      {isOpen && (
        <div
          className="delete-confirm"
          id={`${id}-confirm`}
          role="group"
          aria-labelledby={`${id}-question`}
          onKeyDown={onKeyDown}
        >
          {summary === null && problem === null && (
            <p id={`${id}-question`}>{DELETE_EVERYTHING.counting}</p>
          )}
          {summary !== null && (
            <>
              <p id={`${id}-question`}>
                <strong>
                  {lines.length === 0 ? DELETE_EVERYTHING.nothingThere : DELETE_EVERYTHING.question}
                </strong>
              </p>
              {lines.length > 0 && (
                <ul className="delete-list" aria-label={DELETE_EVERYTHING.listName}>
                  {lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
              <p>{DELETE_EVERYTHING.cannotUndo}</p>
              {lines.length > 0 && (
                <>
                  <p>{DELETE_EVERYTHING.exportFirst}</p>
                  <div className="actions">
                    <button
                      type="button"
                      className="button"
                      onClick={() => void exportFirst()}
                      disabled={isBusy}
                    >
                      {phase === 'exporting' ? DATA.exporting : DELETE_EVERYTHING.exportButton}
                    </button>
                  </div>
                  <p role="status" aria-live="polite" className="status delete-export-said">
                    {exportSaid}
                  </p>
                </>
              )}
              <form onSubmit={(event) => void deleteAll(event)} noValidate>
                <label htmlFor={fieldId}>{DELETE_EVERYTHING.confirmLabel}</label>
                <p className="muted delete-hint" id={`${fieldId}-hint`}>
                  {DELETE_EVERYTHING.confirmHint}
                </p>
                <input
                  id={fieldId}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={typed}
                  onChange={(event) => {
                    setTyped(event.target.value);
                    setFieldError(null);
                  }}
                  aria-invalid={fieldError !== null}
                  aria-describedby={
                    fieldError === null ? `${fieldId}-hint` : `${fieldId}-hint ${fieldId}-error`
                  }
                  disabled={isBusy}
                />
                {fieldError !== null && (
                  <p className="field-error" id={`${fieldId}-error`} role="alert">
                    {fieldError}
                  </p>
                )}
                <div className="actions">
                  <button type="submit" className="button danger" disabled={isBusy}>
                    {phase === 'deleting' ? DELETE_EVERYTHING.deleting : DELETE_EVERYTHING.confirm}
                  </button>
                  <button
                    ref={cancelRef}
                    type="button"
                    className="button"
                    onClick={close}
                    disabled={phase === 'deleting'}
                  >
                    {DELETE_EVERYTHING.cancel}
                  </button>
                </div>
              </form>
            </>
          )}
          {problem !== null && (
            <>
              {/* Without the counts, the problem is what the question is about: it names the group. */}
              <p
                className="delete-problem"
                role="alert"
                id={summary === null ? `${id}-question` : undefined}
              >
                {problem}
              </p>
              {summary === null && (
                <div className="actions">
                  <button ref={cancelRef} type="button" className="button" onClick={close}>
                    {DELETE_EVERYTHING.cancel}
                  </button>
                </div>
              )}
            </>
          )}
        </div>
      )}

      <p role="status" aria-live="polite" className="status delete-done">
        {done}
      </p>
    </section>
  );
}
