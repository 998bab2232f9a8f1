/**
 * Recording the global hotkey: a key press in the window becomes an Electron accelerator, held
 * to the same rules (core/accelerator.ts) as a hotkey from IPC or from the settings file. The
 * main process has the last word: it checks the accelerator again and tries to register it.
 */
import type { KeyboardPlatform, Modifier } from './accelerator';
import { acceleratorProblem } from './hotkey-rules';

/** The parts of a KeyboardEvent that say which keys were held. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export type Recording =
  /** Only modifiers so far: what they read as, to show while the person is still pressing. */
  | { state: 'partial'; modifiers: Modifier[] }
  | { state: 'done'; accelerator: string }
  | { state: 'invalid'; message: string };

const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'OS']);

/** KeyboardEvent.code values (https://www.w3.org/TR/uievents-code/) that are not letters or digits. */
const CODE_KEYS: Readonly<Record<string, string>> = {
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
function keyOfCode(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^Digit(\d)$/.exec(code);
  if (digit) return digit[1]!;
  const numpad = /^Numpad(\d)$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  return CODE_KEYS[code] ?? null;
}

/**
 * Ctrl on Windows and Linux, and Cmd on macOS, are recorded as `CommandOrControl`, so a settings
 * file means the same key wherever it travels.
 */
function modifiersOf(press: KeyPress, platform: KeyboardPlatform): Modifier[] {
  const mac = platform === 'darwin';
  const modifiers: Modifier[] = [];
  if (mac ? press.metaKey : press.ctrlKey) modifiers.push('CommandOrControl');
  if (mac && press.ctrlKey) modifiers.push('Control');
  if (!mac && press.metaKey) modifiers.push('Super');
  if (press.altKey) modifiers.push('Alt');
  if (press.shiftKey) modifiers.push('Shift');
  return modifiers;
}

/** A key press in the window as the global hotkey, checked by the same rules as everywhere. */
export function recordKeyPress(press: KeyPress, platform: KeyboardPlatform): Recording {
  const modifiers = modifiersOf(press, platform);
  if (MODIFIER_KEYS.has(press.key)) return { state: 'partial', modifiers };
  const key = keyOfCode(press.code);
  if (key === null) {
    return { state: 'invalid', message: `“${press.key}” cannot be part of a global shortcut` };
  }
  const accelerator = [...modifiers, key].join('+');
  const problem = acceleratorProblem(accelerator, platform);
  if (problem) return { state: 'invalid', message: problem };
  return { state: 'done', accelerator };
}
