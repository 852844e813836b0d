import type { KeyPress } from '../../src-main/shared/shortcuts';

/** A key press with no key and no modifier held, changed by `patch`. */
export function press(patch: Partial<KeyPress>): KeyPress {
  return {
    key: '',
    code: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...patch,
  };
}
