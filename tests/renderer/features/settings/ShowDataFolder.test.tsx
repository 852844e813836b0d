import { dirname } from 'node:path';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../../../src-renderer/features/settings/SettingsScreen';
import { createTestDatabase } from '../../../helpers/test-db';
import { createTestApp } from '../../render-app';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanup();
  for (const done of cleanups.splice(0)) done();
});

/** Settings over a real data file, with a file manager that answers `answer` and records. */
async function openSettings(answer: string) {
  const dataFile = createTestDatabase();
  cleanups.push(dataFile.cleanup);
  const opened: string[] = [];
  const app = createTestApp({
    dataFile,
    openFolder: async (folder) => {
      opened.push(folder);
      return answer;
    },
  });
  app.render(<SettingsScreen />);
  const button = await screen.findByRole('button', { name: 'Show data folder' });
  return { opened, button, folder: dirname(dataFile.path), user: userEvent.setup() };
}

describe('Show data folder', () => {
  it('sits beside the data file path and opens exactly its folder', async () => {
    const { opened, button, folder, user } = await openSettings('');
    expect(button.closest('dd')?.querySelector('code')?.textContent).toBe(
      `${folder}/mending.sqlite3`,
    );
    await user.click(button);
    const status = button.parentElement?.querySelector('[role="status"]');
    await waitFor(() =>
      expect(status?.textContent).toBe('Your data folder is open in your file manager.'),
    );
    expect(opened).toEqual([folder]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("says kindly when the system can't open it, with the folder to open by hand", async () => {
    const { button, folder, user } = await openSettings('Failed to open path');
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Mending could not open your data folder (your system said: Failed to open path). ' +
        `You can open it yourself in your file manager: it is ${folder}`,
    );
    // Pressed again, the old message goes while it asks again.
    await act(async () => {
      await user.click(button);
    });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1));
  });
});
