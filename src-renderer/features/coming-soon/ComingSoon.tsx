import type { SectionId } from '../../app/sections';

type Upcoming = Exclude<SectionId, 'today' | 'mood' | 'settings'>;

/** What each screen will hold, said plainly; no sample data stands in for a person's own. */
const PLANS: Record<Upcoming, { title: string; text: string }> = {
  habits: {
    title: 'Habits',
    text: 'Soon you can name habits to build and habits to break, check in each day, and watch their strength grow. One missed day lowers it a little; it never resets you to zero.',
  },
  communication: {
    title: 'Communication',
    text: 'Soon you can log conversations you practise, with anyone, including contact with your ex you cannot avoid, and see them becoming calmer over time.',
  },
  journey: {
    title: 'Your journey',
    text: 'Soon this will walk with you through healing yourself, deciding honestly whether getting back together makes sense, and what comes after. Healing is the one sure outcome, and it counts whatever you decide.',
  },
  insights: {
    title: 'Insights',
    text: 'Soon you will see your mood, habits and conversations side by side, over weeks, months and years.',
  },
  report: {
    title: 'Report',
    text: 'Soon you can make a private progress report as a PDF or web page, to keep or to share with a therapist. It will be made on this computer and go nowhere unless you send it.',
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
