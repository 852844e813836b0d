import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/ipc-channels';
import { MENU_COMMAND_CHANNEL, MENU_GLOBAL } from '../shared/shortcuts';
import { buildBridgeApi } from './bridge-api';
import { buildMenuBridge } from './menu-bridge';

// Wrapped so the page never holds a reference to ipcRenderer or its event objects.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridgeApi((channel, input) => ipcRenderer.invoke(channel, input)),
);

// The menu's commands, the only messages the main process pushes to the page; the event object
// (whose `sender` could send anything) stays here.
contextBridge.exposeInMainWorld(
  MENU_GLOBAL,
  buildMenuBridge((onMessage) => {
    const listener = (_event: IpcRendererEvent, command: unknown) => onMessage(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
    };
  }),
);
