import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import { ReadTrackerContext, createReadTracker } from '../api/use-query';
import { CommunicationScreen } from '../features/communication/CommunicationScreen';
import { HabitsScreen } from '../features/habits/HabitsScreen';
import { InsightsScreen } from '../features/insights/InsightsScreen';
import { JourneyScreen } from '../features/journey/JourneyScreen';
import { MoodScreen } from '../features/mood/MoodScreen';
import { ReportScreen } from '../features/report/ReportScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SupportScreen } from '../features/support/SupportScreen';
import { useSupportShortcut } from '../features/support/support-shortcut';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { useWelcomeOnFirstStart } from '../features/welcome/use-welcome-on-first-start';
import { TodayScreen } from '../features/today/TodayScreen';
import { SECTIONS, sectionFromHash, sectionLabel, type SectionId } from './sections';
import { SIDEBAR_PRIVACY, SKIP_TO_PAGE } from './app-copy';
import { ClockProvider } from './clock';
import { UndoProvider } from './undo';

function useSection(): SectionId {
  const [section, setSection] = useState(() => sectionFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setSection(sectionFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return section;
}

function Screen({ section }: { section: SectionId }) {
  switch (section) {
    case 'today':
      return <TodayScreen />;
    case 'mood':
      return <MoodScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'communication':
      return <CommunicationScreen />;
    case 'habits':
      return <HabitsScreen />;
    case 'report':
      return <ReportScreen />;
    case 'support':
      return <SupportScreen />;
    case 'welcome':
      return <WelcomeScreen />;
    case 'journey':
      return <JourneyScreen />;
    case 'insights':
      return <InsightsScreen />;
    default: {
      const unhandled: never = section;
      return unhandled;
    }
  }
}

/** Moves keyboard focus past the navigation without changing the section in the address. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('content')?.focus();
}

/**
 * The app's frame. `opensWelcomeOnFirstStart` is set by main.tsx, the real start: screens' tests
 * render the App over an empty database and would otherwise all land on the welcome.
 */
export function App({ opensWelcomeOnFirstStart = false }: { opensWelcomeOnFirstStart?: boolean }) {
  const section = useSection();
  useWelcomeOnFirstStart(opensWelcomeOnFirstStart);
  const label = sectionLabel(section);
  const { tracker: reads, attach: showReadsOn } = useMemo(() => createReadTracker(), []);
  useSupportShortcut();
  useEffect(() => {
    document.title = `${label} · Mending`;
  }, [label]);

  return (
    <ClockProvider>
      <div className="app">
        <a className="skip-link" href="#content" onClick={skipToContent}>
          {SKIP_TO_PAGE}
        </a>
        <nav className="sidebar" aria-label="Sections">
          <p className="brand">Mending</p>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id} className={s.id === 'support' ? 'support-link' : undefined}>
                <a
                  href={`#/${s.id}`}
                  aria-current={s.id === section ? 'page' : undefined}
                  title={'title' in s ? s.title : undefined}
                  aria-keyshortcuts={'shortcut' in s ? s.shortcut : undefined}
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
          <p className="sidebar-note">{SIDEBAR_PRIVACY}</p>
        </nav>
        {/*
          `data-screen` names the screen drawn and `data-reads-pending` (written by the tracker)
          counts its reads still waiting: together they say when a screen has settled, which the
          Chromium benchmarks wait for.
        */}
        <main
          className="content"
          id="content"
          tabIndex={-1}
          data-screen={section}
          ref={showReadsOn}
        >
          <ReadTrackerContext value={reads}>
            {/* One provider per section: a message and its Undo stay with the screen they belong to. */}
            <UndoProvider key={section}>
              <Screen section={section} />
            </UndoProvider>
          </ReadTrackerContext>
          {/* Narrow, the top bar has no room for the note: it moves to the foot of every page. */}
          <p className="page-foot-note">{SIDEBAR_PRIVACY}</p>
        </main>
      </div>
    </ClockProvider>
  );
}
