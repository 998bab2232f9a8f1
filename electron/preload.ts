/**
 * The preload: the page's only way to the main process. One function per channel of the
 * contract in core/ipc; no raw ipcRenderer and no Electron event object reach the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  EventChannel,
  EventChannels,
  PaletteBridge,
  RequestChannel,
  RequestChannels,
} from '../core/ipc';

function invoke<C extends RequestChannel>(
  channel: C,
  request?: RequestChannels[C]['request'],
): Promise<RequestChannels[C]['reply']> {
  return ipcRenderer.invoke(channel, request);
}

function subscribe<C extends EventChannel>(
  channel: C,
  listener: (payload: EventChannels[C]) => void,
): () => void {
  const handler = (_event: IpcRendererEvent, payload: EventChannels[C]) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const bridge: PaletteBridge = {
  copy: (request) => invoke('palette:copy', request),
  hide: () => invoke('palette:hide'),
  openExternal: (url) => invoke('palette:open-external', { url }),
  getState: () => invoke('palette:get-state'),
  updateSettings: (patch) => invoke('palette:update-settings', patch),
  onShown: (listener) => subscribe('palette:shown', listener),
  onState: (listener) => subscribe('palette:state', listener),
};

contextBridge.exposeInMainWorld('palette', bridge);
