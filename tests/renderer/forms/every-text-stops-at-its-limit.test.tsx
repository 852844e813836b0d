import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COMMUNICATION_NOTE_MAX,
  DO_DIFFERENTLY_MAX,
} from '../../../src-main/shared/domain/communication';
import { CHECKIN_NOTE_MAX, HABIT_NAME_MAX } from '../../../src-main/shared/domain/habits';
import { MOOD_NOTE_MAX } from '../../../src-main/shared/domain/mood';
import { REDACTION_NAME_MAX } from '../../../src-main/shared/domain/report';
import { EMOTION_WORD_MAX } from '../../../src-main/shared/domain/tags';
import { CommunicationScreen } from '../../../src-renderer/features/communication/CommunicationScreen';
import { HabitsScreen } from '../../../src-renderer/features/habits/HabitsScreen';
import { MoodScreen } from '../../../src-renderer/features/mood/MoodScreen';
import { ReportScreen } from '../../../src-renderer/features/report/ReportScreen';
import { EmotionTagSettings } from '../../../src-renderer/features/settings/EmotionTagSettings';
import { QuickMoodCheckIn } from '../../../src-renderer/features/today/QuickMoodCheckIn';
import { limitNote } from '../../../src-renderer/forms';

/**
 * Text as testing-library compares it: every run of white space one plain space (French writes
 * 5 000 with a narrow no-break space, which the page's text is normalised from too).
 */
function shown(text: string): string {
  return text.replace(/\s+/g, ' ');
}
import { renderWithApp } from '../render-app';

afterEach(cleanup);

type User = ReturnType<typeof userEvent.setup>;

interface TextCase {
  readonly name: string;
  readonly max: number;
  readonly screen: () => ReactElement;
  /** Finds the box, after whatever a person does to reach it. */
  readonly box: (user: User) => Promise<HTMLElement>;
}

const CASES: readonly TextCase[] = [
  {
    name: 'the mood note',
    max: MOOD_NOTE_MAX,
    screen: () => <MoodScreen />,
    box: () => screen.findByLabelText(/^Note/),
  },
  {
    name: 'the quick check-in note',
    max: MOOD_NOTE_MAX,
    screen: () => <QuickMoodCheckIn timeZone="UTC" entriesToday={0} />,
    box: async (user) => {
      await user.click(screen.getByText(/a note$/));
      return screen.getByLabelText(/^Note/);
    },
  },
  {
    name: 'what I’d do differently',
    max: DO_DIFFERENTLY_MAX,
    screen: () => <CommunicationScreen />,
    box: () => screen.findByLabelText(/do differently/),
  },
  {
    name: 'the conversation note',
    max: COMMUNICATION_NOTE_MAX,
    screen: () => <CommunicationScreen />,
    box: () => screen.findByLabelText(/^Note/),
  },
  {
    name: 'a habit’s name',
    max: HABIT_NAME_MAX,
    screen: () => <HabitsScreen />,
    box: async () =>
      within(await screen.findByRole('form', { name: 'New habit' })).getByLabelText(/^Name/),
  },
  {
    name: 'a check-in note',
    max: CHECKIN_NOTE_MAX,
    screen: () => <HabitsScreen />,
    box: async (user) => {
      const form = await screen.findByRole('form', { name: 'New habit' });
      await user.type(within(form).getByLabelText(/^Name/), 'Walk outside');
      await user.click(within(form).getByRole('button', { name: 'Add habit' }));
      const card = await screen.findByRole('listitem', { name: 'Walk outside' });
      await user.click(within(card).getByRole('button', { name: /Done/ }));
      await user.click(await within(card).findByRole('button', { name: 'Add note' }));
      return within(card).getByLabelText(/^Note/);
    },
  },
  {
    name: 'an emotion word',
    max: EMOTION_WORD_MAX,
    screen: () => <EmotionTagSettings />,
    box: () => screen.findByRole('textbox', { name: 'New word' }),
  },
  {
    name: 'a name to hide in the report',
    max: REDACTION_NAME_MAX,
    screen: () => <ReportScreen />,
    box: async (user) => {
      await user.click(screen.getByRole('radio', { name: /therapist/i }));
      return screen.findByLabelText('Add a name');
    },
  },
];

describe('free text stops at the contract’s limit and says so', () => {
  it.each(CASES)('$name', async ({ max, screen: ui, box }) => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(ui());
    const field = await box(user);
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
      throw new Error('Not a text box');
    }
    // One character short: nothing said yet.
    await user.click(field);
    await user.paste('a'.repeat(max - 1));
    await waitFor(() => expect(field.value).toHaveLength(max - 1));
    expect(screen.queryByText(shown(limitNote(max)))).toBeNull();

    // A paste past the limit keeps what fits, counted in characters a person sees.
    await user.paste('🌊🌊🌊 and more');
    await waitFor(() => expect(field.value).toBe(`${'a'.repeat(max - 1)}🌊`));
    const note = await screen.findByText(shown(limitNote(max)));
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
  });
});
