import type { JourneyPartProps } from '../journey-part';

/** Placeholder until this part lands (issue 9); replaced whole by the part's own screen. */
export function DecidePart(_props: JourneyPartProps) {
  return (
    <section className="card" aria-label="Decide">
      <h2>Decide</h2>
    </section>
  );
}
