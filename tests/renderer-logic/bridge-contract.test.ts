/**
 * The bridge contract, checked where it is used: the channel table and `AppBridge` agree,
 * the web bridge is a `AppBridge`, and the preload exposes exactly one function per channel
 * (with Electron replaced by a recording fake: no Electron binary is needed). The type-level
 * assertions are checked by `tsc` over tests/; the rest runs in Vitest.
 */
import { afterEach, beforeEach, describe, expect, expectTypeOf, test, vi } from 'vitest';
import {
  EVENT_CHANNELS,
  REQUEST_CHANNELS,
  REQUESTS,
  type ActReply,
  type ActRequest,
  type AppState,
  type CopyRequest,
  type EventOf,
  type OpenExternalReply,
  type AppBridge,
  type PasteCheck,
  type ReplyOf,
  type RequestOf,
  type SettingsPatch,
  type SettingsReply,
} from '../../core/ipc';
import type { Settings } from '../../core/settings';
import { createWebBridge, type WebBridge } from '../../renderer/src/bridge/web-bridge';

describe('types', () => {
  test('each bridge function carries its channel’s request and reply', () => {
    expectTypeOf<Parameters<AppBridge['copy']>>().toEqualTypeOf<[RequestOf<'copy'>]>();
    expectTypeOf<ReturnType<AppBridge['copy']>>().toEqualTypeOf<Promise<ReplyOf<'copy'>>>();
    expectTypeOf<Parameters<AppBridge['primary']>>().toEqualTypeOf<[ActRequest]>();
    expectTypeOf<ReturnType<AppBridge['primary']>>().toEqualTypeOf<Promise<ActReply>>();
    expectTypeOf<Parameters<AppBridge['checkPaste']>>().toEqualTypeOf<[]>();
    expectTypeOf<ReturnType<AppBridge['checkPaste']>>().toEqualTypeOf<Promise<PasteCheck>>();
    expectTypeOf<Parameters<AppBridge['hide']>>().toEqualTypeOf<[]>();
    expectTypeOf<ReturnType<AppBridge['hide']>>().toEqualTypeOf<Promise<undefined>>();
    expectTypeOf<Parameters<AppBridge['openExternal']>>().toEqualTypeOf<[{ url: string }]>();
    expectTypeOf<ReturnType<AppBridge['openExternal']>>().toEqualTypeOf<
      Promise<OpenExternalReply>
    >();
    expectTypeOf<Parameters<AppBridge['getState']>>().toEqualTypeOf<[]>();
    expectTypeOf<ReturnType<AppBridge['getState']>>().toEqualTypeOf<Promise<AppState>>();
    expectTypeOf<Parameters<AppBridge['updateSettings']>>().toEqualTypeOf<[SettingsPatch]>();
    expectTypeOf<ReturnType<AppBridge['updateSettings']>>().toEqualTypeOf<Promise<SettingsReply>>();
    expectTypeOf<Parameters<Parameters<AppBridge['onShown']>[0]>[0]>().toEqualTypeOf<
      EventOf<'shown'>
    >();
    expectTypeOf<Parameters<Parameters<AppBridge['onState']>[0]>[0]>().toEqualTypeOf<AppState>();
  });

  test('the schemas give the types the app uses', () => {
    // The project folder is the folder dialog's, never the page's.
    expectTypeOf<SettingsPatch>().toEqualTypeOf<Partial<Omit<Settings, 'projectFolder'>>>();
    // The copy request says what to copy, never whether to hide.
    expectTypeOf<CopyRequest>().toEqualTypeOf<{
      code: number;
      kind: 'http' | 'websocket' | 'unofficial';
      format: Settings['copyFormat'];
    }>();
    expect(Object.keys(REQUESTS.copy.request.entries).sort()).toEqual(['code', 'format', 'kind']);
  });

  test('the web bridge is a AppBridge', () => {
    expectTypeOf<WebBridge>().toExtend<AppBridge>();
    expectTypeOf(createWebBridge).returns.toExtend<AppBridge>();
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

  test('exposes window.statusPalette with one function per channel, each on its channel', async () => {
    await import('../../electron/preload');
    const bridge = exposed.get('statusPalette') as AppBridge;
    expect([...exposed.keys()]).toEqual(['statusPalette']);
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

    await bridge.copy({ code: 404, kind: 'http', format: 'go' });
    await bridge.primary({ code: 429, kind: 'http', format: 'go', action: 'stay' });
    await bridge.hide();
    await bridge.openExternal({ url: 'https://example.org/' });
    await bridge.getState();
    await bridge.updateSettings({ theme: 'dark' });
    await bridge.detectStarlette();
    await bridge.forgetProjectFolder();
    await bridge.checkPaste();
    expect(invoked).toEqual([
      ['status-palette:copy', { code: 404, kind: 'http', format: 'go' }],
      ['status-palette:primary', { code: 429, kind: 'http', format: 'go', action: 'stay' }],
      ['status-palette:hide', undefined],
      ['status-palette:open-external', { url: 'https://example.org/' }],
      ['status-palette:get-state', undefined],
      ['status-palette:update-settings', { theme: 'dark' }],
      ['status-palette:detect-starlette', undefined],
      ['status-palette:forget-project-folder', undefined],
      ['status-palette:check-paste', undefined],
    ]);
    expect(new Set(invoked.map(([channel]) => channel))).toEqual(new Set(REQUEST_CHANNELS));
  });

  test('event listeners get the payload only, and can stop listening', async () => {
    await import('../../electron/preload');
    const bridge = exposed.get('statusPalette') as AppBridge;
    const shown = vi.fn();
    const stop = bridge.onShown(shown);
    bridge.onState(() => {});
    expect(new Set(listening.keys())).toEqual(new Set(EVENT_CHANNELS));
    const [handler] = listening.get('status-palette:shown')!;
    handler!({ sender: 'an IpcRendererEvent' }, { view: 'preferences' });
    expect(shown).toHaveBeenCalledWith({ view: 'preferences' });
    stop();
    expect(listening.get('status-palette:shown')!.size).toBe(0);
  });
});
