import { COMING_LATER, FOR_NOW, PLANS, type Upcoming } from './coming-soon-copy';

export function ComingSoon({ section }: { section: Upcoming }) {
  const plan = PLANS[section];
  return (
    <section aria-labelledby="coming-soon-title" className="screen">
      <h1 id="coming-soon-title">{plan.title}</h1>
      <div className="card coming-soon">
        <p className="eyebrow">{COMING_LATER}</p>
        <p>{plan.text}</p>
        <p>
          {FOR_NOW.before}
          <a href="#/mood">{FOR_NOW.link}</a>
          {FOR_NOW.after}
        </p>
      </div>
    </section>
  );
}
