/**
 * Where the palette appears: on the display under the cursor (not the primary one, nor the one it
 * was last on), centred across and with its middle at the upper third line, like Spotlight, so
 * the query field sits in the upper third of the screen where the eye goes first.
 */
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}

export interface DisplayArea {
  /** The whole display, used to find the one under the cursor. */
  bounds: Rect;
  /** The display less its taskbar, dock and menu bar: where the window may go. */
  workArea: Rect;
}

function contains(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x < rect.x + rect.width &&
    point.y >= rect.y &&
    point.y < rect.y + rect.height
  );
}

function distanceSquared(rect: Rect, point: Point): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.width - 1));
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.height - 1));
  return dx * dx + dy * dy;
}

/** The display under `point`, or the nearest one when the point is in a gap between displays. */
export function displayUnder<D extends DisplayArea>(point: Point, displays: readonly D[]): D {
  if (displays.length === 0) throw new Error('displayUnder: no displays');
  const under = displays.find((d) => contains(d.bounds, point));
  if (under) return under;
  return displays.reduce((best, d) =>
    distanceSquared(d.bounds, point) < distanceSquared(best.bounds, point) ? d : best,
  );
}

/** The window's bounds on a work area: shrunk to fit, centred across, middle at the upper third. */
export function placeInWorkArea(workArea: Rect, size: Size): Rect {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  const x = workArea.x + Math.round((workArea.width - width) / 2);
  const wanted = workArea.y + Math.round(workArea.height / 3 - height / 2);
  const y = Math.min(Math.max(wanted, workArea.y), workArea.y + workArea.height - height);
  return { x, y, width, height };
}

export function placeUnderCursor(
  cursor: Point,
  displays: readonly DisplayArea[],
  size: Size,
): Rect {
  return placeInWorkArea(displayUnder(cursor, displays).workArea, size);
}
