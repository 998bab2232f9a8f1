/**
 * Launch at login. macOS and Windows: Electron's app.setLoginItemSettings. Linux has no such
 * API in Electron; desktops start what ~/.config/autostart holds (XDG Autostart spec), so the app
 * writes a .desktop entry there, built by a pure function, and removes it to turn it off.
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Settings as LoginItemSettings } from 'electron';
import { writeFileAtomic } from './atomic-write';

export const AUTOSTART_FILE_NAME = 'status-palette.desktop';

/** $XDG_CONFIG_HOME/autostart/status-palette.desktop, ~/.config when XDG_CONFIG_HOME is unset. */
export function autostartPath(
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string,
): string {
  const configHome = env.XDG_CONFIG_HOME?.startsWith('/')
    ? env.XDG_CONFIG_HOME
    : join(homeDir, '.config');
  return join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

/**
 * What starts the app: the AppImage file when running from one (process.execPath points inside
 * its temporary mount), the executable when installed, Electron plus the app folder in development.
 */
export function launchCommand(options: {
  execPath: string;
  appPath: string;
  isPackaged: boolean;
  appImage?: string | undefined;
}): string[] {
  if (options.appImage) return [options.appImage];
  return options.isPackaged ? [options.execPath] : [options.execPath, options.appPath];
}

// Desktop Entry spec, "The Exec key": these characters force an argument into double quotes,
// inside which ", `, $ and \ take a backslash; then the whole value is escaped as a string.
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

function quoteExecArgument(argument: string): string {
  const percent = argument.replaceAll('%', '%%'); // "%" starts a field code
  if (argument !== '' && !RESERVED.test(argument)) return percent;
  return `"${percent.replace(/(["`$\\])/g, '\\$1')}"`;
}

function escapeString(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('\r', '\\r');
}

export function desktopExecValue(argv: readonly string[]): string {
  return escapeString(argv.map(quoteExecArgument).join(' '));
}

export function autostartEntry(options: {
  name: string;
  comment: string;
  argv: readonly string[];
}): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${escapeString(options.name)}`,
    `Comment=${escapeString(options.comment)}`,
    `Exec=${desktopExecValue(options.argv)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  setLoginItemSettings: (settings: LoginItemSettings) => void;
  argv: readonly string[];
  autostartFile: string;
  write?: (path: string, data: string) => Promise<void>;
  remove?: (path: string) => Promise<void>;
}

/** Turns launching at login on or off; rejects with a reason when the OS says no. */
export function createLoginItem(deps: LoginItemDeps): (enabled: boolean) => Promise<void> {
  const write = deps.write ?? writeFileAtomic;
  const remove = deps.remove ?? ((path: string) => rm(path, { force: true }));
  return async (enabled) => {
    if (deps.platform === 'darwin') {
      deps.setLoginItemSettings({ openAtLogin: enabled });
    } else if (deps.platform === 'win32') {
      const [path, ...args] = deps.argv;
      // Electron passes args to the registry as they are: quote them for paths with spaces.
      deps.setLoginItemSettings({
        openAtLogin: enabled,
        path: path!,
        args: args.map((a) => `"${a}"`),
      });
    } else if (enabled) {
      await mkdir(dirname(deps.autostartFile), { recursive: true });
      await write(
        deps.autostartFile,
        autostartEntry({
          name: 'Status Palette',
          comment: 'HTTP and WebSocket status codes, a hotkey away',
          argv: deps.argv,
        }),
      );
    } else {
      await remove(deps.autostartFile);
    }
  };
}
