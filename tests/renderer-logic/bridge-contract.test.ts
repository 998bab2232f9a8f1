/**
 * The bridge contract, checked where it is used: the channel table and `PaletteBridge` agree,
 * the web bridge is a `PaletteBridge`, and the preload exposes exactly one function per channel
 * (with Electron replaced by a recording fake: no Electron binary is needed). The type-level
 * assertions are checked by `tsc` over tests/; the rest runs in Vitest.
 */
import { afterEach, beforeEach, describe, expect, expectTypeOf, test, vi } from 'vitest';
import {
  EVENT_CHANNELS,
  REQUEST_CHANNELS,
  type EventChannels,
  type PaletteBridge,
  type RequestChannels,
} from '../../core/ipc';
import { createWebBridge, type WebBridge } from '../../renderer/src/bridge/web-bridge';

type Request<C extends keyof RequestChannels> = RequestChannels[C]['request'];
type Reply<C extends keyof RequestChannels> = Promise<RequestChannels[C]['reply']>;

describe('types', () => {
  test('each bridge function carries its channel’s request and reply', () => {
    expectTypeOf<Parameters<PaletteBridge['copy']>>().toEqualTypeOf<[Request<'palette:copy'>]>();
    expectTypeOf<ReturnType<PaletteBridge['copy']>>().toEqualTypeOf<Reply<'palette:copy'>>();
    expectTypeOf<ReturnType<PaletteBridge['hide']>>().toEqualTypeOf<Reply<'palette:hide'>>();
    expectTypeOf<Parameters<PaletteBridge['openExternal']>[0]>().toEqualTypeOf<
      Request<'palette:open-external'>['url']
    >();
    expectTypeOf<ReturnType<PaletteBridge['openExternal']>>().toEqualTypeOf<
      Reply<'palette:open-external'>
    >();
    expectTypeOf<ReturnType<PaletteBridge['getState']>>().toEqualTypeOf<
      Reply<'palette:get-state'>
    >();
    expectTypeOf<Parameters<PaletteBridge['updateSettings']>>().toEqualTypeOf<
      [Request<'palette:update-settings'>]
    >();
    expectTypeOf<ReturnType<PaletteBridge['updateSettings']>>().toEqualTypeOf<
      Reply<'palette:update-settings'>
    >();
    expectTypeOf<Parameters<Parameters<PaletteBridge['onShown']>[0]>[0]>().toEqualTypeOf<
      EventChannels['palette:shown']
    >();
    expectTypeOf<Parameters<Parameters<PaletteBridge['onState']>[0]>[0]>().toEqualTypeOf<
      EventChannels['palette:state']
    >();
  });

  test('the web bridge is a PaletteBridge', () => {
    expectTypeOf<WebBridge>().toExtend<PaletteBridge>();
    expectTypeOf(createWebBridge).returns.toExtend<PaletteBridge>();
  });
});

describe('the preload, with a fake Electron', () => {
  const exposed = new Map<string, unknown>();
  const invoked: [string, unknown][] = [];
  const listening = new Map<string, Set<(...args: unknown[]) => void>>();

  beforeEach(() => {
    vi.resetModules();
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (channel: string, payload: unknown) => {
          invoked.push([channel, payload]);
          return { channel };
        },
        on: (channel: string, handler: (...args: unknown[]) => void) => {
          if (!listening.has(channel)) listening.set(channel, new Set());
          listening.get(channel)!.add(handler);
        },
        removeListener: (channel: string, handler: (...args: unknown[]) => void) => {
          listening.get(channel)?.delete(handler);
        },
      },
    }));
  });

  afterEach(() => {
    vi.doUnmock('electron');
    exposed.clear();
    invoked.length = 0;
    listening.clear();
  });

  test('exposes window.palette with one function per channel, each on its channel', async () => {
    await import('../../electron/preload');
    const bridge = exposed.get('palette') as PaletteBridge;
    expect([...exposed.keys()]).toEqual(['palette']);
    expect(Object.keys(bridge).sort()).toEqual(
      ['copy', 'getState', 'hide', 'onShown', 'onState', 'openExternal', 'updateSettings'].sort(),
    );

    await bridge.copy({ code: 404, kind: 'http', format: 'go', hide: true });
    await bridge.hide();
    await bridge.openExternal('https://example.org/');
    await bridge.getState();
    await bridge.updateSettings({ theme: 'dark' });
    expect(invoked).toEqual([
      ['palette:copy', { code: 404, kind: 'http', format: 'go', hide: true }],
      ['palette:hide', undefined],
      ['palette:open-external', { url: 'https://example.org/' }],
      ['palette:get-state', undefined],
      ['palette:update-settings', { theme: 'dark' }],
    ]);
    expect(new Set(invoked.map(([channel]) => channel))).toEqual(new Set(REQUEST_CHANNELS));
  });

  test('event listeners get the payload only, and can stop listening', async () => {
    await import('../../electron/preload');
    const bridge = exposed.get('palette') as PaletteBridge;
    const shown = vi.fn();
    const stop = bridge.onShown(shown);
    bridge.onState(() => {});
    expect(new Set(listening.keys())).toEqual(new Set(EVENT_CHANNELS));
    const [handler] = listening.get('palette:shown')!;
    handler!({ sender: 'an IpcRendererEvent' }, { view: 'preferences' });
    expect(shown).toHaveBeenCalledWith({ view: 'preferences' });
    stop();
    expect(listening.get('palette:shown')!.size).toBe(0);
  });
});
