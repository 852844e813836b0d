import { lazy, useContext, useLayoutEffect, useState, type ComponentType } from 'react';
import { ReadTrackerContext } from '../api/use-query';
import { SupportScreen } from '../features/support/SupportScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { OPENING_SCREEN } from './app-copy';
import type { SectionId } from './sections';

/*
 * Today, the first screen, comes with the app, and so does Support (small, and the one screen a
 * person may need at once, on a hard night). Every other screen is loaded when it is first
 * opened, or before that, once the first screen is up, while the app is idle (App's
 * useScreensFetchedWhenIdle), so a start reads and compiles only what Today needs. Charts, and
 * recharts, come with the screens that draw them. A test reads the build to keep it so
 * (tests/tooling/renderer-chunks.test.ts).
 */
const LOADERS = {
  mood: () => import('../features/mood/MoodScreen').then((m) => m.MoodScreen),
  habits: () => import('../features/habits/HabitsScreen').then((m) => m.HabitsScreen),
  communication: () =>
    import('../features/communication/CommunicationScreen').then((m) => m.CommunicationScreen),
  journey: () => import('../features/journey/JourneyScreen').then((m) => m.JourneyScreen),
  insights: () => import('../features/insights/InsightsScreen').then((m) => m.InsightsScreen),
  report: () => import('../features/report/ReportScreen').then((m) => m.ReportScreen),
  settings: () => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
  welcome: () => import('../features/welcome/WelcomeScreen').then((m) => m.WelcomeScreen),
} satisfies Record<Exclude<SectionId, 'today' | 'support'>, () => Promise<ComponentType>>;

type LoadedOnDemand = keyof typeof LOADERS;

function isLoadedOnDemand(section: string): section is LoadedOnDemand {
  return section in LOADERS;
}

/** The screens whose code is in, by section: drawn at once, with nothing to wait for. */
const ready = new Map<SectionId, ComponentType>([
  ['today', TodayScreen],
  ['support', SupportScreen],
]);

function load(section: LoadedOnDemand): Promise<ComponentType> {
  return LOADERS[section]().then((component) => {
    ready.set(section, component);
    return component;
  });
}

/** Each screen loaded on demand, as React.lazy draws it the first time, before its code is in. */
function lazyScreen(section: LoadedOnDemand): ComponentType {
  return lazy(() => load(section).then((component) => ({ default: component })));
}

const LAZY: Readonly<Record<LoadedOnDemand, ComponentType>> = {
  mood: lazyScreen('mood'),
  habits: lazyScreen('habits'),
  communication: lazyScreen('communication'),
  journey: lazyScreen('journey'),
  insights: lazyScreen('insights'),
  report: lazyScreen('report'),
  settings: lazyScreen('settings'),
  welcome: lazyScreen('welcome'),
};

/** True when `section`'s screen can be drawn at once, its code already in. */
export function isScreenReady(section: SectionId): boolean {
  return ready.has(section);
}

/**
 * Fetches the code of every screen loaded on demand; settles when all are in. A failed fetch is
 * ignored here: opening that screen asks for its code itself, and says so if it cannot.
 */
export async function fetchEveryScreen(): Promise<void> {
  const sections = Object.keys(LOADERS).filter(isLoadedOnDemand);
  await Promise.all(sections.map((section) => load(section).catch(() => undefined)));
}

/**
 * What shows while a screen's code is read the first time (a start on another screen, before
 * the idle fetch): nothing at first, then, only if it takes a noticeable while, a quiet line
 * (styles.css shows it after 150 ms), so a quick load never flashes. It counts as a read under
 * way, so the screen is not called settled before it is drawn.
 */
export function ScreenOpening() {
  const tracker = useContext(ReadTrackerContext);
  useLayoutEffect(() => tracker.begin(), [tracker]);
  return (
    <p className="screen-opening muted" role="status">
      {OPENING_SCREEN}
    </p>
  );
}

/**
 * The screen for `section`. Which component draws it is chosen once per visit (App keys each
 * visit by its section): the screen itself when its code is in, otherwise its lazy stand-in, so
 * the screen is never swapped for another component, and remounted, once its code arrives.
 */
export function Screen({ section }: { readonly section: SectionId }) {
  const [Component] = useState(
    () => ready.get(section) ?? (isLoadedOnDemand(section) ? LAZY[section] : TodayScreen),
  );
  return <Component />;
}
