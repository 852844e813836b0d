import { useQuery } from '../../api/use-query';
import { UndoMessage } from '../../app/undo';
import { BackupSettings } from './BackupSettings';
import { DataSettings } from './DataSettings';
import { EmotionTagSettings } from './EmotionTagSettings';
import { UnavoidableContactSettings } from './UnavoidableContactSettings';

/** Settings: for now, where your data lives and what the app never does with it. */
export function SettingsScreen() {
  const { data: info, error } = useQuery('app:info', (api) => api.call('app:info', {}));

  return (
    <section aria-labelledby="settings-title" className="screen">
      <h1 id="settings-title">Settings</h1>
      <UndoMessage />
      <div className="card">
        <h2>Your data</h2>
        <p>
          Everything you record is kept in one file on this computer, readable only by your user
          account. Mending makes no network connections and sends nothing anywhere.
        </p>
        {error && <p role="alert">{error}</p>}
        {info && (
          <dl className="facts">
            <dt>Data file</dt>
            <dd>
              <code>{info.databasePath}</code>
            </dd>
            <dt>Version</dt>
            <dd>{info.version}</dd>
          </dl>
        )}
      </div>
      <EmotionTagSettings />
      <UnavoidableContactSettings />
      <BackupSettings />
      <DataSettings />
    </section>
  );
}
