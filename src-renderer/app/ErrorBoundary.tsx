import { Component, type ReactNode } from 'react';
import { SECTIONS } from './sections';

/*
 * React catches a render failure only in a class component with getDerivedStateFromError (there
 * is no hook for it), so these two boundaries are the app's only classes.
 */

export const SCREEN_FAILED = {
  title: 'This screen ran into a problem',
  saved:
    'Everything you had already saved is safe: it is in the data file on this computer. ' +
    'Anything typed on this screen but not saved yet may be lost.',
  next: 'Reloading usually puts things right, or you can go to another section.',
  reload: 'Reload Mending',
  elsewhere: 'Go to Today',
} as const;

export const APP_FAILED = {
  title: 'Mending ran into a problem',
  saved:
    'Everything you had already saved is safe: it is in the data file on this computer. ' +
    'Anything typed but not saved yet may be lost.',
  next: 'Reloading usually puts things right.',
  reload: SCREEN_FAILED.reload,
} as const;

interface BoundaryProps {
  readonly children: ReactNode;
  /** What to show instead of the children once one of them has failed to draw. */
  readonly fallback: ReactNode;
}

class Boundary extends Component<BoundaryProps, { readonly hasFailed: boolean }> {
  override state = { hasFailed: false };

  // No componentDidCatch: React itself writes the failure and its components to the console
  // (createRoot's default onCaughtError), for whoever opens the developer tools.
  static getDerivedStateFromError(): { hasFailed: boolean } {
    return { hasFailed: true };
  }

  override render(): ReactNode {
    return this.state.hasFailed ? this.props.fallback : this.props.children;
  }
}

function reload(): void {
  window.location.reload();
}

/**
 * A screen that fails to draw (a bug, or its code that could not be read) is replaced by a calm
 * message; the navigation stays, so any other section is one step away. The App keys it by the
 * section, so going elsewhere and back draws the screen afresh.
 */
export function ScreenErrorBoundary({
  section,
  children,
}: {
  readonly section: string;
  readonly children: ReactNode;
}) {
  const today = SECTIONS[0];
  return (
    <Boundary
      fallback={
        <section className="screen screen-failed" aria-labelledby="screen-failed-title">
          <h1 id="screen-failed-title" tabIndex={-1}>
            {SCREEN_FAILED.title}
          </h1>
          <div className="card" role="alert">
            <p>{SCREEN_FAILED.saved}</p>
            <p>{SCREEN_FAILED.next}</p>
          </div>
          <div className="actions">
            <button type="button" className="button primary" onClick={reload}>
              {SCREEN_FAILED.reload}
            </button>
            {section !== today.id && (
              <a className="button" href={`#/${today.id}`}>
                {SCREEN_FAILED.elsewhere}
              </a>
            )}
          </div>
        </section>
      }
    >
      {children}
    </Boundary>
  );
}

/** The last resort, around the whole App: a failure outside any screen still gets a calm page. */
export function RootErrorBoundary({ children }: { readonly children: ReactNode }) {
  return (
    <Boundary
      fallback={
        <main className="fatal app-failed" aria-labelledby="app-failed-title">
          <h1 id="app-failed-title">{APP_FAILED.title}</h1>
          <div role="alert">
            <p>{APP_FAILED.saved}</p>
            <p>{APP_FAILED.next}</p>
          </div>
          <button type="button" className="button primary" onClick={reload}>
            {APP_FAILED.reload}
          </button>
        </main>
      }
    >
      {children}
    </Boundary>
  );
}
