import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { YOUR_DATA } from './settings-copy';
// The problem box is the one Export and import uses.
import './data-settings.css';
import './show-data-folder.css';

/**
 * "Show data folder": asks the app to open the folder that holds the data file in the system's
 * file manager. When the system cannot, its answer (which names the folder) is shown here, beside
 * the path, so the person can open the folder by hand.
 */
export function ShowDataFolder() {
  const api = useApi();
  const [isBusy, setIsBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ readonly ok: boolean; readonly message: string }>();

  async function show() {
    setIsBusy(true);
    setOutcome(undefined);
    const result = await api.call('app:reveal', {});
    setIsBusy(false);
    setOutcome(
      result.ok
        ? { ok: true, message: YOUR_DATA.folderShown }
        : { ok: false, message: result.error.message },
    );
  }

  return (
    <div className="show-folder">
      <button type="button" className="button" onClick={() => void show()} disabled={isBusy}>
        {isBusy ? YOUR_DATA.showingFolder : YOUR_DATA.showFolder}
      </button>
      <p role="status" aria-live="polite" className="status">
        {outcome?.ok === true ? outcome.message : ''}
      </p>
      {outcome?.ok === false && (
        <p role="alert" className="data-problem">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
