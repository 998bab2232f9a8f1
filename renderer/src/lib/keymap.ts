/**
 * What each key does in the search view, as data: the window's handlers ask
 * `listCommandForKey` (keys the search box handles) or `windowCommandForKey` (keys that work
 * anywhere in the view) and act on the answer, so the whole keyboard map is testable in Node
 * without a DOM.
 */

import { resolveAction } from '$core/enter-action';
import type { KeyPress as PhysicalKeyPress } from '$core/hotkey-recording';
import type { EnterAction, PrimaryAction } from '$core/ipc';

/** The parts of a KeyboardEvent the map looks at: the key typed, not where it sits. */
export type KeyPress = Omit<PhysicalKeyPress, 'code'>;

export type Move = 'next' | 'previous' | 'pageDown' | 'pageUp' | 'first' | 'last';

export type Command =
  | { type: 'move'; move: Move }
  /** Enter: the primary action; Shift+Enter: the other one; Ctrl/Cmd+Enter: keep the window. */
  | { type: 'act'; action: EnterAction }
  | { type: 'copyNth'; index: number }
  | { type: 'cycleFormat'; step: 1 | -1 }
  | { type: 'escape' }
  | { type: 'toggleFavourite' }
  | { type: 'preferences' };

/**
 * Ctrl on Windows and Linux, Cmd on macOS. Either is accepted everywhere: nobody presses
 * Cmd+Enter on Linux by accident, and it spares the map a platform argument.
 */
function mod(press: KeyPress): boolean {
  return press.ctrlKey || press.metaKey;
}

const MOVES: Readonly<Record<string, Move>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
  Home: 'first',
  End: 'last',
};

/**
 * Keys the search box handles itself. Shift+Home/End still select text in the box, and
 * unmodified Home/End move the highlight, as in VS Code's command palette.
 */
export function listCommandForKey(press: KeyPress): Command | null {
  const move = MOVES[press.key];
  if (move && !press.altKey && !press.shiftKey && !mod(press)) return { type: 'move', move };
  if (press.key === 'Enter' && !press.altKey) {
    if (mod(press)) return press.shiftKey ? null : { type: 'act', action: 'stay' };
    return { type: 'act', action: press.shiftKey ? 'other' : 'primary' };
  }
  return null;
}

/** Keys that work anywhere in the search view, whichever element has focus. */
export function windowCommandForKey(press: KeyPress): Command | null {
  if (press.key === 'Escape' && !mod(press) && !press.altKey) return { type: 'escape' };
  if (mod(press) && !press.altKey && !press.shiftKey) {
    if (/^[1-9]$/.test(press.key)) return { type: 'copyNth', index: Number(press.key) - 1 };
    if (press.key === ',') return { type: 'preferences' };
    if (press.key.toLowerCase() === 'd') return { type: 'toggleFavourite' };
  }
  if (press.altKey && !mod(press) && !press.shiftKey) {
    if (press.key === 'ArrowRight') return { type: 'cycleFormat', step: 1 };
    if (press.key === 'ArrowLeft') return { type: 'cycleFormat', step: -1 };
  }
  return null;
}

/** What a key hint says an Enter key does under the primary action: "paste", "copy, stay". */
export function enterActionWords(primary: PrimaryAction, action: EnterAction): string {
  const { paste, hide } = resolveAction(primary, action);
  const verb = paste ? 'paste' : 'copy';
  // "stay": the window stays open (a paste brings the focus back to it afterwards).
  return hide ? verb : `${verb}, stay`;
}
