/**
 * Starting the real app for the e2e-electron specs: the Electron binary that
 * scripts/test-electron.mjs found (STATUS_PALETTE_ELECTRON), the built out/, a profile of the
 * test's own, and the hooks STATUS_PALETTE_E2E=1 makes electron/main.ts expose.
 */
import { resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import type { AppBridge, PasteCheck } from '../../core/ipc';
import type { TrayMenuItem } from '../../electron/tray-menu';

export const root = resolve(import.meta.dirname, '../..');
export const executablePath = process.env.STATUS_PALETTE_ELECTRON;
export const NO_BINARY = 'no Electron binary: run this suite with `npm run test:electron`';

export interface Hooks {
  pressHotkey(): void;
  trayMenu(): TrayMenuItem[];
  checkPaste(): PasteCheck;
  settingsFile: string;
  flushSettings(): Promise<void>;
}
export type WithHooks = typeof globalThis & { statusPalette: Hooks };
export type WithBridge = Window & { statusPalette: AppBridge };

export async function launchApp(
  userData: string,
): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: executablePath!,
    // Chromium refuses to run as root (containers, CI) with its sandbox on.
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: root,
    env: { ...process.env, STATUS_PALETTE_E2E: '1', STATUS_PALETTE_USER_DATA: userData },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}
