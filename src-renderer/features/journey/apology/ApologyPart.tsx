import type { JourneyPartProps } from '../journey-part';

/** Placeholder until this part lands (issue 9); replaced whole by the part's own screen. */
export function ApologyPart(_props: JourneyPartProps) {
  return (
    <section className="card" aria-label="Apologize">
      <h2>Apologize</h2>
    </section>
  );
}
