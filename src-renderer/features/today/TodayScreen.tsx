/** Today: a welcome for now; the daily check-in comes with the next piece of work. */
export function TodayScreen() {
  return (
    <section aria-labelledby="today-title" className="screen">
      <h1 id="today-title">Today</h1>
      <div className="card welcome">
        <p className="lead">Welcome. This is a quiet place to look after yourself.</p>
        <p>
          Healing comes first, and it is worth it whatever happens next. There are no countdowns
          here and nothing to keep up with: just notes to yourself, kept on this computer.
        </p>
        <p>
          <a className="button primary" href="#/mood">
            Record how you feel
          </a>
        </p>
        <p className="muted">
          A one-screen daily check-in, with your habits beside your mood, is coming soon.
        </p>
      </div>
    </section>
  );
}
