import { isMacPlatform, useAppCommand } from '../../app/app-commands';
import '../../app/dialogs.css';
import { keysLabel, shortcutById } from '../../../src-main/shared/shortcuts';

/**
 * The foot of Settings: About Mending (the version, the licence, the components and theirs) and
 * the keyboard shortcuts, the same dialogs as the Help menu's. Shown only inside the App, which
 * draws those dialogs.
 */
export function SettingsFoot() {
  const run = useAppCommand();
  if (!run) return null;
  const helpKeys = keysLabel(shortcutById('show-shortcuts').keys[0], isMacPlatform(navigator));
  return (
    <p className="settings-foot">
      <button type="button" className="text-button" onClick={() => run('show-about')}>
        About Mending
      </button>
      <span aria-hidden="true"> · </span>
      <button type="button" className="text-button" onClick={() => run('show-shortcuts')}>
        Keyboard shortcuts ({helpKeys})
      </button>
    </p>
  );
}
