import { currentTimeZone, todayIn } from '../../../../src-renderer/features/habits/habit-dates';
import { seedYearOfPractice } from '../../../helpers/year-of-practice';
import { createTestApp } from '../../render-app';

/** The person's today, as the screen sees it (the tests fix the clock: see useFixedClock). */
export const today = () => todayIn(currentTimeZone());

/** A test app over the real router and an in-memory database, with a year of practice in it. */
export async function appWithYear() {
  let movedTo: Date | null = null;
  const app = createTestApp({ now: () => movedTo ?? new Date() });
  await seedYearOfPractice(app.dispatch, {
    today: today(),
    timeZone: currentTimeZone(),
    setNow: (at) => {
      movedTo = at;
    },
  });
  return app;
}
