import type { FileDialogs } from '../../src-main/services/ports';

type SaveRequest = Parameters<FileDialogs['chooseSavePath']>[0];
type OpenRequest = Parameters<FileDialogs['chooseOpenPath']>[0];

/** The system's file dialogs, answered by a test: each call takes the next answer it was given. */
export interface FakeFiles extends FileDialogs {
  /** Paths (or null, for Cancel) the next save dialogs answer with, in order. */
  answerSave(...answers: (string | null)[]): void;
  /** Paths (or null, for Cancel) the next open dialogs answer with, in order. */
  answerOpen(...answers: (string | null)[]): void;
  /** Forgets answers no dialog has taken yet (say, when the request never reached one). */
  clearAnswers(): void;
  /** Every save dialog shown, with what it asked. */
  readonly saveRequests: SaveRequest[];
  /** Every open dialog shown, with what it asked. */
  readonly openRequests: OpenRequest[];
}

/**
 * A FileDialogs fake. A dialog shown without an answer waiting fails loudly, so a test never
 * passes because a dialog it did not expect quietly answered "cancel".
 */
export function createFakeFiles(): FakeFiles {
  const saves: (string | null)[] = [];
  const opens: (string | null)[] = [];
  const saveRequests: SaveRequest[] = [];
  const openRequests: OpenRequest[] = [];

  function next(queue: (string | null)[], dialog: string): string | null {
    const answer = queue.shift();
    if (answer === undefined)
      throw new Error(`The fake ${dialog} dialog was shown with no answer set.`);
    return answer;
  }

  return {
    answerSave: (...answers) => void saves.push(...answers),
    answerOpen: (...answers) => void opens.push(...answers),
    clearAnswers: () => {
      saves.length = 0;
      opens.length = 0;
    },
    saveRequests,
    openRequests,
    chooseSavePath(options) {
      saveRequests.push(options);
      return Promise.resolve(next(saves, 'save'));
    },
    chooseOpenPath(options) {
      openRequests.push(options);
      return Promise.resolve(next(opens, 'open'));
    },
  };
}
