import { formatCount } from '../../app/day-format';
import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useUndo } from '../../app/undo';
import type { CsvKind, DataCounts } from '../../../src-main/shared/ipc-contract';
import './data-settings.css';

/** The spreadsheets a person can save, in the order the buttons show them; one per kind. */
const CSV_LABELS = {
  mood: 'Mood entries',
  habits: 'Habits',
  checkins: 'Habit check-ins',
  communication: 'Communication practice',
} as const satisfies Record<CsvKind, string>;
// The keys are exactly CsvKind: `satisfies` above refuses a missing or an extra one.
const CSV_CHOICES = Object.entries(CSV_LABELS) as [CsvKind, string][];

/** What each count is called, singular and plural, in the order a summary lists them. */
const COUNT_WORDS: Readonly<Record<keyof DataCounts, readonly [string, string]>> = {
  moodEntries: ['mood entry', 'mood entries'],
  habits: ['habit', 'habits'],
  habitCheckins: ['habit check-in', 'habit check-ins'],
  communicationEntries: ['communication entry', 'communication entries'],
  trustCheckins: ['trust check-in', 'trust check-ins'],
  stageChanges: ['stage change', 'stage changes'],
  reflections: ['reflection', 'reflections'],
  customEmotionTags: ['emotion word of your own', 'emotion words of your own'],
  settings: ['setting', 'settings'],
};

function countWords(count: number, [one, many]: readonly [string, string]): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "13 mood entries, 2 habits and 1 setting", leaving out what there is none of. */
export function describeCounts(counts: DataCounts): string {
  const parts = (Object.keys(COUNT_WORDS) as (keyof DataCounts)[])
    .filter((key) => counts[key] > 0)
    .map((key) => countWords(counts[key], COUNT_WORDS[key]));
  if (parts.length === 0) return 'nothing recorded yet';
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

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
      if (!result.value.saved) return { kind: 'done', message: 'Nothing was saved.' };
      return {
        kind: 'done',
        message:
          `Saved ${result.value.fileName} with ${describeCounts(result.value.counts)}. ` +
          'Keep it somewhere only you can reach: it holds everything you wrote.',
      };
    });

  const importFile = () =>
    run('import', async () => {
      setIsConfirmingImport(false);
      const result = await api.call('data:import', { mode: 'replace' });
      if (!result.ok) return { kind: 'problem', message: result.error.message };
      if (!result.value.imported) return { kind: 'done', message: 'Nothing was imported.' };
      // An Undo offered before the import would act on data that is no longer there.
      announce('');
      const backup = result.value.backupFileName
        ? ` Your earlier data was saved first, as the backup ${result.value.backupFileName}.`
        : '';
      return {
        kind: 'done',
        message: `Imported ${result.value.fileName}: ${describeCounts(result.value.counts)}.${backup}`,
      };
    });

  const saveCsv = (kind: CsvKind) =>
    run(kind, async () => {
      const result = await api.call('data:csv', { kind });
      if (!result.ok) return { kind: 'problem', message: result.error.message };
      if (!result.value.saved) return { kind: 'done', message: 'Nothing was saved.' };
      const rows = result.value.rows;
      return {
        kind: 'done',
        message: `Saved ${result.value.fileName} with ${formatCount(rows)} ${rows === 1 ? 'row' : 'rows'}.`,
      };
    });

  const isBusy = busy !== null;

  return (
    <section className="card data-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Export and import</h2>
      <p>
        Save everything you have recorded in one file that is yours to keep. Mending can read it
        back, on this computer or another one.
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={exportAll} disabled={isBusy}>
          {busy === 'export' ? 'Exporting…' : 'Export everything (JSON)'}
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
          {busy === 'import' ? 'Importing…' : 'Import from a file…'}
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
            <strong>Importing replaces everything in Mending with what is in the file.</strong>{' '}
            Mending backs up your current data first. A file with any problem is refused whole, and
            nothing changes.
          </p>
          <div className="actions">
            <button type="button" className="button danger" onClick={importFile} autoFocus>
              Choose a file and replace my data
            </button>
            <button type="button" className="button" onClick={() => setIsConfirmingImport(false)}>
              Keep my data as it is
            </button>
          </div>
        </div>
      )}

      <OutcomeLines outcome={outcome} near="file" />

      <h3>Spreadsheets</h3>
      <p className="muted">
        One CSV file per kind of entry, to open in a spreadsheet. They stay on this computer unless
        you move them.
      </p>
      <div className="actions">
        {CSV_CHOICES.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            className="button"
            onClick={() => void saveCsv(kind)}
            disabled={isBusy}
          >
            {busy === kind ? 'Saving…' : label}
          </button>
        ))}
      </div>

      <OutcomeLines outcome={outcome} near="csv" />
    </section>
  );
}
