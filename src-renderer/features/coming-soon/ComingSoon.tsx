import type { SectionId } from '../../app/sections';

type Upcoming = Exclude<
  SectionId,
  'today' | 'mood' | 'settings' | 'habits' | 'communication' | 'report'
>;

/** What each screen will hold, said plainly; no sample data stands in for a person's own. */
const PLANS: Record<Upcoming, { title: string; text: string }> = {
  journey: {
    title: 'Your journey',
    text: 'Soon this will walk with you through healing yourself, deciding honestly whether getting back together makes sense, and what comes after. Healing is the one sure outcome, and it counts whatever you decide.',
  },
  insights: {
    title: 'Insights',
    text: 'Soon you will see your mood, habits and conversations side by side, over weeks, months and years.',
  },
};

export function ComingSoon({ section }: { section: Upcoming }) {
  const plan = PLANS[section];
  return (
    <section aria-labelledby="coming-soon-title" className="screen">
      <h1 id="coming-soon-title">{plan.title}</h1>
      <div className="card coming-soon">
        <p className="eyebrow">Not built yet</p>
        <p>{plan.text}</p>
        <p>
          For now, you can <a href="#/mood">record how you feel</a>.
        </p>
      </div>
    </section>
  );
}
