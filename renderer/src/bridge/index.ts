/**
 * The window's one way out: `window.statusPalette` from the preload inside Electron, else the web
 * bridge. Nothing else in the renderer reaches for either.
 */
import type { AppBridge } from '$core/ipc';
import { browserEnvironment } from './browser-environment';
import { createWebBridge, type WebBridge } from './web-bridge';

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

export function connect(): Host {
  if (window.statusPalette) return { bridge: window.statusPalette, web: null };
  const web = createWebBridge(browserEnvironment());
  return { bridge: web, web };
}
