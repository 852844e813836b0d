import { Fragment } from 'react';
import { SHORTCUTS, keysLabel, shortcutById } from '../../src-main/shared/shortcuts';
import { ModalDialog } from './ModalDialog';

const SHORTCUTS_TITLE = 'Keyboard shortcuts';

/** The words under the title: where else the same things are, and what typing changes. */
function shortcutsNote(isMac: boolean): string {
  const help = keysLabel(shortcutById('show-shortcuts').keys[0], isMac);
  return (
    'Shortcuts work on every screen, and the menus list them too. While you type in a box, ? is a ' +
    `question mark and ${keysLabel(shortcutById('undo').keys[0], isMac)} undoes your typing; ` +
    `${help} opens this list from anywhere. If the box holds words not saved yet, a shortcut ` +
    'that leaves the screen asks first.'
  );
}

/** Every keyboard shortcut, written the way this computer names its keys. */
export function ShortcutsHelp({
  isMac,
  onClose,
}: {
  readonly isMac: boolean;
  readonly onClose: () => void;
}) {
  return (
    <ModalDialog title={SHORTCUTS_TITLE} onClose={onClose} className="shortcuts-help">
      <p className="muted">{shortcutsNote(isMac)}</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.id}>
              <td>
                {shortcut.keys.map((keys, index) => (
                  <Fragment key={keysLabel(keys, isMac)}>
                    {index > 0 && ' or '}
                    <kbd>{keysLabel(keys, isMac)}</kbd>
                  </Fragment>
                ))}
              </td>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
