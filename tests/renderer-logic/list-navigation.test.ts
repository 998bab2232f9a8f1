import { expect, test } from 'vitest';
import { moveHighlight, pageSizeFor, ROW_HEIGHT } from '../../renderer/src/lib/list-navigation';

test('arrows wrap around the ends', () => {
  expect(moveHighlight(0, 5, 'next', 3)).toBe(1);
  expect(moveHighlight(4, 5, 'next', 3)).toBe(0);
  expect(moveHighlight(0, 5, 'previous', 3)).toBe(4);
});

test('paging and Home/End stop at the ends', () => {
  expect(moveHighlight(0, 20, 'pageDown', 8)).toBe(8);
  expect(moveHighlight(15, 20, 'pageDown', 8)).toBe(19);
  expect(moveHighlight(5, 20, 'pageUp', 8)).toBe(0);
  expect(moveHighlight(7, 20, 'first', 8)).toBe(0);
  expect(moveHighlight(7, 20, 'last', 8)).toBe(19);
});

test('an empty list or a stale index stays in range', () => {
  expect(moveHighlight(3, 0, 'next', 8)).toBe(0);
  expect(moveHighlight(30, 5, 'previous', 8)).toBe(3);
  expect(moveHighlight(2, 5, 'pageDown', 0)).toBe(3);
});

test('a page is what fits in the list, less one row of context, and never less than one', () => {
  expect(pageSizeFor(10 * ROW_HEIGHT)).toBe(9);
  expect(pageSizeFor(10 * ROW_HEIGHT - 1)).toBe(8);
  expect(pageSizeFor(0)).toBe(1);
});
