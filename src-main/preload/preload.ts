import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/ipc-channels';
import { buildBridgeApi } from './bridge-api';

// Wrapped so the page never holds a reference to ipcRenderer or its event objects.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridgeApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
