/**
 * Global hotkeys as Electron spells them ("CommandOrControl+Alt+Space"), in one place for every
 * front: reading one, deciding whether it may be the global hotkey and showing it to a person.
 * Turning a key press into one is core/hotkey-recording.ts.
 *
 * Grammar (modifiers, key codes, what Super and CommandOrControl stand for on each OS):
 * https://www.electronjs.org/docs/latest/api/accelerator
 *
 * The rules are the same on every platform, because a settings file travels: an accelerator is
 * refused when it would be one of the systems' or editors' own shortcuts on any of them.
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
type HeldModifier = 'ctrl' | 'alt' | 'altgr' | 'shift' | 'super' | 'cmd';

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

function heldSet(accelerator: Accelerator, platform: KeyboardPlatform): Set<HeldModifier> {
  return new Set(accelerator.modifiers.map((m) => held(m, platform)));
}

const PLATFORMS: readonly KeyboardPlatform[] = ['darwin', 'win32', 'linux'];
const PLATFORM_NAMES: Readonly<Record<KeyboardPlatform, string>> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
};

interface ReservedShortcut {
  platforms: readonly KeyboardPlatform[];
  modifiers: readonly HeldModifier[];
  key: string;
  /** What the shortcut already does, finishing "⌘C …". */
  does: string;
}

const MAC: readonly KeyboardPlatform[] = ['darwin'];
const WINDOWS_AND_LINUX: readonly KeyboardPlatform[] = ['win32', 'linux'];

const EDITING: ReadonlyArray<[key: string, does: string]> = [
  ['C', 'is Copy'],
  ['V', 'is Paste'],
  ['X', 'is Cut'],
  ['Z', 'is Undo'],
  ['A', 'is Select All'],
  ['Q', 'quits the app in front'],
  ['W', 'closes the window in front'],
];

/** The systems' and editors' own shortcuts: as the global hotkey each would stop working everywhere. */
const RESERVED: readonly ReservedShortcut[] = [
  ...EDITING.flatMap(([key, does]) => [
    { platforms: MAC, modifiers: ['cmd'], key, does } as const,
    { platforms: WINDOWS_AND_LINUX, modifiers: ['ctrl'], key, does } as const,
  ]),
  { platforms: MAC, modifiers: ['cmd'], key: 'Tab', does: 'switches apps' },
  { platforms: MAC, modifiers: ['cmd', 'shift'], key: 'Tab', does: 'switches apps' },
  { platforms: MAC, modifiers: ['cmd'], key: 'Space', does: 'opens Spotlight' },
  {
    platforms: WINDOWS_AND_LINUX,
    modifiers: ['alt'],
    key: 'F4',
    does: 'closes the window in front',
  },
  { platforms: WINDOWS_AND_LINUX, modifiers: ['alt'], key: 'Tab', does: 'switches windows' },
  {
    platforms: WINDOWS_AND_LINUX,
    modifiers: ['alt', 'shift'],
    key: 'Tab',
    does: 'switches windows',
  },
  {
    platforms: WINDOWS_AND_LINUX,
    modifiers: ['ctrl', 'alt'],
    key: 'Delete',
    does: 'belongs to the system (lock, sign out, task manager)',
  },
];

function reservedOn(accelerator: Accelerator, platform: KeyboardPlatform): ReservedShortcut | null {
  const pressed = heldSet(accelerator, platform);
  const sameModifiers = (r: ReservedShortcut) =>
    pressed.size === r.modifiers.length && r.modifiers.every((m) => pressed.has(m));
  return (
    RESERVED.find(
      (r) => r.platforms.includes(platform) && r.key === accelerator.key && sameModifiers(r),
    ) ?? null
  );
}

/** Modifiers that make a shortcut; Shift and AltGr alone only change the character typed. */
const SHORTCUT_MODIFIERS: ReadonlySet<Modifier> = new Set([
  'CommandOrControl',
  'Command',
  'Control',
  'Alt',
  'Super',
]);

/** F13–F24: no app, and no keyboard layout, gives them a meaning of their own. */
function standsAlone(key: string): boolean {
  return /^F(1[3-9]|2[0-4])$/.test(key);
}

/**
 * Why `text` cannot be the global hotkey, or null when it can. `platform`, when known, is asked
 * first, so that a refused shortcut is named the way the person reads it.
 */
export function acceleratorProblem(text: string, platform?: KeyboardPlatform): string | null {
  const reading = parseAccelerator(text);
  if (!reading.ok) return reading.message;
  const { accelerator } = reading;
  if (
    !standsAlone(accelerator.key) &&
    !accelerator.modifiers.some((m) => SHORTCUT_MODIFIERS.has(m))
  ) {
    return accelerator.modifiers.length === 0
      ? 'a global shortcut needs a modifier: Ctrl, Alt, Super or Cmd (only F13–F24 may stand alone)'
      : 'Shift and AltGr only change what a key types: a global shortcut needs Ctrl, Alt, Super or Cmd';
  }
  const order = platform ? [platform, ...PLATFORMS.filter((p) => p !== platform)] : PLATFORMS;
  for (const on of order) {
    const reserved = reservedOn(accelerator, on);
    if (!reserved) continue;
    const where = reserved.platforms.map((p) => PLATFORM_NAMES[p]).join(' and ');
    return `${describe(accelerator, on)} ${reserved.does} on ${where}; as the global hotkey it would stop doing that`;
  }
  return null;
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

function describe(accelerator: Accelerator, platform: KeyboardPlatform): string {
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
