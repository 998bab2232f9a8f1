/**
 * Global hotkeys as Electron spells them ("CommandOrControl+Alt+Space"), in one place for every
 * front: reading one and showing it to a person. Whether one may be the global hotkey is
 * core/hotkey-rules.ts, kept apart so that a window which only spells keys does not load the
 * table of reserved shortcuts; turning a key press into one is core/hotkey-recording.ts.
 *
 * Grammar (modifiers, key codes, what Super and CommandOrControl stand for on each OS):
 * https://www.electronjs.org/docs/latest/api/accelerator
 */

/** The platforms whose keyboards differ; anything that is not macOS or Windows reads like Linux. */
export type KeyboardPlatform = 'darwin' | 'win32' | 'linux';

export type Modifier =
  'CommandOrControl' | 'Command' | 'Control' | 'Alt' | 'AltGr' | 'Shift' | 'Super';

export interface Accelerator {
  /** Each modifier once, in the order written. */
  modifiers: readonly Modifier[];
  /** The key in Electron's own spelling: "Space", "K", "F13", "num5", "/". */
  key: string;
}

export type AcceleratorReading =
  { ok: true; accelerator: Accelerator } | { ok: false; message: string };

const MODIFIER_NAMES: ReadonlyMap<string, Modifier> = new Map([
  ['command', 'Command'],
  ['cmd', 'Command'],
  ['control', 'Control'],
  ['ctrl', 'Control'],
  ['commandorcontrol', 'CommandOrControl'],
  ['cmdorctrl', 'CommandOrControl'],
  ['alt', 'Alt'],
  ['option', 'Alt'],
  ['altgr', 'AltGr'],
  ['shift', 'Shift'],
  ['super', 'Super'],
  ['meta', 'Super'],
]);

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
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
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
/** Lower-case name to Electron's spelling; the aliases read as the key they stand for. */
const KEY_NAMES: ReadonlyMap<string, string> = new Map([
  ...NAMED_KEYS.map((name) => [name.toLowerCase(), name] as const),
  ['enter', 'Return'],
  ['esc', 'Escape'],
]);
const PUNCTUATION = new Set([...')!@#$%^&*(:;+=<,_->.?/~`{][|\\}"\'']);

function keyOf(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (part.length === 1 && PUNCTUATION.has(part)) return part;
  return KEY_NAMES.get(part.toLowerCase()) ?? null;
}

/** Reads an accelerator the way Electron does (case-insensitive), or says what is wrong with it. */
export function parseAccelerator(text: string): AcceleratorReading {
  const fail = (message: string) => ({ ok: false, message }) as const;
  if (text.trim() !== text || text === '') {
    return fail('a shortcut is written like CommandOrControl+Alt+Space, without spaces around it');
  }
  // "Ctrl++" would be Ctrl and the plus key; Electron spells that "Ctrl+Plus".
  const parts = text.split('+');
  if (parts.some((p) => p === '')) return fail('write the plus key as "Plus"');
  const last = parts.at(-1)!;
  const modifiers: Modifier[] = [];
  for (const part of parts.slice(0, -1)) {
    const modifier = MODIFIER_NAMES.get(part.toLowerCase());
    if (!modifier) return fail(`"${part}" is not a modifier (Ctrl, Alt, Shift, Super, Cmd...)`);
    if (modifiers.includes(modifier)) return fail(`"${part}" appears twice`);
    modifiers.push(modifier);
  }
  if (MODIFIER_NAMES.has(last.toLowerCase()))
    return fail('a shortcut ends with a key, not a modifier');
  const key = keyOf(last);
  if (key === null) return fail(`"${last}" is not a key Electron knows`);
  return { ok: true, accelerator: { modifiers, key } };
}

/** The keys a person holds down on one platform. */
export type HeldModifier = 'ctrl' | 'alt' | 'altgr' | 'shift' | 'super' | 'cmd';

function held(modifier: Modifier, platform: KeyboardPlatform): HeldModifier {
  const mac = platform === 'darwin';
  switch (modifier) {
    case 'CommandOrControl':
      return mac ? 'cmd' : 'ctrl';
    case 'Command':
    case 'Super':
      // Electron maps both to the Windows/Super key off macOS.
      return mac ? 'cmd' : 'super';
    case 'Control':
      return 'ctrl';
    case 'Alt':
      return 'alt';
    case 'AltGr':
      return 'altgr';
    case 'Shift':
      return 'shift';
  }
}

/** The keys held for `accelerator` on `platform`: CommandOrControl is Cmd on a Mac, Ctrl elsewhere. */
export function heldSet(accelerator: Accelerator, platform: KeyboardPlatform): Set<HeldModifier> {
  return new Set(accelerator.modifiers.map((m) => held(m, platform)));
}

/** The order Apple's menus list modifiers in (⌃⌥⇧⌘). */
const MAC_ORDER: readonly HeldModifier[] = ['ctrl', 'alt', 'altgr', 'shift', 'cmd'];
/** The Windows key first, as Windows writes Win+Ctrl+D; then Ctrl, Alt, Shift. */
const OTHER_ORDER: readonly HeldModifier[] = ['super', 'ctrl', 'alt', 'altgr', 'shift'];
/** macOS menus' symbols; no Mac key is called AltGr, and Option is where it sits. */
const MAC_SYMBOLS: Readonly<Record<HeldModifier, string>> = {
  ctrl: '⌃',
  alt: '⌥',
  altgr: '⌥',
  shift: '⇧',
  cmd: '⌘',
  super: '⌘',
};
const WORDS: Readonly<Record<HeldModifier, string>> = {
  ctrl: 'Ctrl',
  alt: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  cmd: 'Cmd',
};
const KEY_WORDS: Readonly<Record<string, string>> = {
  numdec: 'Num.',
  numadd: 'Num+',
  numsub: 'Num-',
  nummult: 'Num*',
  numdiv: 'Num/',
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`num${i}`, `Num${i}`])),
};

/** What the held modifiers read as, ready to be followed by a key: "⌥⌘" or "Ctrl+Alt+". */
export function describeModifiers(
  modifiers: readonly Modifier[],
  platform: KeyboardPlatform,
): string {
  const keys = new Set(modifiers.map((m) => held(m, platform)));
  if (platform === 'darwin') {
    return [...new Set(MAC_ORDER.filter((k) => keys.has(k)).map((k) => MAC_SYMBOLS[k]))].join('');
  }
  const superName = platform === 'win32' ? 'Win' : 'Super';
  return OTHER_ORDER.filter((k) => keys.has(k))
    .map((k) => `${k === 'super' ? superName : WORDS[k]}+`)
    .join('');
}

/** A read accelerator as a person on `platform` reads it. */
export function describe(accelerator: Accelerator, platform: KeyboardPlatform): string {
  const key = KEY_WORDS[accelerator.key] ?? accelerator.key;
  return describeModifiers(accelerator.modifiers, platform) + key;
}

/**
 * The hotkey as a person on `platform` reads it: "⌥⌘Space" on macOS, "Ctrl+Alt+Space" elsewhere.
 * Text that is not an accelerator is shown as written, so a message can still quote it.
 */
export function describeAccelerator(text: string, platform: KeyboardPlatform): string {
  const reading = parseAccelerator(text);
  return reading.ok ? describe(reading.accelerator, platform) : text;
}

/** Node's `process.platform` as a keyboard: the BSDs and others read like Linux. */
export function keyboardPlatformOf(nodePlatform: string): KeyboardPlatform {
  return nodePlatform === 'darwin' || nodePlatform === 'win32' ? nodePlatform : 'linux';
}

/** A browser's `navigator.platform` ("MacIntel", "Win32", "Linux x86_64") as a keyboard. */
export function keyboardPlatformOfNavigator(navigatorPlatform: string): KeyboardPlatform {
  if (/^(Mac|iPhone|iPad)/.test(navigatorPlatform)) return 'darwin';
  if (/^Win/.test(navigatorPlatform)) return 'win32';
  return 'linux';
}
