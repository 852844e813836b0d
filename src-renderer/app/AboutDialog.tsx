import { useQuery } from '../api/use-query';
import {
  APP_LICENCE,
  APP_LICENCE_IN_WORDS,
  OPEN_SOURCE_COMPONENTS,
} from '../../src-main/shared/open-source';
import { ModalDialog } from './ModalDialog';

export const ABOUT = {
  title: 'About Mending',
  what: 'A private companion for the weeks and months after a breakup.',
  version: 'Version',
  licence: 'Licence',
  // True of the app itself: it makes no network request and has no telemetry (see the README).
  privacy:
    'Mending sends nothing anywhere: it makes no network request of any kind and has no ' +
    'telemetry. What you write is kept in a file on this computer.',
  componentsTitle: 'Open-source components',
  componentsLead:
    'Mending is built with these, each under its own licence (and each with smaller packages ' +
    'of its own, under theirs):',
} as const;

/** The app's name, version and licence, the components it ships and their licences. */
export function AboutDialog({ onClose }: { readonly onClose: () => void }) {
  const info = useQuery('app:info', (api) => api.call('app:info', {}));
  return (
    <ModalDialog title={ABOUT.title} onClose={onClose} className="about">
      <p>{ABOUT.what}</p>
      <dl className="facts">
        <dt>{ABOUT.version}</dt>
        <dd>{info.data?.version ?? (info.error ? <span role="alert">{info.error}</span> : '…')}</dd>
        <dt>{ABOUT.licence}</dt>
        <dd>
          <code>{APP_LICENCE}</code>. {APP_LICENCE_IN_WORDS}
        </dd>
      </dl>
      <p>{ABOUT.privacy}</p>
      <h3>{ABOUT.componentsTitle}</h3>
      <p className="muted">{ABOUT.componentsLead}</p>
      <ul className="components">
        {OPEN_SOURCE_COMPONENTS.map(({ name, licence, usedFor }) => (
          <li key={name}>
            <span className="component-name">{name}</span> ({licence}): {usedFor}
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
