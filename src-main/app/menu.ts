import type { MenuItemConstructorOptions } from 'electron';

/**
 * A small menu built only from Electron's roles: editing shortcuts, zoom, window controls.
 * No Help menu: its usual links open websites, and this app never sends anyone to the network.
 */
export function applicationMenuTemplate(
  platform: string,
  context: { readonly isPackaged: boolean },
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(context.isPackaged
      ? []
      : ([{ role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
