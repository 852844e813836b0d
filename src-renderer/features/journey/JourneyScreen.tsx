import { useEffect, useState } from 'react';
import { useQuery } from '../../api/use-query';
import { ReadFailure } from '../../app/read-failure';
import { UndoMessage } from '../../app/undo';
import { ApologyPart } from './apology/ApologyPart';
import { DecidePart } from './decide/DecidePart';
import { GrowPart } from './GrowPart';
import type { JourneyPartProps } from './journey-part';
import { OverviewPart } from './OverviewPart';
import { SlowPart } from './slow/SlowPart';
import {
  JOURNEY_INTRO,
  JOURNEY_TITLE,
  PARTS,
  PART_GROUPS,
  PARTS_NAV_LABEL,
  PART_LABELS,
  STAGE_PART,
  STAGE_UNREAD,
  YOUR_STAGE,
  type JourneyPartId,
} from './journey-copy';
import './journey.css';

/** The part a hash such as `#/journey?part=decide` names; the overview when it names none. */
export function partFromHash(hash: string): JourneyPartId {
  const query = hash.split('?')[1] ?? '';
  const part = new URLSearchParams(query).get('part');
  return PARTS.find((p) => p === part) ?? 'overview';
}

function usePart(): JourneyPartId {
  const [part, setPart] = useState(() => partFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPart(partFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return part;
}

function Part({ part, ...props }: JourneyPartProps & { readonly part: JourneyPartId }) {
  switch (part) {
    case 'overview':
      return <OverviewPart {...props} />;
    case 'decide':
      return <DecidePart {...props} />;
    case 'apologize':
      return <ApologyPart {...props} />;
    case 'slow':
      return <SlowPart {...props} />;
    case 'grow':
      return <GrowPart />;
    default: {
      const unhandled: never = part;
      return unhandled;
    }
  }
}

/**
 * The Journey: one part at a time (where you are, Decide, then either path: Apologize and Take it
 * Slow if the two of you get back together, Heal & Grow if you move on), chosen in a small
 * navigation that always offers every part, both paths with the same weight. The part of the
 * stage the person is in is marked, never the only one open: the app suggests and never locks.
 */
export function JourneyScreen() {
  const part = usePart();
  const stage = useQuery('stage:list', (api) => api.call('stage:list', {}));
  const stagePart = stage.data ? STAGE_PART[stage.data.current.stage] : null;

  return (
    <section aria-labelledby="journey-title" className="screen journey">
      {/* The message line shares the title's row and is only as tall as its words: no empty band
          is kept for it above the first card, and nothing below moves when a message appears. */}
      <div className="journey-head">
        <h1 id="journey-title">{JOURNEY_TITLE}</h1>
        <UndoMessage />
      </div>
      <p className="muted journey-intro">{JOURNEY_INTRO}</p>
      <nav className="journey-parts" aria-label={PARTS_NAV_LABEL}>
        {PART_GROUPS.map((group) => (
          <div key={group.parts.join()} className="journey-part-group">
            {group.label !== null && <span className="journey-path">{group.label}</span>}
            <ul aria-label={group.label ?? undefined}>
              {group.parts.map((p) => (
                <li key={p}>
                  <a href={`#/journey?part=${p}`} aria-current={p === part ? 'page' : undefined}>
                    {PART_LABELS[p]}
                    {p === stagePart && <span className="journey-here"> ({YOUR_STAGE})</span>}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {/* A failed re-read keeps the last answer on screen, beside the reason. */}
      <ReadFailure what={STAGE_UNREAD.what} instead={STAGE_UNREAD.instead} message={stage.error} />
      {stage.data && <Part part={part} stage={stage.data} onStageChanged={stage.reload} />}
    </section>
  );
}
