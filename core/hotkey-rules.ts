/**
 * Whether an accelerator may be the global hotkey, and if not, why: it needs a modifier that
 * makes a shortcut, and it must not be one of the systems' or editors' own shortcuts.
 *
 * The rules are the same on every platform, because a settings file travels: an accelerator is
 * refused when it would be one of those shortcuts on any of them.
 */
import {
  describe,
  heldSet,
  parseAccelerator,
  type Accelerator,
  type HeldModifier,
  type KeyboardPlatform,
  type Modifier,
} from './accelerator';

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
