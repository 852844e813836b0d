import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { dateTimeInWords } from '../../app/day-format';
import { useUndo } from '../../app/undo';
import type { Backup } from '../../../src-main/shared/ipc-contract';
import { BACKUPS } from './settings-copy';
import './backup-settings.css';

/**
 * "2nd of 2 made that second" when other backups of the same kind share this one's second (the
 * list is newest first, so the first of them is the latest); null when the time alone tells it apart.
 */
function twinNote(backup: Backup, all: readonly Backup[]): string | null {
  const twins = all.filter((b) => b.kind === backup.kind && b.createdAt === backup.createdAt);
  if (twins.length < 2) return null;
  return BACKUPS.twin(twins.length - twins.indexOf(backup), twins.length);
}

interface BackupItemProps {
  readonly backup: Backup;
  /** What tells it apart from backups of the same kind made in the same second, if any. */
  readonly twin: string | null;
  readonly isConfirming: boolean;
  readonly isBusy: boolean;
  readonly problem: string | null;
  readonly onAsk: () => void;
  readonly onCancel: () => void;
  readonly onRestore: () => void;
}

function BackupItem({
  backup,
  twin,
  isConfirming,
  isBusy,
  problem,
  onAsk,
  onCancel,
  onRestore,
}: BackupItemProps) {
  // With seconds: backups made within one minute (a daily one and one by hand) must not look alike.
  const when = dateTimeInWords(backup.createdAt, { withSeconds: true });
  const askRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const baseId = `backup-${backup.fileName.replace(/[^A-Za-z0-9-]/g, '-')}`;

  // Focus follows the question: onto Cancel (the safe answer) when it opens, back when it closes.
  useEffect(() => {
    if (isConfirming) cancelRef.current?.focus();
    else if (wasConfirming.current) askRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onCancel();
  }

  return (
    <li
      className="backup-item"
      aria-label={`${BACKUPS.kind(backup.kind)} from ${when}${twin === null ? '' : ` (${twin})`}`}
    >
      <div className="backup-row">
        <div className="backup-main">
          <p className="backup-when" id={`${baseId}-when`}>
            {when}
          </p>
          <p className="backup-meta muted">
            {BACKUPS.kind(backup.kind)} · {BACKUPS.size(backup.sizeBytes)}
            {twin !== null && ` · ${twin}`}
          </p>
        </div>
        {!isConfirming && (
          <button
            ref={askRef}
            type="button"
            className="button"
            onClick={onAsk}
            disabled={isBusy}
            aria-describedby={problem ? `${baseId}-when ${baseId}-problem` : `${baseId}-when`}
          >
            {BACKUPS.restoreAsk}
          </button>
        )}
      </div>
      {isConfirming && (
        <div
          className="backup-confirm"
          role="group"
          aria-labelledby={`${baseId}-question`}
          onKeyDown={onKeyDown}
        >
          <p id={`${baseId}-question`}>{BACKUPS.restoreQuestion(when)}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={onRestore} disabled={isBusy}>
              {BACKUPS.restoreConfirm}
            </button>
            <button
              ref={cancelRef}
              type="button"
              className="button"
              onClick={onCancel}
              disabled={isBusy}
            >
              {BACKUPS.cancel}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p className="field-error" id={`${baseId}-problem`} role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

/**
 * Settings card: the backups kept on this computer, "Back up now", and a restore that asks first
 * and keeps the current data as a backup of its own (Undo restores that one).
 */
export function BackupSettings() {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const {
    data: listing,
    error: loadError,
    reload,
  } = useQuery('backup:list', (a) => a.call('backup:list', {}));
  const [actionError, setActionError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ fileName: string; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function backUpNow() {
    setIsBusy(true);
    setActionError(null);
    const result = await api.call('backup:create', {});
    setIsBusy(false);
    if (!result.ok) {
      setActionError(result.error.message);
      return;
    }
    announce(BACKUPS.backedUp(result.value.createdAt));
  }

  async function restore(backup: Backup) {
    setIsBusy(true);
    setProblem(null);
    const result = await api.call('backup:restore', { fileName: backup.fileName });
    setIsBusy(false);
    setConfirming(null);
    if (!result.ok) {
      // A restore that failed part way may still have kept a copy of the data first.
      reload();
      setProblem({ fileName: backup.fileName, message: result.error.message });
      return;
    }
    const { keptAs } = result.value;
    offerUndo({
      message: BACKUPS.restored(backup.createdAt),
      undo: async () => {
        const back = await api.call('backup:restore', { fileName: keptAs.fileName });
        if (!back.ok) reload();
        return back.ok ? null : back.error.message;
      },
    });
  }

  const backups = listing?.backups ?? [];
  // A problem with a backup that has left the list meanwhile is shown for the whole card.
  const cardProblem =
    actionError ??
    (problem && !backups.some((b) => b.fileName === problem.fileName) ? problem.message : null);
  return (
    <div className="card backup-settings">
      <h2 id="backups-title">{BACKUPS.title}</h2>
      <p>{BACKUPS.intro}</p>
      <p>{BACKUPS.deletedEntries}</p>
      <p>{BACKUPS.safetyCopies}</p>
      <p>{BACKUPS.yourOwnCopies}</p>
      <p>{BACKUPS.notEncrypted}</p>
      {listing?.folder && (
        <p className="backup-folder muted">
          {BACKUPS.keptIn} <code>{listing.folder}</code>
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() => void backUpNow()}
          disabled={isBusy || listing?.folder === null}
        >
          {BACKUPS.backUpNow}
        </button>
      </div>
      {cardProblem && (
        <p className="field-error" role="alert">
          {cardProblem}
        </p>
      )}
      {loadError && <p role="alert">{loadError}</p>}
      {listing && listing.folder === null && (
        <p className="muted backup-empty">{BACKUPS.inMemory}</p>
      )}
      {/* Said only when the list was read: after a failed read it is not known to be empty. */}
      {listing?.folder && !loadError && backups.length === 0 && (
        <p className="muted backup-empty">{BACKUPS.none}</p>
      )}
      {backups.length > 0 && (
        <ul className="backup-list" aria-labelledby="backups-title">
          {backups.map((backup) => (
            <BackupItem
              key={backup.fileName}
              twin={twinNote(backup, backups)}
              backup={backup}
              isConfirming={confirming === backup.fileName}
              isBusy={isBusy}
              problem={problem?.fileName === backup.fileName ? problem.message : null}
              onAsk={() => {
                setProblem(null);
                setConfirming(backup.fileName);
              }}
              onCancel={() => setConfirming(null)}
              onRestore={() => void restore(backup)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
