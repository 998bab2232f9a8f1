/**
 * Global hotkeys as Electron spells them ("CommandOrControl+Alt+Space"): a check that a string is
 * one, so a bad hotkey from the Preferences view is refused with a reason instead of reaching
 * `globalShortcut.register`, and the way to show one to a person on each platform.
 * Vocabulary: https://www.electronjs.org/docs/latest/api/accelerator
 */

const MODIFIERS: ReadonlyMap<string, string> = new Map(
  [
    ['Command', 'Command'],
    ['Cmd', 'Command'],
    ['Control', 'Control'],
    ['Ctrl', 'Control'],
    ['CommandOrControl', 'CommandOrControl'],
    ['CmdOrCtrl', 'CommandOrControl'],
    ['Alt', 'Alt'],
    ['Option', 'Alt'],
    ['AltGr', 'AltGr'],
    ['Shift', 'Shift'],
    ['Super', 'Super'],
    ['Meta', 'Super'],
  ].map(([name, canonical]) => [name!.toLowerCase(), canonical!]),
);

const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
  'PrintScreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
  ...Array.from({ length: 10 }, (_, i) => `num${i}`),
  ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`),
];
const NAMED_KEY_SET = new Set(NAMED_KEYS.map((k) => k.toLowerCase()));
const PUNCTUATION = new Set([...')!@#$%^&*(:;:+=<,_->.?/~`{][|\\}"\'']);

function isKey(part: string): boolean {
  if (/^[a-z0-9]$/i.test(part)) return true;
  if (part.length === 1 && PUNCTUATION.has(part)) return true;
  return NAMED_KEY_SET.has(part.toLowerCase());
}

/** Why `accelerator` cannot be a global hotkey, or null when it can. */
export function acceleratorProblem(accelerator: string): string | null {
  if (accelerator.trim() !== accelerator || accelerator === '') {
    return 'a shortcut is written like CommandOrControl+Alt+Space, without spaces around it';
  }
  // "Ctrl++" is Ctrl and the plus key; Electron spells that "Ctrl+Plus".
  const parts = accelerator.split('+');
  if (parts.some((p) => p === '')) return 'write the plus key as "Plus"';
  const key = parts.at(-1)!;
  const modifiers = parts.slice(0, -1);
  const seen = new Set<string>();
  for (const modifier of modifiers) {
    const canonical = MODIFIERS.get(modifier.toLowerCase());
    if (!canonical) return `"${modifier}" is not a modifier (Ctrl, Alt, Shift, Super, Cmd...)`;
    if (seen.has(canonical)) return `"${modifier}" appears twice`;
    seen.add(canonical);
  }
  if (MODIFIERS.has(key.toLowerCase())) return 'a shortcut ends with a key, not a modifier';
  if (!isKey(key)) return `"${key}" is not a key Electron knows`;
  // A global hotkey without a modifier would swallow that key in every other app.
  if (modifiers.length === 0 && !/^F([1-9]|1\d|2[0-4])$/i.test(key)) {
    return 'a global shortcut needs a modifier (Ctrl, Alt, Shift, Super or Cmd), or an F key';
  }
  return null;
}

const DARWIN_NAMES: Readonly<Record<string, string>> = {
  command: 'Cmd',
  cmd: 'Cmd',
  commandorcontrol: 'Cmd',
  cmdorctrl: 'Cmd',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  alt: 'Option',
  option: 'Option',
  super: 'Cmd',
  meta: 'Cmd',
};
const OTHER_NAMES: Readonly<Record<string, string>> = {
  command: 'Super',
  cmd: 'Super',
  commandorcontrol: 'Ctrl',
  cmdorctrl: 'Ctrl',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  option: 'Alt',
  meta: 'Super',
};

/** The hotkey as a person on `platform` would read it: "Ctrl+Alt+Space", "Cmd+Option+Space". */
export function describeAccelerator(accelerator: string, platform: NodeJS.Platform): string {
  const names = platform === 'darwin' ? DARWIN_NAMES : OTHER_NAMES;
  return accelerator
    .split('+')
    .map((part) => names[part.toLowerCase()] ?? part)
    .join('+');
}
