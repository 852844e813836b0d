import type { BaseWindow, OpenDialogReturnValue, SaveDialogReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import { createFileDialogs, type DialogLike } from '../../src-main/app/file-dialogs';

function fakeDialog(answers: { save?: SaveDialogReturnValue; open?: OpenDialogReturnValue }) {
  const calls: unknown[][] = [];
  const dialog = {
    showSaveDialog: (...args: unknown[]) => {
      calls.push(['save', ...args]);
      return Promise.resolve(answers.save ?? { canceled: true, filePath: '' });
    },
    showOpenDialog: (...args: unknown[]) => {
      calls.push(['open', ...args]);
      return Promise.resolve(answers.open ?? { canceled: true, filePaths: [] });
    },
  } as unknown as DialogLike;
  return { dialog, calls };
}

const window = { id: 1 } as unknown as BaseWindow;

describe('file dialogs', () => {
  it('asks where to save, attached to the app window, suggesting a name in Documents', async () => {
    const { dialog, calls } = fakeDialog({ save: { canceled: false, filePath: '/home/x/r.pdf' } });
    const files = createFileDialogs(dialog, {
      window: () => window,
      documentsDir: '/home/x/Documents',
    });
    const path = await files.chooseSavePath({
      title: 'Save your report',
      defaultName: 'mending-report.pdf',
      extensions: ['pdf'],
    });
    expect(path).toBe('/home/x/r.pdf');
    expect(calls).toEqual([
      [
        'save',
        window,
        expect.objectContaining({
          title: 'Save your report',
          defaultPath: '/home/x/Documents/mending-report.pdf',
          filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        }),
      ],
    ]);
  });

  it('answers null when the person cancels, so nothing is written', async () => {
    const { dialog } = fakeDialog({});
    const files = createFileDialogs(dialog, { window: () => undefined, documentsDir: '/d' });
    expect(
      await files.chooseSavePath({ title: 't', defaultName: 'a.json', extensions: ['json'] }),
    ).toBeNull();
    expect(await files.chooseOpenPath({ title: 't', extensions: ['json'] })).toBeNull();
  });

  it('opens exactly one file', async () => {
    const { dialog, calls } = fakeDialog({
      open: { canceled: false, filePaths: ['/d/export.json'] },
    });
    const files = createFileDialogs(dialog, { window: () => window, documentsDir: '/d' });
    expect(await files.chooseOpenPath({ title: 'Import', extensions: ['json'] })).toBe(
      '/d/export.json',
    );
    expect(calls[0]?.[2]).toMatchObject({ properties: ['openFile'] });
  });
});
