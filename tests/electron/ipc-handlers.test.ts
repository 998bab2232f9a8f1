import { describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS, type AppState, type RequestHandlers } from '../../core/ipc';
import { DEFAULT_HOTKEY, DEFAULT_SETTINGS } from '../../core/settings';
import { APP_ORIGIN } from '../../electron/app-protocol';
import {
  registerIpcHandlers,
  senderProblem,
  type InvokeEvent,
  type IpcMainService,
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
  primaryAction: 'copy-and-hide',
  project: null,
};

function setup() {
  const ipcMain = new FakeIpcMain();
  const calls: [string, unknown][] = [];
  const handlers: RequestHandlers = {
    copy: (request) => {
      calls.push(['copy', request]);
      return { ok: true, text: 'x', fellBackToNumber: false, note: null };
    },
    primary: (request) => {
      calls.push(['primary', request]);
      return {
        ok: true,
        text: 'x',
        fellBackToNumber: false,
        note: null,
        pasted: true,
        pasteProblem: null,
      };
    },
    checkPaste: () => {
      calls.push(['checkPaste', undefined]);
      return { canPaste: true, summary: 'Pastes with xdotool (X11).' };
    },
    hide: () => {
      calls.push(['hide', undefined]);
      return undefined;
    },
    openExternal: async (request) => {
      calls.push(['openExternal', request]);
      return { ok: true };
    },
    getState: () => state,
    updateSettings: async (patch) => {
      calls.push(['updateSettings', patch]);
      return { ok: false, message: 'copyFormat: Invalid type' };
    },
    detectStarlette: async () => {
      calls.push(['detectStarlette', undefined]);
      return { ok: true, state };
    },
    forgetProjectFolder: () => {
      calls.push(['forgetProjectFolder', undefined]);
      return { ok: true, state };
    },
  };
  const { log, lines } = recordingLog();
  const channels = registerIpcHandlers({
    ipcMain,
    trustedSender: () => ({ webContents: paletteContents, origin: APP_ORIGIN }),
    handlers,
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
    const request = { code: 404, kind: 'http', format: 'fastapi' };
    expect(await ipcMain.invoke('status-palette:copy', fromPalette, request)).toMatchObject({
      ok: true,
    });
    const act = { ...request, action: 'other' };
    expect(await ipcMain.invoke('status-palette:primary', fromPalette, act)).toMatchObject({
      ok: true,
      pasted: true,
    });
    expect(await ipcMain.invoke('status-palette:hide', fromPalette, undefined)).toBeUndefined();
    expect(await ipcMain.invoke('status-palette:get-state', fromPalette, undefined)).toBe(state);
    await ipcMain.invoke('status-palette:open-external', fromPalette, {
      url: 'https://www.iana.org/',
    });
    await ipcMain.invoke('status-palette:update-settings', fromPalette, { primaryAction: 'paste' });
    expect(await ipcMain.invoke('status-palette:check-paste', fromPalette, undefined)).toEqual({
      canPaste: true,
      summary: 'Pastes with xdotool (X11).',
    });
    expect(calls.map(([name]) => name)).toEqual([
      'copy',
      'primary',
      'hide',
      'openExternal',
      'updateSettings',
      'checkPaste',
    ]);
    expect(calls[0]![1]).toEqual(request);
    expect(calls[1]![1]).toEqual(act);
    expect(calls[4]![1]).toEqual({ primaryAction: 'paste' });
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
    const good = { code: 404, kind: 'http', format: 'fastapi' };
    const badCopies: [string, unknown][] = [
      ['no payload', undefined],
      ['text to copy', 'rm -rf /'],
      ['a string code', { ...good, code: '404' }],
      ['a fractional code', { ...good, code: 404.5 }],
      ['a code out of range', { ...good, code: 99999 }],
      ['an unknown format', { ...good, format: 'cobol' }],
      ['an unknown kind', { ...good, kind: 'gopher' }],
      ['a hide flag (hiding is the service’s call)', { ...good, hide: true }],
      ['a missing format', { code: 404, kind: 'http' }],
      ['an extra field', { ...good, text: 'anything I like' }],
      ['an array', [404]],
    ];
    const badActs: [string, unknown][] = [
      ['no action', good],
      ['an unknown action', { ...good, action: 'paste-twice' }],
      ['an action that is not a string', { ...good, action: 1 }],
    ];
    for (const [name, payload] of badActs) {
      it(`status-palette:primary: ${name}`, async () => {
        const { ipcMain, calls, lines } = setup();
        const reply = await ipcMain.invoke('status-palette:primary', fromPalette, payload);
        expect(reply).toEqual({ ok: false, message: expect.stringMatching(/^copy refused: /) });
        expect(calls).toEqual([]);
        expect(lines[0]).toMatch(/^ipc: status-palette:primary refused: action: /);
      });
    }
    it('status-palette:update-settings: an unknown Enter choice or a restore that is not a boolean', async () => {
      const { ipcMain, calls } = setup();
      for (const patch of [{ primaryAction: 'type-it' }, { restoreClipboard: 'yes' }]) {
        const reply = await ipcMain.invoke('status-palette:update-settings', fromPalette, patch);
        expect(reply).toEqual({ ok: false, message: expect.stringMatching(/^settings refused: /) });
      }
      expect(calls).toEqual([]);
    });
    for (const [name, payload] of badCopies) {
      for (const channel of ['status-palette:copy', 'status-palette:primary']) {
        it(`${channel}: ${name}`, async () => {
          const { ipcMain, calls, lines } = setup();
          const reply = await ipcMain.invoke(channel, fromPalette, payload);
          expect(reply).toEqual({ ok: false, message: expect.stringMatching(/^copy refused: /) });
          expect(calls).toEqual([]);
          expect(lines[0]).toMatch(new RegExp(`^ipc: ${channel} refused: `));
        });
      }
    }

    it('cuts a huge refused value short, in the log and in the reply', async () => {
      const { ipcMain, lines } = setup();
      const format = 'x'.repeat(5_000_000);
      const key = 'k'.repeat(100_000);
      const cases: [unknown, string][] = [
        [{ ...good, format }, 'x'],
        [{ ...good, [key]: 1 }, 'k'],
        [format, 'x'],
      ];
      for (const [payload, letter] of cases) {
        const reply = await ipcMain.invoke('status-palette:copy', fromPalette, payload);
        expect(reply).toEqual({ ok: false, message: expect.stringMatching(/^copy refused: /) });
        expect((reply as { message: string }).message.length).toBeLessThan(1000);
        expect(lines.at(-1)!.length).toBeLessThan(1000);
        // The start of the value is still there, to recognise it by.
        expect(lines.at(-1)).toContain(letter.repeat(190));
      }
      const frame = topFrame(`https://${'e'.repeat(1_000_000)}.example/`);
      await expect(
        ipcMain.invoke('status-palette:hide', { sender: paletteContents, senderFrame: frame }),
      ).rejects.toThrow(/^status-palette:hide refused: wrong origin .{0,300}$/);
      expect(lines.at(-1)!.length).toBeLessThan(1000);
    });

    it('copy: more than one argument', async () => {
      const { ipcMain, calls } = setup();
      const reply = await ipcMain.invoke('status-palette:copy', fromPalette, good, 'extra');
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
        expect(
          await ipcMain.invoke('status-palette:open-external', fromPalette, payload),
        ).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^link refused: /),
        });
      }
      expect(calls).toEqual([]);
    });

    it('update-settings: not an object', async () => {
      const { ipcMain, calls } = setup();
      for (const payload of [undefined, null, 'theme=dark', [1], 7]) {
        expect(
          await ipcMain.invoke('status-palette:update-settings', fromPalette, payload),
        ).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^settings refused: /),
        });
      }
      expect(calls).toEqual([]);
    });

    it('update-settings: each field against the settings schema, before the service', async () => {
      const { ipcMain, calls } = setup();
      for (const payload of [{ copyFormat: 3 }, { copyFormat: 'cobol' }, { nope: 1 }]) {
        expect(
          await ipcMain.invoke('status-palette:update-settings', fromPalette, payload),
        ).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^settings refused: (copyFormat|nope): /),
        });
      }
      expect(calls).toEqual([]);
    });

    it('update-settings: a refusal from the service is logged too', async () => {
      const { ipcMain, lines } = setup();
      await ipcMain.invoke('status-palette:update-settings', fromPalette, { copyFormat: 'go' });
      expect(lines).toEqual([
        'ipc: status-palette:update-settings refused: copyFormat: Invalid type',
      ]);
    });

    it('hide and get-state take no payload', async () => {
      const { ipcMain, calls } = setup();
      await expect(
        ipcMain.invoke('status-palette:hide', fromPalette, { now: true }),
      ).rejects.toThrow(/refused/);
      await expect(ipcMain.invoke('status-palette:get-state', fromPalette, 'all')).rejects.toThrow(
        /refused/,
      );
      expect(calls).toEqual([]);
    });
  });
});
