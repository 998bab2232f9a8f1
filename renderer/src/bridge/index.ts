/**
 * The window's one way out: `window.statusPalette` from the preload inside Electron, else the web
 * bridge. Nothing else in the renderer reaches for either.
 */
import type { AppBridge } from '$core/ipc';
import type { WebBridge } from './web-bridge';

declare global {
  interface Window {
    /** Set by electron/preload.ts through contextBridge; absent in a plain browser. */
    statusPalette?: AppBridge;
  }
}

export interface Host {
  bridge: AppBridge;
  /** The web bridge's extras (show again after a "hide"); null inside Electron. */
  web: WebBridge | null;
}

export async function connect(): Promise<Host> {
  if (window.statusPalette) return { bridge: window.statusPalette, web: null };
  // Only a browser tab runs the app service and checks its own IPC: inside Electron the main
  // process does, so the window's first chunk carries neither.
  const [{ createWebBridge }, { browserEnvironment }] = await Promise.all([
    import('./web-bridge'),
    import('./browser-environment'),
  ]);
  const web = createWebBridge(browserEnvironment());
  return { bridge: web, web };
}
