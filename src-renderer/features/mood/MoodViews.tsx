import { ReadFailure } from '../../app/read-failure';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { MoodCalendar, type MoodCalendarProps } from '../../charts/MoodCalendar';
import { MoodGridChart, type MoodGridPoint } from '../../charts/MoodGridChart';
import { MoodTrendChart, type MoodPoint } from '../../charts/MoodTrendChart';

const VIEWS = [
  { id: 'trend', label: 'Trend' },
  { id: 'grid', label: 'Energy grid' },
  { id: 'calendar', label: 'Calendar' },
] as const;

export type MoodView = (typeof VIEWS)[number]['id'];

export interface MoodViewsProps {
  readonly trend: { readonly points: readonly MoodPoint[]; readonly label: string };
  readonly grid: { readonly points: readonly MoodGridPoint[]; readonly withoutEnergy: number };
  readonly calendar: MoodCalendarProps;
  /** Why the calendar's month could not be read, when it could not; null otherwise. */
  readonly calendarError?: string | null;
}

/**
 * Three ways to look back at mood, one at a time, behind tabs: the trend line, the
 * pleasantness x energy grid and the calendar. Arrow keys move between the tabs (the ARIA tabs
 * pattern, with the tab chosen as it gets focus).
 */
export function MoodViews({ trend, grid, calendar, calendarError = null }: MoodViewsProps) {
  const id = useId();
  const [view, setView] = useState<MoodView>('trend');
  const tabs = useRef(new Map<MoodView, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = VIEWS.findIndex((v) => v.id === view);
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % VIEWS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + VIEWS.length) % VIEWS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? VIEWS.length - 1
              : null;
    if (target === null) return;
    event.preventDefault();
    const next = VIEWS[target]?.id ?? view;
    setView(next);
    tabs.current.get(next)?.focus();
  }

  return (
    <div className="card mood-views">
      <div className="mood-views-header">
        <h2 id={`${id}-title`}>How you have been</h2>
        <div role="tablist" aria-labelledby={`${id}-title`} className="view-tabs">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              ref={(element) => {
                if (element) tabs.current.set(v.id, element);
                else tabs.current.delete(v.id);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${v.id}`}
              aria-selected={view === v.id}
              aria-controls={`${id}-panel`}
              tabIndex={view === v.id ? 0 : -1}
              className="view-tab"
              onClick={() => setView(v.id)}
              onKeyDown={onKeyDown}
            >
              {v.label}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${view}`}>
        {view === 'trend' && (
          <MoodTrendChart
            points={trend.points}
            label={trend.label}
            empty="Your mood line begins with your first entry: add one with the form on this page, even just a number."
          />
        )}
        {view === 'grid' && (
          <>
            <p className="hint view-intro">
              Across: how good your mood was. Up: how much energy you had. Bigger dots stand for
              more entries.
            </p>
            <MoodGridChart
              points={grid.points}
              withoutEnergy={grid.withoutEnergy}
              period="the last 30 days"
            />
          </>
        )}
        {view === 'calendar' && (
          <>
            <ReadFailure
              what="This month’s entries"
              instead="its days show no moods"
              message={calendarError}
            />
            <MoodCalendar {...calendar} />
          </>
        )}
      </div>
    </div>
  );
}
