import { useQuery } from '../../api/use-query';
import { UndoMessage } from '../../app/undo';
import { AppearanceSettings } from './AppearanceSettings';
import { BackupSettings } from './BackupSettings';
import { BreakupDaySettings } from './BreakupDaySettings';
import { DataSettings } from './DataSettings';
import { DeleteEverything } from './DeleteEverything';
import { EmotionTagSettings } from './EmotionTagSettings';
import { SampleDataSettings } from './SampleDataSettings';
import { ShowDataFolder } from './ShowDataFolder';
import { SettingsFoot } from './SettingsFoot';
import { UnavoidableContactSettings } from './UnavoidableContactSettings';
import { WelcomeAgain } from '../welcome/WelcomeAgain';
import { SETTINGS_TITLE, YOUR_DATA } from './settings-copy';

/**
 * Settings: where your data lives and how it is (and is not) protected, your own words, the
 * situations you cannot avoid, backups, export and import, and Delete everything.
 */
export function SettingsScreen() {
  const { data: info, error } = useQuery('app:info', (api) => api.call('app:info', {}));

  return (
    <section aria-labelledby="settings-title" className="screen">
      <h1 id="settings-title">{SETTINGS_TITLE}</h1>
      <UndoMessage />
      <div className="card your-data">
        <h2>{YOUR_DATA.title}</h2>
        <p>{YOUR_DATA.where}</p>
        <p>{YOUR_DATA.notEncrypted}</p>
        <p>{YOUR_DATA.signedInAsYou}</p>
        <p>{YOUR_DATA.neverSends}</p>
        <p>{YOUR_DATA.yourFiles}</p>
        {error && <p role="alert">{error}</p>}
        {info && (
          <dl className="facts">
            <dt>{YOUR_DATA.dataFile}</dt>
            <dd>
              <code>{info.databasePath}</code>
              <ShowDataFolder />
            </dd>
            <dt>{YOUR_DATA.version}</dt>
            <dd>{info.version}</dd>
          </dl>
        )}
      </div>
      <EmotionTagSettings />
      <UnavoidableContactSettings />
      <BreakupDaySettings />
      <WelcomeAgain />
      <AppearanceSettings />
      <SampleDataSettings />
      <BackupSettings />
      <DataSettings />
      <DeleteEverything />
      <SettingsFoot />
    </section>
  );
}
