import { readAll, useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import { weekdayAndDate } from '../../app/day-format';
import { UndoMessage } from '../../app/undo';
// The conversation card's words live with the Communication screen it leads to.
import * as talk from '../communication/communication-copy';
import { QuickMoodCheckIn } from './QuickMoodCheckIn';
import { TodayHabits } from './TodayHabits';
import './today.css';

/** Today: the daily check-in on one screen. Mood, each habit, and a way to log a conversation. */
export function TodayScreen() {
  const { day: today, timeZone } = useToday();
  const { data, error } = useQuery(`today:${today}`, (api) =>
    readAll({
      habits: api.call('habit:list', { day: today, includeArchived: false }),
      moods: api.call('mood:list', { from: today, to: today }),
    }),
  );

  return (
    <section aria-labelledby="today-title" className="screen">
      <h1 id="today-title">Today</h1>
      <p className="muted today-date">
        {weekdayAndDate(today)}. Healing comes first, one day at a time.
      </p>
      <UndoMessage />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="today-layout">
        <QuickMoodCheckIn timeZone={timeZone} entriesToday={data?.moods.length ?? 0} />
        <div className="today-side">
          {/* Shown once today's check-ins are read: yesterday's ticks are never shown as today's. */}
          {/* After a failed re-read, an empty list is not known to be empty: the alert says why. */}
          {data && !(error && data.habits.length === 0) && (
            <TodayHabits habits={data.habits} day={today} />
          )}
          <section className="card" aria-labelledby="today-talk-title">
            <h2 id="today-talk-title">{talk.TODAY_CARD_TITLE}</h2>
            <p className="muted">{talk.TODAY_CARD_TEXT}</p>
            <a className="button" href="#/communication?new=1">
              {talk.LOG_A_CONVERSATION}
            </a>
          </section>
        </div>
      </div>
    </section>
  );
}
