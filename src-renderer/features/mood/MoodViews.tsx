import { ReadFailure } from '../../app/read-failure';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { MoodCalendar, type MoodCalendarProps } from '../../charts/MoodCalendar';
import { MoodGridChart, type MoodGridPoint } from '../../charts/MoodGridChart';
import { MoodTrendChart, type MoodPoint } from '../../charts/MoodTrendChart';
import * as copy from './mood-copy';

const VIEWS = [
  { id: 'trend', label: copy.VIEW_TABS.trend },
  { id: 'grid', label: copy.VIEW_TABS.grid },
  { id: 'calendar', label: copy.VIEW_TABS.calendar },
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
        <h2 id={`${id}-title`}>{copy.VIEWS_HEADING}</h2>
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
          <MoodTrendChart points={trend.points} label={trend.label} empty={copy.TREND_EMPTY} />
        )}
        {view === 'grid' && (
          <>
            <p className="hint view-intro">{copy.GRID_INTRO}</p>
            <MoodGridChart
              points={grid.points}
              withoutEnergy={grid.withoutEnergy}
              period={copy.GRID_PERIOD}
            />
          </>
        )}
        {view === 'calendar' && (
          <>
            <ReadFailure {...copy.MONTH_UNREAD} message={calendarError} />
            <MoodCalendar {...calendar} />
          </>
        )}
      </div>
    </div>
  );
}
