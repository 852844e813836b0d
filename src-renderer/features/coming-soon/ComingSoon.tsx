import { UPCOMING, UPCOMING_FOR_NOW, type UpcomingSection } from '../../app/app-copy';

/** A section still being made, said softly; no sample data stands in for a person's own. */
export function ComingSoon({ section }: { section: UpcomingSection }) {
  const plan = UPCOMING[section];
  return (
    <section aria-labelledby="coming-soon-title" className="screen">
      <h1 id="coming-soon-title">{plan.title}</h1>
      <div className="card coming-soon">
        <p>{plan.text}</p>
        <p>
          {UPCOMING_FOR_NOW.before}
          <a href="#/mood">{UPCOMING_FOR_NOW.link}</a>
          {UPCOMING_FOR_NOW.after}
        </p>
      </div>
    </section>
  );
}
