import { useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/api-context';
import { dayOfInstant } from '../../../src-main/shared/calendar';
import { currentTimeZone, weekdayAndDate } from '../../app/day-format';
import { QuickMoodCheckIn } from './QuickMoodCheckIn';
import { TodayHabits, type HabitSummary } from './TodayHabits';
import './today.css';

/** Today: the daily check-in on one screen. Mood, each habit, and a way to log a conversation. */
export function TodayScreen() {
  const api = useApi();
  const timeZone = useMemo(() => currentTimeZone(), []);
  const today = dayOfInstant(new Date().toISOString(), timeZone);
  const [habits, setHabits] = useState<readonly HabitSummary[]>([]);
  const [entriesToday, setEntriesToday] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    let isCurrent = true;
    void Promise.all([
      api.call('habit:list', { day: today, includeArchived: false }),
      api.call('mood:list', { from: today, to: today }),
    ]).then(([habitList, moods]) => {
      if (!isCurrent) return;
      if (habitList.ok) setHabits(habitList.value);
      if (moods.ok) setEntriesToday(moods.value.length);
      const failure = !habitList.ok ? habitList.error : !moods.ok ? moods.error : null;
      setLoadError(failure ? failure.message : null);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, today, version]);

  return (
    <section aria-labelledby="today-title" className="screen">
      <h1 id="today-title">Today</h1>
      <p className="muted today-date">
        {weekdayAndDate(today)}. Healing comes first, one day at a time.
      </p>
      {loadError && (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      )}
      <div className="today-layout">
        <QuickMoodCheckIn timeZone={timeZone} onChanged={refresh} entriesToday={entriesToday} />
        <div className="today-side">
          <TodayHabits habits={habits} day={today} onChanged={refresh} />
          <section className="card" aria-labelledby="today-talk-title">
            <h2 id="today-talk-title">Talked with someone?</h2>
            <p className="muted">
              Practice counts, even a rehearsal on your own. Contact you cannot avoid belongs here
              too.
            </p>
            <a className="button" href="#/communication?new=1">
              Log a conversation
            </a>
          </section>
        </div>
      </div>
    </section>
  );
}
