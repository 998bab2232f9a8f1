/**
 * A real X11 paste target for test:paste and bench:paste: Debian's Chromium, headed, on the
 * display in DISPLAY, showing one focused textarea, and the X11 CLIPBOARD through xclip. The
 * page records every key the textarea receives and when its text last changed, so a test can
 * tell Ctrl+V from Ctrl+Shift+V and a benchmark can time the paste's arrival.
 */
import { spawnSync } from 'node:child_process';
import { type Browser, chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../renderer/chromium';
import type { ClipboardText } from '../../electron/paste/paster';

const PAGE = `<!doctype html><title>paste target</title>
<textarea id="target" rows="4" cols="60"></textarea>
<script>
  const target = document.getElementById('target');
  window.__keys = [];
  window.__changedAt = 0;
  target.addEventListener('keydown', (event) =>
    window.__keys.push({ key: event.key, ctrl: event.ctrlKey, shift: event.shiftKey, alt: event.altKey }));
  target.addEventListener('input', () => (window.__changedAt = performance.timeOrigin + performance.now()));
</script>`;

export interface PasteTarget {
  page: Page;
  /** Gives the X input focus to Chromium's window, as a window manager does after a hide. */
  focus(): void;
  /** Gives the X input focus to the root window: no application window has it. */
  unfocus(): void;
  /** Empties the field and its records, and focuses it. */
  reset(): Promise<void>;
  value(): Promise<string>;
  /** Waits until the field's text is `expected` (or the time passes) and returns what it holds. */
  waitForValue(expected: string, timeoutMs?: number): Promise<string>;
  keys(): Promise<{ key: string; ctrl: boolean; shift: boolean; alt: boolean }[]>;
  /** performance.timeOrigin + performance.now() of the field's last change (0: none since reset). */
  changedAt(): Promise<number>;
  close(): Promise<void>;
}

function xdotool(args: string[]): string {
  const result = spawnSync('xdotool', args, { encoding: 'utf8', timeout: 5000 });
  if (result.status !== 0) {
    throw new Error(`xdotool ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  }
  return result.stdout.trim();
}

export async function openPasteTarget(): Promise<PasteTarget> {
  const browser: Browser = await chromium.launch({ ...chromiumLaunchOptions, headless: false });
  const page = await browser.newPage();
  await page.setContent(PAGE);
  await page.bringToFront();
  const title = `paste target ${process.pid}`;
  await page.evaluate((text) => (document.title = text), title);
  // The window's title follows the page's; wait for X11 to show it, then take its id.
  let window = '';
  for (let attempt = 0; attempt < 50 && !window; attempt++) {
    const found = spawnSync('xdotool', ['search', '--onlyvisible', '--name', title], {
      encoding: 'utf8',
    });
    window = found.stdout.trim().split('\n')[0] ?? '';
    if (!window) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!window) throw new Error('Chromium opened no X11 window titled ' + title);

  const target: PasteTarget = {
    page,
    focus: () => void xdotool(['windowfocus', '--sync', window]),
    unfocus: () => void xdotool(['windowfocus', '1']),
    async reset() {
      await page.evaluate(() => {
        const field = document.getElementById('target') as HTMLTextAreaElement;
        field.value = '';
        field.focus();
        (window as unknown as { __keys: unknown[] }).__keys = [];
        (window as unknown as { __changedAt: number }).__changedAt = 0;
      });
      target.focus();
    },
    value: () => page.inputValue('#target'),
    async waitForValue(expected, timeoutMs = 3000) {
      const until = Date.now() + timeoutMs;
      let value = await target.value();
      while (value !== expected && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        value = await target.value();
      }
      return value;
    },
    keys: () => page.evaluate(() => (window as unknown as { __keys: [] }).__keys),
    changedAt: () =>
      page.evaluate(() => (window as unknown as { __changedAt: number }).__changedAt),
    close: () => browser.close(),
  };
  return target;
}

/** The X11 CLIPBOARD selection through xclip, which keeps serving it from a background process. */
export const x11Clipboard: ClipboardText = {
  readText() {
    const result = spawnSync('xclip', ['-selection', 'clipboard', '-o'], {
      encoding: 'utf8',
      timeout: 5000,
    });
    return result.status === 0 ? result.stdout : '';
  },
  writeText(text) {
    // xclip forks a process that owns the selection until another client takes it; with its
    // output not piped, the call returns as soon as the selection is taken.
    const result = spawnSync('xclip', ['-selection', 'clipboard', '-i'], {
      input: text,
      stdio: ['pipe', 'ignore', 'ignore'],
      timeout: 5000,
    });
    if (result.status !== 0)
      throw new Error(`xclip could not set the clipboard (${result.status})`);
  },
};
