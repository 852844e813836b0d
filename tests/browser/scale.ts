import type { Locator } from 'playwright-core';

/**
 * Chooses `n` on the scale whose legend starts with `legend` (mood 1-10, how much it hurts
 * 0-10), inside `scope`: the same scale on Today and on the Mood screen.
 */
export async function chooseOnScale(scope: Locator, legend: RegExp, n: number | string) {
  await scaleOf(scope, legend)
    .getByRole('radio', { name: new RegExp(`^${n}(,|$)`) })
    .check();
}

/** The scale's group, for its aria-invalid and aria-describedby. */
export function scaleOf(scope: Locator, legend: RegExp): Locator {
  return scope.getByRole('group', { name: legend });
}
