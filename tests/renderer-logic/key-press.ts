import type { KeyPress } from '../../renderer/src/lib/keymap';

/** A key typed with the given modifiers held (none by default). */
export const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
