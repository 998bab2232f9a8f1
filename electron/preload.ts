/**
 * The preload: the page's only way to the main process. The bridge is core/ipc's, built over
 * ipcRenderer: one function per channel of the contract; no raw ipcRenderer and no Electron
 * event object reach the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge } from '../core/ipc';

const bridge = buildBridge({
  invoke: ({ channel }, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(channel, listener) {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
});

contextBridge.exposeInMainWorld('statusPalette', bridge);
