/**
 * Where the app's files are, relative to the app folder (`app.getAppPath()`: the checkout in
 * development, resources/app.asar once packaged). The build (electron.vite.config.ts) writes
 * out/; electron-builder.config.cjs packs resources/tray/ into the app beside it.
 */
import { join } from 'node:path';

export interface AppLayout {
  /** The sandboxed preload: CommonJS, because sandboxed preloads cannot be ES modules. */
  preload: string;
  /** The built window, served over app:// (electron/app-protocol.ts). */
  rendererRoot: string;
  trayIcons: string;
}

export function appLayout(appPath: string): AppLayout {
  return {
    preload: join(appPath, 'out', 'preload', 'index.cjs'),
    rendererRoot: join(appPath, 'out', 'renderer'),
    trayIcons: join(appPath, 'resources', 'tray'),
  };
}
