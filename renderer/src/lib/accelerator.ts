/**
 * Recording the global hotkey: a key press becomes an Electron accelerator
 * (https://www.electronjs.org/docs/latest/api/accelerator), and an accelerator reads back the
 * way the platform writes shortcuts. Ctrl on Windows and Linux, and Cmd on macOS, are recorded
 * as `CommandOrControl`, so a settings file means the same key wherever it travels. The main
 * process has the last word: it checks the accelerator again and tries to register it.
 */

export interface RecordedKey {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export type Recording =
  /** Only modifiers so far: what they spell, to show while the person is still pressing. */
  | { state: 'partial'; modifiers: string[] }
  | { state: 'done'; accelerator: string }
  | { state: 'invalid'; message: string };

const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'OS']);

const CODE_NAMES: Readonly<Record<string, string>> = {
  Space: 'Space',
  Enter: 'Return',
  NumpadEnter: 'Return',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Backquote: '`',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
};

/**
 * The accelerator's key for a physical key. `code` rather than `key`: Alt+A types "å" on a Mac
 * and Shift+1 types "!", but the shortcut is still the A key or the 1 key.
 */
function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^Digit(\d)$/.exec(code);
  if (digit) return digit[1]!;
  const numpad = /^Numpad(\d)$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  return CODE_NAMES[code] ?? null;
}

export function isMacPlatform(platform: string): boolean {
  return /^(Mac|iPhone|iPad)/.test(platform);
}

function modifiersOf(press: RecordedKey, mac: boolean): string[] {
  const modifiers: string[] = [];
  if (mac ? press.metaKey : press.ctrlKey) modifiers.push('CommandOrControl');
  if (mac && press.ctrlKey) modifiers.push('Control');
  if (!mac && press.metaKey) modifiers.push('Super');
  if (press.altKey) modifiers.push('Alt');
  if (press.shiftKey) modifiers.push('Shift');
  return modifiers;
}

export function recordKey(press: RecordedKey, mac: boolean): Recording {
  const modifiers = modifiersOf(press, mac);
  if (MODIFIER_KEYS.has(press.key)) return { state: 'partial', modifiers };
  const key = keyName(press.code);
  if (key === null)
    return { state: 'invalid', message: `“${press.key}” cannot be part of a global shortcut` };
  if (modifiers.length === 0 && !/^F\d+$/.test(key)) {
    return {
      state: 'invalid',
      message: 'A global shortcut needs a modifier (Ctrl, Alt, Shift, Super or Cmd), or an F key.',
    };
  }
  return { state: 'done', accelerator: [...modifiers, key].join('+') };
}

const MAC_NAMES: Readonly<Record<string, string>> = {
  commandorcontrol: '⌘',
  cmdorctrl: '⌘',
  command: '⌘',
  cmd: '⌘',
  super: '⌘',
  meta: '⌘',
  control: '⌃',
  ctrl: '⌃',
  alt: '⌥',
  option: '⌥',
  shift: '⇧',
};

const OTHER_NAMES: Readonly<Record<string, string>> = {
  commandorcontrol: 'Ctrl',
  cmdorctrl: 'Ctrl',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  command: 'Super',
  cmd: 'Super',
  meta: 'Super',
  option: 'Alt',
};

/** "CommandOrControl+Alt+Space" as a person reads it: "Ctrl+Alt+Space", or "⌘⌥Space" on a Mac. */
export function describeAccelerator(accelerator: string, mac: boolean): string {
  const names = mac ? MAC_NAMES : OTHER_NAMES;
  const parts = accelerator.split('+').map((part) => names[part.toLowerCase()] ?? part);
  return mac ? parts.join('') : parts.join('+');
}
