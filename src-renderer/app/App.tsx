import { Suspense, startTransition, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { ReadTrackerContext, createReadTracker } from '../api/use-query';
import { useWelcomeOnFirstStart } from '../features/welcome/use-welcome-on-first-start';
import { Screen, ScreenOpening, fetchEveryScreen, isScreenReady } from './screens';
import { SECTIONS, sectionFromHash, sectionLabel, type SectionId } from './sections';
import { SIDEBAR_PRIVACY, SKIP_TO_PAGE } from './app-copy';
import { AppCommands } from './app-commands';
import { ClockProvider } from './clock';
import { ScreenErrorBoundary } from './ErrorBoundary';
import { SampleBanner } from './SampleBanner';
import { useThemeFromSettings } from './theme';
import { UndoProvider } from './undo';

/**
 * Fetches every screen's code once the app is idle after its first screen, so opening another
 * screen later waits for its data only.
 */
function useScreensFetchedWhenIdle(): void {
  useEffect(() => {
    const fetchAll = () => void fetchEveryScreen();
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(fetchAll, 500);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(fetchAll, { timeout: 2000 });
    return () => window.cancelIdleCallback(idle);
  }, []);
}

/**
 * The section the address names. A move to a screen whose code is not in yet is a transition:
 * the screen on view stays, and stays usable, while the next one's code is read, and is replaced
 * in one step once the next can be drawn, never by a blank page in between. A screen whose code
 * is in (the usual case, see useScreensFetchedWhenIdle) is drawn at once.
 */
function useSection(): SectionId {
  const [section, setSection] = useState(() => sectionFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      const next = sectionFromHash(window.location.hash);
      if (isScreenReady(next)) setSection(next);
      else startTransition(() => setSection(next));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return section;
}

/** Moves keyboard focus past the navigation without changing the section in the address. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('content')?.focus();
}

/**
 * The app. `opensWelcomeOnFirstStart` is set by main.tsx, the real start: screens' tests render
 * the App over an empty database and would otherwise all land on the welcome.
 */
export function App({ opensWelcomeOnFirstStart = false }: { opensWelcomeOnFirstStart?: boolean }) {
  // Around the frame: the keys, the menu's commands and their dialogs reach every screen.
  return (
    <AppCommands>
      <AppFrame opensWelcomeOnFirstStart={opensWelcomeOnFirstStart} />
    </AppCommands>
  );
}

/** The app's frame: the navigation and the section on view. */
function AppFrame({ opensWelcomeOnFirstStart }: { opensWelcomeOnFirstStart: boolean }) {
  const section = useSection();
  useWelcomeOnFirstStart(opensWelcomeOnFirstStart);
  const label = sectionLabel(section);
  const { tracker: reads, attach: showReadsOn } = useMemo(() => createReadTracker(), []);
  useScreensFetchedWhenIdle();
  useThemeFromSettings();
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
            <SampleBanner />
            {/* One provider per section: a message and its Undo stay with the screen they belong to. */}
            <UndoProvider key={section}>
              {/* Inside the section's provider, so another section starts afresh. */}
              <ScreenErrorBoundary section={section}>
                <Suspense fallback={<ScreenOpening />}>
                  <Screen section={section} />
                </Suspense>
              </ScreenErrorBoundary>
            </UndoProvider>
          </ReadTrackerContext>
          {/* Narrow, the top bar has no room for the note: it moves to the foot of every page. */}
          <p className="page-foot-note">{SIDEBAR_PRIVACY}</p>
        </main>
      </div>
    </ClockProvider>
  );
}
