/**
 * The tray menu as data: a pure function of the registry, the settings and the hotkey status,
 * rebuilt whenever one of them changes. A status item copies it, or pastes it into the previous
 * app when Enter pastes (the `primaryAction` setting), so the menu does what the window does. Items carry actions, not callbacks, so tests (and the
 * smoke test of the built app) read the menu as plain data; `toMenuTemplate` turns it into
 * Electron's template, dispatching each click to one handler.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { HotkeyStatus, View } from '../core/ipc';
import type { ClassDescription } from '../core/registry/descriptions/classes';
import { describeAccelerator, keyboardPlatformOf } from '../core/accelerator';
import { FORMAT_INFO, formatLabel } from '../core/registry/formats';
import type { FormatId, StatusClass, StatusEntry } from '../core/registry';
import type { Settings } from '../core/settings';

export type TrayAction =
  | { type: 'show'; view: View }
  | { type: 'copy' | 'paste'; code: number; format: FormatId }
  | { type: 'set-copy-format'; format: FormatId }
  | { type: 'set-launch-at-login'; enabled: boolean }
  | { type: 'set-hide-on-blur'; enabled: boolean }
  | { type: 'set-paste'; enabled: boolean }
  | { type: 'quit' };

export type TrayMenuItem =
  | { kind: 'action'; label: string; action: TrayAction; accelerator?: string }
  | { kind: 'checkbox' | 'radio'; label: string; checked: boolean; action: TrayAction }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] }
  | { kind: 'note'; label: string }
  | { kind: 'separator' };

export interface TrayMenuInput {
  registry: readonly StatusEntry[];
  classes: readonly ClassDescription[];
  settings: Settings;
  hotkey: HotkeyStatus;
  notice: string | null;
  platform: NodeJS.Platform;
  classOf: (entry: StatusEntry) => StatusClass;
}

/** "404 Not Found": the status line, which names 418 "I'm a teapot" where IANA says "(Unused)". */
function statusLabel(entry: Pick<StatusEntry, 'code' | 'phrase' | 'formats'>): string {
  return entry.formats['status-line'] ?? `${entry.code} ${entry.phrase}`;
}

export function buildTrayMenu(input: TrayMenuInput): TrayMenuItem[] {
  const { registry, classes, settings, hotkey, notice, platform } = input;
  const byCode = new Map(registry.map((e) => [e.code, e]));
  const pick = settings.primaryAction === 'paste' ? 'paste' : 'copy';
  const copyItem = (entry: StatusEntry, format: FormatId, label = statusLabel(entry)) =>
    ({ kind: 'action', label, action: { type: pick, code: entry.code, format } }) as const;

  const items: TrayMenuItem[] = [
    {
      kind: 'action',
      label: 'Search…',
      action: { type: 'show', view: 'search' },
      ...(hotkey.registered ? { accelerator: hotkey.accelerator } : {}),
    },
  ];
  if (!hotkey.registered) {
    const shown = describeAccelerator(hotkey.accelerator, keyboardPlatformOf(platform));
    items.push({
      kind: 'action',
      label: `Hotkey ${shown} is not available: choose another…`,
      action: { type: 'show', view: 'preferences' },
    });
  }
  if (notice !== null) {
    items.push({
      kind: 'action',
      label: 'Settings need your attention…',
      action: { type: 'show', view: 'preferences' },
    });
  }
  items.push({ kind: 'separator' });

  const favourites = settings.favourites
    .map((code) => byCode.get(code))
    .filter((e): e is StatusEntry => e !== undefined);
  items.push({
    kind: 'submenu',
    label: 'Favourites',
    items: favourites.length
      ? favourites.map((e) => copyItem(e, settings.copyFormat))
      : [{ kind: 'note', label: 'No favourites yet: star a status in the window' }],
  });
  const recents = settings.recents.flatMap((recent) => {
    const entry = byCode.get(recent.code);
    if (!entry) return [];
    // A recent copies again what was copied, in the format it was copied in.
    const label =
      recent.format === settings.copyFormat
        ? statusLabel(entry)
        : `${statusLabel(entry)} (${formatLabel(recent.format)})`;
    return [copyItem(entry, recent.format, label)];
  });
  items.push({
    kind: 'submenu',
    label: 'Recently copied',
    items: recents.length ? recents : [{ kind: 'note', label: 'Nothing copied yet' }],
  });
  items.push({ kind: 'separator' });

  for (const section of classes) {
    const entries = registry.filter((e) => input.classOf(e) === section.id);
    if (entries.length === 0) continue;
    items.push({
      kind: 'submenu',
      label: section.title,
      items: entries.map((e) => copyItem(e, settings.copyFormat)),
    });
  }
  items.push({ kind: 'separator' });

  items.push({
    kind: 'submenu',
    label: 'Copy format',
    items: FORMAT_INFO.map((f) => ({
      kind: 'radio',
      label: f.label,
      checked: f.id === settings.copyFormat,
      action: { type: 'set-copy-format', format: f.id },
    })),
  });
  items.push(
    {
      kind: 'checkbox',
      label: 'Paste into the previous app',
      checked: settings.primaryAction === 'paste',
      action: { type: 'set-paste', enabled: settings.primaryAction !== 'paste' },
    },
    {
      kind: 'checkbox',
      label: 'Launch at login',
      checked: settings.launchAtLogin,
      action: { type: 'set-launch-at-login', enabled: !settings.launchAtLogin },
    },
    {
      kind: 'checkbox',
      label: 'Hide on blur',
      checked: settings.hideOnBlur,
      action: { type: 'set-hide-on-blur', enabled: !settings.hideOnBlur },
    },
    { kind: 'separator' },
    { kind: 'action', label: 'Preferences…', action: { type: 'show', view: 'preferences' } },
    { kind: 'action', label: 'Quit Status Palette', action: { type: 'quit' } },
  );
  return items;
}

/** On Windows and Linux "&" marks a mnemonic; "&&" is a literal ampersand. */
function menuLabel(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label : label.replaceAll('&', '&&');
}

export function toMenuTemplate(
  items: readonly TrayMenuItem[],
  dispatch: (action: TrayAction) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'note':
        return { label: menuLabel(item.label, platform), enabled: false };
      case 'submenu':
        return {
          label: menuLabel(item.label, platform),
          submenu: toMenuTemplate(item.items, dispatch, platform),
        };
      case 'checkbox':
      case 'radio':
        return {
          type: item.kind,
          label: menuLabel(item.label, platform),
          checked: item.checked,
          click: () => dispatch(item.action),
        };
      case 'action':
        return {
          label: menuLabel(item.label, platform),
          // Shows the hotkey beside "Search…" without making it a second, menu-only shortcut.
          ...(item.accelerator
            ? { accelerator: item.accelerator, registerAccelerator: false }
            : {}),
          click: () => dispatch(item.action),
        };
    }
  });
}

/** The tray's tooltip (macOS, Windows; most Linux trays show none, hence the menu line too). */
export function trayTooltip(hotkey: HotkeyStatus, platform: NodeJS.Platform): string {
  const shown = describeAccelerator(hotkey.accelerator, keyboardPlatformOf(platform));
  return hotkey.registered
    ? `Status Palette: press ${shown} to search`
    : `Status Palette: hotkey ${shown} is not available; choose another in Preferences`;
}
