import type { JourneyPartProps } from '../journey-part';

/** Placeholder until this part lands (issue 9); replaced whole by the part's own screen. */
export function SlowPart(_props: JourneyPartProps) {
  return (
    <section className="card" aria-label="Take it Slow">
      <h2>Take it Slow</h2>
    </section>
  );
}
