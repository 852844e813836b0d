import { useEffect } from 'react';
import { SUPPORT_SHORTCUT, supportHref } from './support-copy';

/**
 * Opens Support from anywhere with F1 (SUPPORT_SHORTCUT): it types nothing in a field, no editing
 * shortcut or menu role in src-main/app/menu.ts uses it, and it is the key people press for help.
 * With a modifier held it is left alone, for whatever else that combination may mean. The
 * keyboard focus moves to the page, as the skip link does, so the next Tab starts there.
 */
export function useSupportShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== SUPPORT_SHORTCUT) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      window.location.hash = supportHref();
      document.getElementById('content')?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
