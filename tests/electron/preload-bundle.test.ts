/**
 * The built preload (out/preload/index.cjs) as a sandboxed renderer runs it: CommonJS, with a
 * `require` that offers `electron` and nothing else. It must expose one function per channel of
 * the contract on `window.statusPalette` and never hand the page ipcRenderer or an Electron event.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, REQUEST_CHANNELS, type AppBridge } from '../../core/ipc';

const built = join(resolve(import.meta.dirname, '../..'), 'out', 'preload', 'index.cjs');

interface Loaded {
  exposed: Map<string, unknown>;
  invoked: [string, unknown[]][];
  listeners: Map<string, ((...args: unknown[]) => void)[]>;
  required: string[];
}

function loadPreload(): Loaded {
  const loaded: Loaded = { exposed: new Map(), invoked: [], listeners: new Map(), required: [] };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => loaded.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        loaded.invoked.push([channel, args]);
        return { ok: true };
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        loaded.listeners.set(channel, [...(loaded.listeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        loaded.listeners.set(
          channel,
          (loaded.listeners.get(channel) ?? []).filter((l) => l !== listener),
        );
      },
    },
  };
  // What a sandboxed preload gets: no Node modules, no file system.
  const sandboxRequire = (name: string) => {
    loaded.required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', readFileSync(built, 'utf8'))(
    sandboxRequire,
    module,
    module.exports,
  );
  return loaded;
}

describe('built preload', () => {
  let loaded: Loaded;
  let bridge: AppBridge;
  beforeAll(() => {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first`);
    loaded = loadPreload();
    bridge = loaded.exposed.get('statusPalette') as AppBridge;
  });

  it('is CommonJS that requires electron only', () => {
    const code = readFileSync(built, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(loaded.required).toEqual(['electron']);
  });

  it('exposes window.statusPalette and nothing else', () => {
    expect([...loaded.exposed.keys()]).toEqual(['statusPalette']);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'checkPaste',
        'copy',
        'detectStarlette',
        'forgetProjectFolder',
        'getState',
        'hide',
        'onShown',
        'onState',
        'openExternal',
        'primary',
        'updateSettings',
      ].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each request on its contract channel, with one argument', async () => {
    await bridge.copy({ code: 404, kind: 'http', format: 'fastapi' });
    await bridge.primary({ code: 429, kind: 'http', format: 'fastapi', action: 'primary' });
    await bridge.hide();
    await bridge.openExternal({ url: 'https://www.iana.org/' });
    await bridge.getState();
    await bridge.updateSettings({ theme: 'dark' });
    await bridge.detectStarlette();
    await bridge.forgetProjectFolder();
    await bridge.checkPaste();
    expect(loaded.invoked).toEqual([
      ['status-palette:copy', [{ code: 404, kind: 'http', format: 'fastapi' }]],
      [
        'status-palette:primary',
        [{ code: 429, kind: 'http', format: 'fastapi', action: 'primary' }],
      ],
      ['status-palette:hide', [undefined]],
      ['status-palette:open-external', [{ url: 'https://www.iana.org/' }]],
      ['status-palette:get-state', [undefined]],
      ['status-palette:update-settings', [{ theme: 'dark' }]],
      ['status-palette:detect-starlette', [undefined]],
      ['status-palette:forget-project-folder', [undefined]],
      ['status-palette:check-paste', [undefined]],
    ]);
    expect(new Set(loaded.invoked.map(([channel]) => channel))).toEqual(new Set(REQUEST_CHANNELS));
  });

  it('passes event payloads on without the Electron event, and stops listening', () => {
    const shown: unknown[] = [];
    const stop = bridge.onShown((event) => shown.push(event));
    bridge.onState(() => {});
    expect([...loaded.listeners.keys()].sort()).toEqual([...EVENT_CHANNELS].sort());
    const fakeEvent = { sender: 'ipcRenderer internals' };
    loaded.listeners.get('status-palette:shown')![0]!(fakeEvent, { view: 'search' });
    expect(shown).toEqual([{ view: 'search' }]);
    stop();
    expect(loaded.listeners.get('status-palette:shown')).toEqual([]);
  });
});
