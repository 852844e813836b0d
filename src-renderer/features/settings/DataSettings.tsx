import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useUndo } from '../../app/undo';
import type { CsvKind } from '../../../src-main/shared/ipc-contract';
import { CSV_LABELS, DATA, describeCounts } from './settings-copy';
import './data-settings.css';

// The keys are exactly CsvKind: `satisfies` in settings-copy refuses a missing or an extra one.
const CSV_CHOICES = Object.entries(CSV_LABELS) as [CsvKind, string][];

export { describeCounts };

type Busy = 'export' | 'import' | CsvKind | null;
/** What came of the last action, shown beside the buttons that started it. */
type Outcome = {
  readonly kind: 'done' | 'problem';
  readonly message: string;
  readonly near: 'file' | 'csv';
} | null;

/** The result of an action, or a problem with it, in words; the status line is always there. */
function OutcomeLines({ outcome, near }: { outcome: Outcome; near: 'file' | 'csv' }) {
  const shown = outcome?.near === near ? outcome : null;
  return (
    <div className="data-outcome">
      <p role="status" aria-live="polite" className="status">
        {shown?.kind === 'done' ? shown.message : ''}
      </p>
      {shown?.kind === 'problem' && (
        <p role="alert" className="data-problem">
          {shown.message}
        </p>
      )}
    </div>
  );
}

/**
 * Settings card: everything as one JSON file to keep, an import that replaces everything (after
 * asking, inline), and a spreadsheet per kind of entry. Results and problems are said in words,
 * inside the card, where the person is looking.
 */
export function DataSettings() {
  const api = useApi();
  const { announce } = useUndo();
  const id = useId();
  const [busy, setBusy] = useState<Busy>(null);
  const [isConfirmingImport, setIsConfirmingImport] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  type Said = Omit<NonNullable<Outcome>, 'near'>;

  async function run(what: Exclude<Busy, null>, action: () => Promise<Said>) {
    setBusy(what);
    setOutcome(null);
    const result = await action();
    setBusy(null);
    setOutcome({ ...result, near: what === 'export' || what === 'import' ? 'file' : 'csv' });
  }

  const exportAll = () =>
    run('export', async () => {
      const result = await api.call('data:export', {});
      if (!result.ok) return { kind: 'problem', message: result.error.message };
      if (!result.value.saved) return { kind: 'done', message: DATA.nothingSaved };
      return { kind: 'done', message: DATA.exported(result.value.fileName, result.value.counts) };
    });

  const importFile = () =>
    run('import', async () => {
      setIsConfirmingImport(false);
      const result = await api.call('data:import', { mode: 'replace' });
      if (!result.ok) return { kind: 'problem', message: result.error.message };
      if (!result.value.imported) return { kind: 'done', message: DATA.nothingImported };
      // An Undo offered before the import would act on data that is no longer there.
      announce('');
      const { fileName, counts, backup } = result.value;
      return { kind: 'done', message: DATA.imported(fileName, counts, backup) };
    });

  const saveCsv = (kind: CsvKind) =>
    run(kind, async () => {
      const result = await api.call('data:csv', { kind });
      if (!result.ok) return { kind: 'problem', message: result.error.message };
      if (!result.value.saved) return { kind: 'done', message: DATA.nothingSaved };
      return { kind: 'done', message: DATA.savedRows(result.value.fileName, result.value.rows) };
    });

  const isBusy = busy !== null;

  return (
    <section className="card data-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{DATA.title}</h2>
      <p>{DATA.intro}</p>
      <div className="actions">
        <button type="button" className="button" onClick={exportAll} disabled={isBusy}>
          {busy === 'export' ? DATA.exporting : DATA.exportAll}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setOutcome(null);
            setIsConfirmingImport(true);
          }}
          disabled={isBusy || isConfirmingImport}
          aria-expanded={isConfirmingImport}
          aria-controls={`${id}-confirm`}
        >
          {busy === 'import' ? DATA.importing : DATA.importAsk}
        </button>
      </div>

      {isConfirmingImport && (
        <div
          className="data-confirm"
          id={`${id}-confirm`}
          role="group"
          aria-labelledby={`${id}-confirm-text`}
        >
          <p id={`${id}-confirm-text`}>
            <strong>{DATA.importQuestion}</strong> {DATA.importQuestionMore}
          </p>
          <div className="actions">
            <button type="button" className="button danger" onClick={importFile} autoFocus>
              {DATA.importConfirm}
            </button>
            <button type="button" className="button" onClick={() => setIsConfirmingImport(false)}>
              {DATA.importCancel}
            </button>
          </div>
        </div>
      )}

      <OutcomeLines outcome={outcome} near="file" />

      <h3>{DATA.spreadsheets}</h3>
      <p className="muted">{DATA.spreadsheetsIntro}</p>
      <div className="actions">
        {CSV_CHOICES.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            className="button"
            onClick={() => void saveCsv(kind)}
            disabled={isBusy}
          >
            {busy === kind ? DATA.saving : label}
          </button>
        ))}
      </div>

      <OutcomeLines outcome={outcome} near="csv" />
    </section>
  );
}
