import { describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS, type AppState, type CopyRequest } from '../../core/ipc';
import { DEFAULT_HOTKEY, DEFAULT_SETTINGS } from '../../core/settings';
import { APP_ORIGIN } from '../../electron/app-protocol';
import {
  registerIpcHandlers,
  senderProblem,
  type InvokeEvent,
  type IpcMainService,
  type PaletteActions,
} from '../../electron/ipc-handlers';
import { recordingLog } from './fakes';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain implements IpcMainService {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> {
    return Promise.resolve().then(() => this.handlers.get(channel)!(event, ...args));
  }
}

const paletteContents = { id: 1 };
const otherContents = { id: 2 };
const topFrame = (url: string) => ({ url, parent: null });
const fromPalette: InvokeEvent = {
  sender: paletteContents,
  senderFrame: topFrame(`${APP_ORIGIN}/index.html`),
};

const state: AppState = {
  settings: DEFAULT_SETTINGS,
  hotkey: { accelerator: DEFAULT_HOTKEY, registered: true },
  notice: null,
  appVersion: '1',
  host: 'electron',
};

function setup() {
  const ipcMain = new FakeIpcMain();
  const calls: [string, unknown][] = [];
  const actions: PaletteActions = {
    copy: (request: CopyRequest) => {
      calls.push(['copy', request]);
      return { ok: true, text: 'x', fellBackToNumber: false, note: null };
    },
    hide: () => void calls.push(['hide', undefined]),
    openExternal: async (request) => {
      calls.push(['openExternal', request]);
      return { ok: true };
    },
    getState: () => state,
    updateSettings: async (patch) => {
      calls.push(['updateSettings', patch]);
      return { ok: false, message: 'copyFormat: Invalid type' };
    },
  };
  const { log, lines } = recordingLog();
  const channels = registerIpcHandlers({
    ipcMain,
    trustedSender: () => ({ webContents: paletteContents, origin: APP_ORIGIN }),
    actions,
    log,
  });
  return { ipcMain, calls, lines, channels };
}

describe('IPC handlers', () => {
  it('handle exactly the contract’s request channels', () => {
    const { ipcMain, channels } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(channels).toEqual([...REQUEST_CHANNELS]);
  });

  it('obey the palette window', async () => {
    const { ipcMain, calls } = setup();
    const request = { code: 404, kind: 'http', format: 'fastapi', hide: true };
    expect(await ipcMain.invoke('palette:copy', fromPalette, request)).toMatchObject({ ok: true });
    expect(await ipcMain.invoke('palette:hide', fromPalette, undefined)).toBeUndefined();
    expect(await ipcMain.invoke('palette:get-state', fromPalette, undefined)).toBe(state);
    await ipcMain.invoke('palette:open-external', fromPalette, { url: 'https://www.iana.org/' });
    expect(calls.map(([name]) => name)).toEqual(['copy', 'hide', 'openExternal']);
    expect(calls[0]![1]).toEqual(request);
  });

  describe('refuse wrong senders on every channel', () => {
    const wrong: [string, InvokeEvent][] = [
      ['another webContents', { ...fromPalette, sender: otherContents }],
      [
        'a subframe',
        { sender: paletteContents, senderFrame: { url: `${APP_ORIGIN}/x`, parent: {} } },
      ],
      [
        'another origin',
        { sender: paletteContents, senderFrame: topFrame('https://evil.example/') },
      ],
      ['file://', { sender: paletteContents, senderFrame: topFrame('file:///etc/passwd') }],
      [
        'another app:// host',
        { sender: paletteContents, senderFrame: topFrame('app://evil/index.html') },
      ],
      ['a destroyed frame', { sender: paletteContents, senderFrame: null }],
    ];
    for (const [name, event] of wrong) {
      it(name, async () => {
        const { ipcMain, calls, lines } = setup();
        for (const channel of REQUEST_CHANNELS) {
          await expect(ipcMain.invoke(channel, event, undefined)).rejects.toThrow(/refused/);
        }
        expect(calls).toEqual([]);
        expect(lines).toHaveLength(REQUEST_CHANNELS.length);
      });
    }
  });

  it('refuse everything before the window exists', () => {
    expect(senderProblem(fromPalette, null)).toMatch(/does not exist/);
  });

  describe('refuse bad payloads with a logged reason', () => {
    const good = { code: 404, kind: 'http', format: 'fastapi', hide: true };
    const badCopies: [string, unknown][] = [
      ['no payload', undefined],
      ['text to copy', 'rm -rf /'],
      ['a string code', { ...good, code: '404' }],
      ['a fractional code', { ...good, code: 404.5 }],
      ['a code out of range', { ...good, code: 99999 }],
      ['an unknown format', { ...good, format: 'cobol' }],
      ['an unknown kind', { ...good, kind: 'gopher' }],
      ['a missing hide', { code: 404, kind: 'http', format: 'fastapi' }],
      ['an extra field', { ...good, text: 'anything I like' }],
      ['an array', [404]],
    ];
    for (const [name, payload] of badCopies) {
      it(`copy: ${name}`, async () => {
        const { ipcMain, calls, lines } = setup();
        const reply = await ipcMain.invoke('palette:copy', fromPalette, payload);
        expect(reply).toEqual({ ok: false, message: expect.stringMatching(/^copy refused: /) });
        expect(calls).toEqual([]);
        expect(lines[0]).toMatch(/^ipc: palette:copy refused: /);
      });
    }

    it('copy: more than one argument', async () => {
      const { ipcMain, calls } = setup();
      const reply = await ipcMain.invoke('palette:copy', fromPalette, good, 'extra');
      expect(reply).toMatchObject({ ok: false, message: /one argument/ });
      expect(calls).toEqual([]);
    });

    it('open-external: an oversized URL, a number, extra fields', async () => {
      const { ipcMain, calls } = setup();
      for (const payload of [
        { url: `https://www.iana.org/${'a'.repeat(3000)}` },
        { url: 42 },
        { url: 'https://www.iana.org/', target: '_blank' },
        'https://www.iana.org/',
      ]) {
        expect(await ipcMain.invoke('palette:open-external', fromPalette, payload)).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^link refused: /),
        });
      }
      expect(calls).toEqual([]);
    });

    it('update-settings: not an object', async () => {
      const { ipcMain, calls } = setup();
      for (const payload of [undefined, null, 'theme=dark', [1], 7]) {
        expect(await ipcMain.invoke('palette:update-settings', fromPalette, payload)).toMatchObject(
          {
            ok: false,
            message: expect.stringMatching(/^settings refused: /),
          },
        );
      }
      expect(calls).toEqual([]);
    });

    it('update-settings: a refusal from the settings rules is logged too', async () => {
      const { ipcMain, lines } = setup();
      await ipcMain.invoke('palette:update-settings', fromPalette, { copyFormat: 3 });
      expect(lines).toEqual(['ipc: palette:update-settings refused: copyFormat: Invalid type']);
    });

    it('hide and get-state take no payload', async () => {
      const { ipcMain, calls } = setup();
      await expect(ipcMain.invoke('palette:hide', fromPalette, { now: true })).rejects.toThrow(
        /refused/,
      );
      await expect(ipcMain.invoke('palette:get-state', fromPalette, 'all')).rejects.toThrow(
        /refused/,
      );
      expect(calls).toEqual([]);
    });
  });
});
