import { describe, expect, it } from 'vitest';
import type { HotkeyStatus } from '../../core/ipc';
import { CLASS_DESCRIPTIONS, REGISTRY, classOf } from '../../core/registry';
import { FORMAT_INFO } from '../../core/registry/formats';
import { DEFAULT_HOTKEY, DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import {
  buildTrayMenu,
  toMenuTemplate,
  trayTooltip,
  type TrayAction,
  type TrayMenuItem,
} from '../../electron/tray-menu';

const registered: HotkeyStatus = { accelerator: DEFAULT_HOTKEY, registered: true };

function menu(
  options: { settings?: Partial<Settings>; hotkey?: HotkeyStatus; notice?: string | null } = {},
) {
  return buildTrayMenu({
    registry: REGISTRY,
    classes: CLASS_DESCRIPTIONS,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    hotkey: options.hotkey ?? registered,
    notice: options.notice ?? null,
    platform: 'linux',
    classOf,
  });
}

const labels = (items: readonly TrayMenuItem[]) =>
  items.map((i) => (i.kind === 'separator' ? '---' : i.label));

function submenu(items: readonly TrayMenuItem[], label: string): TrayMenuItem[] {
  const found = items.find((i) => i.kind === 'submenu' && i.label === label);
  if (!found || found.kind !== 'submenu') throw new Error(`no submenu ${label}`);
  return found.items;
}

describe('tray menu', () => {
  it('has the issue’s shape, in order', () => {
    expect(labels(menu())).toEqual([
      'Search…',
      '---',
      'Favourites',
      'Recently copied',
      '---',
      '1xx Informational',
      '2xx Success',
      '3xx Redirection',
      '4xx Client Error',
      '5xx Server Error',
      'WebSocket close codes',
      'Unofficial codes',
      '---',
      'Copy format',
      'Paste into the previous app',
      'Launch at login',
      'Hide on blur',
      '---',
      'Preferences…',
      'Quit Status Palette',
    ]);
  });

  it('shows the hotkey beside Search…', () => {
    expect(menu()[0]).toEqual({
      kind: 'action',
      label: 'Search…',
      action: { type: 'show', view: 'search' },
      accelerator: DEFAULT_HOTKEY,
    });
  });

  it('says when the hotkey is taken, with a way to change it', () => {
    const items = menu({
      hotkey: { accelerator: DEFAULT_HOTKEY, registered: false, message: 'taken' },
    });
    expect(items[0]).not.toHaveProperty('accelerator');
    expect(items[1]).toEqual({
      kind: 'action',
      label: 'Hotkey Ctrl+Alt+Space is not available: choose another…',
      action: { type: 'show', view: 'preferences' },
    });
  });

  it('points at Preferences while there is a notice', () => {
    expect(labels(menu({ notice: 'repaired' }))).toContain('Settings need your attention…');
  });

  it('lists every registry entry once, under its class, copying in the current format', () => {
    const items = menu({ settings: { copyFormat: 'go' } });
    const classLabels = CLASS_DESCRIPTIONS.map((c) => c.title);
    const copied = classLabels.flatMap((label) => submenu(items, label));
    expect(copied).toHaveLength(REGISTRY.length);
    expect(copied.find((i) => i.kind === 'action' && i.label === '404 Not Found')).toEqual({
      kind: 'action',
      label: '404 Not Found',
      action: { type: 'copy', code: 404, format: 'go' },
    });
    expect(labels(submenu(items, 'WebSocket close codes'))[0]).toBe('1000 Normal Closure');
  });

  it('lists favourites in the current format, skipping codes the registry lacks', () => {
    const items = menu({ settings: { favourites: [429, 299, 201], copyFormat: 'number' } });
    expect(submenu(items, 'Favourites')).toEqual([
      {
        kind: 'action',
        label: '429 Too Many Requests',
        action: { type: 'copy', code: 429, format: 'number' },
      },
      {
        kind: 'action',
        label: '201 Created',
        action: { type: 'copy', code: 201, format: 'number' },
      },
    ]);
    expect(submenu(menu(), 'Favourites')).toEqual([
      { kind: 'note', label: 'No favourites yet: star a status in the window' },
    ]);
  });

  it('lists recents as they were copied, naming a format that is not the current one', () => {
    const items = menu({
      settings: {
        recents: [
          { code: 418, format: 'python', at: 2 },
          { code: 404, format: 'fastapi', at: 1 },
        ],
      },
    });
    expect(submenu(items, 'Recently copied')).toEqual([
      {
        kind: 'action',
        label: "418 I'm a Teapot (Python HTTPStatus)",
        action: { type: 'copy', code: 418, format: 'python' },
      },
      {
        kind: 'action',
        label: '404 Not Found',
        action: { type: 'copy', code: 404, format: 'fastapi' },
      },
    ]);
    expect(labels(submenu(menu(), 'Recently copied'))).toEqual(['Nothing copied yet']);
  });

  it('offers every copy format as a radio item, the current one checked', () => {
    const formats = submenu(menu({ settings: { copyFormat: 'spring' } }), 'Copy format');
    expect(formats).toHaveLength(FORMAT_INFO.length);
    expect(formats.filter((i) => i.kind === 'radio' && i.checked)).toEqual([
      {
        kind: 'radio',
        label: 'Spring HttpStatus',
        checked: true,
        action: { type: 'set-copy-format', format: 'spring' },
      },
    ]);
  });

  it('its status items paste into the previous app when Enter pastes, and copy otherwise', () => {
    const first = (items: TrayMenuItem[]) => submenu(items, '4xx Client Error')[0];
    expect(first(menu())).toMatchObject({ action: { type: 'copy', code: 400 } });
    const pasting = menu({ settings: { primaryAction: 'paste' } });
    expect(first(pasting)).toMatchObject({ action: { type: 'paste', code: 400 } });
    expect(
      pasting.find((i) => i.kind === 'checkbox' && i.label === 'Paste into the previous app'),
    ).toMatchObject({ checked: true, action: { type: 'set-paste', enabled: false } });
    expect(
      menu().find((i) => i.kind === 'checkbox' && i.label === 'Paste into the previous app'),
    ).toMatchObject({ checked: false, action: { type: 'set-paste', enabled: true } });
  });

  it('checkboxes carry the value a click sets', () => {
    const items = menu({ settings: { launchAtLogin: true, hideOnBlur: false } });
    expect(items.find((i) => i.kind === 'checkbox' && i.label === 'Launch at login')).toMatchObject(
      {
        checked: true,
        action: { type: 'set-launch-at-login', enabled: false },
      },
    );
    expect(items.find((i) => i.kind === 'checkbox' && i.label === 'Hide on blur')).toMatchObject({
      checked: false,
      action: { type: 'set-hide-on-blur', enabled: true },
    });
  });
});

describe('menu template', () => {
  it('turns items into Electron’s template, each click dispatching its action', () => {
    const dispatched: TrayAction[] = [];
    const template = toMenuTemplate(menu(), (a) => dispatched.push(a), 'linux');
    expect(template[0]).toMatchObject({
      label: 'Search…',
      accelerator: DEFAULT_HOTKEY,
      registerAccelerator: false,
    });
    expect(template[1]).toEqual({ type: 'separator' });
    const clientErrors = template.find((t) => t.label === '4xx Client Error')!;
    const notFound = (clientErrors.submenu as Electron.MenuItemConstructorOptions[]).find(
      (t) => t.label === '404 Not Found',
    )!;
    notFound.click!(undefined as never, undefined, undefined as never);
    const formats = template.find((t) => t.label === 'Copy format')!
      .submenu as Electron.MenuItemConstructorOptions[];
    expect(formats[0]).toMatchObject({ type: 'radio', checked: true });
    formats[6]!.click!(undefined as never, undefined, undefined as never);
    template.at(-1)!.click!(undefined as never, undefined, undefined as never);
    expect(dispatched).toEqual([
      { type: 'copy', code: 404, format: 'fastapi' },
      { type: 'set-copy-format', format: 'go' },
      { type: 'quit' },
    ]);
  });

  it('keeps notes disabled and escapes "&" outside macOS', () => {
    const items: TrayMenuItem[] = [
      { kind: 'note', label: 'Tom & Jerry' },
      { kind: 'action', label: 'A & B', action: { type: 'quit' } },
    ];
    expect(toMenuTemplate(items, () => {}, 'win32')).toMatchObject([
      { label: 'Tom && Jerry', enabled: false },
      { label: 'A && B' },
    ]);
    expect(toMenuTemplate(items, () => {}, 'darwin')[0]).toMatchObject({ label: 'Tom & Jerry' });
  });
});

describe('tray tooltip', () => {
  it('names the hotkey, or says it is taken', () => {
    expect(trayTooltip(registered, 'darwin')).toBe('Status Palette: press ⌥⌘Space to search');
    expect(
      trayTooltip({ accelerator: DEFAULT_HOTKEY, registered: false, message: 'taken' }, 'win32'),
    ).toBe('Status Palette: hotkey Ctrl+Alt+Space is not available; choose another in Preferences');
  });
});
