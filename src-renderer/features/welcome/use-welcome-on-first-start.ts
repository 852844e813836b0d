import { useEffect } from 'react';
import { useApi } from '../../api/api-context';

/** True for the address the app opens at: no section named yet. */
function isStartAddress(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/';
}

/**
 * Opens the welcome when the app starts while it has never been finished or skipped. Only at the
 * start address: a person already on a screen (after a reload, or a link) is never moved away
 * from it, and once the welcome is finished or skipped it never opens again uninvited.
 */
export function useWelcomeOnFirstStart(isOn: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!isOn || !isStartAddress(window.location.hash)) return;
    let isCurrent = true;
    void api.call('settings:get', {}).then((settings) => {
      // Unread settings: the app opens as usual rather than guess.
      if (!isCurrent || !settings.ok || settings.value.welcome !== 'not_shown') return;
      if (isStartAddress(window.location.hash)) window.location.hash = '#/welcome';
    });
    return () => {
      isCurrent = false;
    };
  }, [api, isOn]);
}
