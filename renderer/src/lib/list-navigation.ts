import type { Move } from './keymap';

/**
 * The highlight after a move in a list of `count` options. Arrows wrap around, as in
 * Spotlight and VS Code; paging and Home/End stop at the ends.
 */
export function moveHighlight(
  current: number,
  count: number,
  move: Move,
  pageSize: number,
): number {
  if (count <= 0) return 0;
  const page = Math.max(1, pageSize);
  const at = Math.min(Math.max(current, 0), count - 1);
  switch (move) {
    case 'next':
      return (at + 1) % count;
    case 'previous':
      return (at - 1 + count) % count;
    case 'pageDown':
      return Math.min(at + page, count - 1);
    case 'pageUp':
      return Math.max(at - page, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** Matches .row's height in ResultRow.svelte. */
export const ROW_HEIGHT = 44;

/** How far PageUp/PageDown move in a list `height` pixels tall: what fits, less one row of context. */
export function pageSizeFor(height: number): number {
  return Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
}
