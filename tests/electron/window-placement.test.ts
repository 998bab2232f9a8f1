import { describe, expect, it } from 'vitest';
import {
  displayUnder,
  placeInWorkArea,
  placeUnderCursor,
  type DisplayArea,
} from '../../electron/window-placement';

const size = { width: 680, height: 440 };
// A laptop on the left with a menu bar, a taller monitor to its right, one above the laptop.
const laptop: DisplayArea = {
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const monitor: DisplayArea = {
  bounds: { x: 1440, y: -300, width: 2560, height: 1440 },
  workArea: { x: 1440, y: -300, width: 2560, height: 1400 },
};
const above: DisplayArea = {
  bounds: { x: -200, y: -1080, width: 1920, height: 1080 },
  workArea: { x: -200, y: -1080, width: 1920, height: 1040 },
};
const displays = [laptop, monitor, above];

describe('window placement', () => {
  it('finds the display under the cursor, negative coordinates included', () => {
    expect(displayUnder({ x: 100, y: 100 }, displays)).toBe(laptop);
    expect(displayUnder({ x: 3000, y: -200 }, displays)).toBe(monitor);
    expect(displayUnder({ x: 0, y: -500 }, displays)).toBe(above);
  });

  it('takes the nearest display when the cursor is in a gap', () => {
    expect(displayUnder({ x: 1500, y: 1200 }, displays)).toBe(monitor);
    expect(displayUnder({ x: -500, y: 400 }, displays)).toBe(laptop);
  });

  it('centres across and puts the middle at the upper third', () => {
    const rect = placeInWorkArea(monitor.workArea, size);
    expect(rect.width).toBe(680);
    expect(rect.x + rect.width / 2).toBe(1440 + 2560 / 2);
    expect(rect.y + rect.height / 2).toBeCloseTo(-300 + 1400 / 3, 0);
  });

  it('stays inside the work area: below the menu bar, shrunk on a tiny display', () => {
    const short = { x: 0, y: 25, width: 800, height: 500 };
    const rect = placeInWorkArea(short, size);
    expect(rect.y).toBe(25);
    const tiny = placeInWorkArea({ x: 10, y: 10, width: 600, height: 300 }, size);
    expect(tiny).toEqual({ x: 10, y: 10, width: 600, height: 300 });
  });

  it('places on the display under the cursor', () => {
    const rect = placeUnderCursor({ x: 0, y: -10 }, displays, size);
    expect(rect.x).toBeGreaterThanOrEqual(above.workArea.x);
    expect(rect.y + rect.height).toBeLessThanOrEqual(0);
  });

  it('needs at least one display', () => {
    expect(() => displayUnder({ x: 0, y: 0 }, [])).toThrow(/no displays/);
  });
});
