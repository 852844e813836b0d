import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { instantOfWallTime } from '../../../../src-main/shared/calendar';
import { currentTimeZone } from '../../../../src-renderer/app/clock';
import { CommunicationScreen } from '../../../../src-renderer/features/communication/CommunicationScreen';
import { MoodScreen } from '../../../../src-renderer/features/mood/MoodScreen';
import { renderWithApp } from '../../render-app';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const at = (day: string, time: string) => new Date(instantOfWallTime(day, time, currentTimeZone()));

/** The window wakes with the clock at `day` `time`. */
function wake(day: string, time: string) {
  vi.setSystemTime(at(day, time));
  act(() => {
    fireEvent.focus(window);
  });
}

/** The value of the form's field labelled `label`. */
function valueOf(form: HTMLElement, label: RegExp): string {
  const field = within(form).getByLabelText(label);
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement))
    throw new Error(`${String(label)} is not a text field.`);
  return field.value;
}
const dateOf = (form: HTMLElement) => valueOf(form, /^Date/);

describe('new-entry forms follow the clock, and never drop what is being typed', () => {
  for (const [name, Screen, formName] of [
    ['Mood', MoodScreen, /mood entry/],
    ['Communication', CommunicationScreen, /conversation/i],
  ] as const) {
    it(`${name}: an untouched form offers the new day; a touched one keeps its day and text`, async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(at('2026-11-28', '23:50'));
      const user = userEvent.setup();
      renderWithApp(<Screen />);
      const form = () => screen.getByRole('form', { name: formName });
      await waitFor(() => expect(dateOf(form())).toBe('2026-11-28'));

      wake('2026-11-29', '08:30');
      await waitFor(() => expect(dateOf(form())).toBe('2026-11-29'));

      const note = within(form()).getByLabelText(/^Note/);
      await user.type(note, 'Slept better');
      wake('2026-11-30', '07:00');
      // The day on screen has moved on, but the form the person is typing in stays as it is.
      await waitFor(() => expect(valueOf(form(), /^Note/)).toBe('Slept better'));
      expect(dateOf(form())).toBe('2026-11-29');
    });
  }
});
