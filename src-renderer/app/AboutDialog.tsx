import { useId, useState } from 'react';
import { useQuery } from '../api/use-query';
import {
  APP_LICENCE,
  APP_LICENCE_IN_WORDS,
  OPEN_SOURCE_COMPONENTS,
  type LicenceNoticePart,
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
  showLicences: 'Licences of the open-source code inside Mending',
  licencesLead:
    'The copyright and permission notices of every open-source package built into Mending, ' +
    'as their licences ask. better-sqlite3 (with the small packages it needs) and zod come ' +
    'with the app as whole packages, each with its own licence file, and Electron’s notices ' +
    '(Chromium’s among them) are in LICENSE.electron.txt and LICENSES.chromium.html, installed ' +
    'beside Mending’s program (on a Mac, inside the app, in Contents/Resources).',
  reading: 'Reading the licences…',
  parts: {
    main: 'In the part of Mending that keeps your data and makes your report',
    window: 'In Mending’s window: the screens and charts',
  } satisfies Record<LicenceNoticePart, string>,
  missing: (path: string) =>
    `This file of licences is missing from this copy of Mending: ${path}. ` +
    'Installing Mending again puts it back; your data is kept in a file of its own and is not ' +
    'touched by it.',
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
      <LicenceNoticesToggle />
    </ModalDialog>
  );
}

/** "Licences of the open-source code inside Mending": shown below the list when asked for. */
function LicenceNoticesToggle() {
  const [isShown, setIsShown] = useState(false);
  const regionId = useId();
  return (
    <>
      <p>
        <button
          type="button"
          className="text-button"
          aria-expanded={isShown}
          aria-controls={regionId}
          onClick={() => setIsShown((shown) => !shown)}
        >
          {ABOUT.showLicences}
        </button>
      </p>
      <div id={regionId}>{isShown && <LicenceNotices />}</div>
    </>
  );
}

/**
 * The full notices, read by the main process from the files the build wrote beside the app's
 * bundles (the page itself fetches nothing). Each file scrolls in its own region, so the dialog's
 * Close stays in reach; a missing file is named, calmly, and the other still shows.
 */
function LicenceNotices() {
  const notices = useQuery('licence:list', (api) => api.call('licence:list', {}));
  if (notices.error !== null) return <p role="alert">{notices.error}</p>;
  if (notices.data === undefined) return <p className="muted">{ABOUT.reading}</p>;
  return (
    <section aria-label={ABOUT.showLicences} className="licences">
      <p className="muted">{ABOUT.licencesLead}</p>
      {notices.data.notices.map(({ part, path, text }) => (
        <div key={part}>
          <h3>{ABOUT.parts[part]}</h3>
          {text === null ? (
            <p role="alert">{ABOUT.missing(path)}</p>
          ) : (
            // Focusable, so the keyboard can scroll it; the text is the build's file, word for word.
            <pre
              className="licence-text"
              role="region"
              tabIndex={0}
              aria-label={`${ABOUT.showLicences}: ${ABOUT.parts[part]}`}
            >
              {text}
            </pre>
          )}
        </div>
      ))}
    </section>
  );
}
