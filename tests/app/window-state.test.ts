import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  overlapArea,
  parseWindowState,
  restoreBounds,
  serializeWindowState,
  type Bounds,
  type DisplayArea,
} from '../../src-main/app/window-state';

const SIZES = { width: 1280, height: 800, minWidth: 800, minHeight: 600 };

/** A display with its work area (a 1920x1080 screen minus a 40-pixel task bar, by default). */
function display(workArea: Bounds): DisplayArea {
  return { workArea };
}

const laptop = display({ x: 0, y: 0, width: 1920, height: 1040 });
const rightMonitor = display({ x: 1920, y: 0, width: 2560, height: 1400 });

function isInside(inner: Bounds, outer: Bounds): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** At least the window's minimum size, or the whole of the display where that is smaller. */
function fillsMinimumOn(placed: Bounds, workArea: Bounds): boolean {
  return (
    placed.width >= Math.min(SIZES.minWidth, workArea.width) &&
    placed.height >= Math.min(SIZES.minHeight, workArea.height)
  );
}

describe('restoreBounds', () => {
  it('opens at the default size, centred on the primary display, when nothing was saved', () => {
    expect(restoreBounds(undefined, { all: [laptop], primary: laptop }, SIZES)).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
  });

  it('centres the defaults on a primary display that is not at the origin', () => {
    const primary = display({ x: 1920, y: 0, width: 2560, height: 1400 });
    expect(restoreBounds(undefined, { all: [laptop, primary], primary }, SIZES)).toEqual({
      x: 1920 + 640,
      y: 300,
      width: 1280,
      height: 800,
    });
  });

  it('keeps saved bounds that still fit a display, on a second display too', () => {
    const saved = { x: 2100, y: 50, width: 1400, height: 900 };
    const displays = { all: [laptop, rightMonitor], primary: laptop };
    expect(restoreBounds(saved, displays, SIZES)).toEqual(saved);
  });

  it('moves a window whose display was unplugged onto the primary display, same size', () => {
    const saved = { x: 2100, y: 50, width: 1400, height: 900 };
    expect(restoreBounds(saved, { all: [laptop], primary: laptop }, SIZES)).toEqual({
      x: 1920 - 1400,
      y: 50,
      width: 1400,
      height: 900,
    });
  });

  it('restores onto a scaled display at negative coordinates (left of and above the primary)', () => {
    // A 4K screen at 150% to the upper left: Electron gives its work area in DIPs, negative.
    const scaled = display({ x: -2560, y: -400, width: 2560, height: 1400 });
    const displays = { all: [laptop, scaled], primary: laptop };
    const saved = { x: -2000, y: -300, width: 1200, height: 800 };
    expect(restoreBounds(saved, displays, SIZES)).toEqual(saved);
    // Half off its left edge: slid back in, on the display it overlaps most.
    expect(restoreBounds({ ...saved, x: -3000 }, displays, SIZES)).toEqual({ ...saved, x: -2560 });
  });

  it('puts a window straddling two displays on the one it overlaps most', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800 }; // 420 on the laptop, 780 right
    const displays = { all: [laptop, rightMonitor], primary: laptop };
    expect(restoreBounds(saved, displays, SIZES)).toEqual({ ...saved, x: 1920 });
  });

  it('shrinks a window bigger than the screen to the work area', () => {
    const small = display({ x: 0, y: 0, width: 1366, height: 728 });
    const saved = { x: -50, y: -20, width: 2500, height: 1500 };
    expect(restoreBounds(saved, { all: [small], primary: small }, SIZES)).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
    });
  });

  it('never makes a window smaller than its minimum, unless the display itself is smaller', () => {
    const saved = { x: 10, y: 10, width: 300, height: 200 };
    const big = { all: [laptop], primary: laptop };
    expect(restoreBounds(saved, big, SIZES)).toEqual({ x: 10, y: 10, width: 800, height: 600 });
    const tiny = display({ x: 0, y: 0, width: 640, height: 480 });
    expect(restoreBounds(saved, { all: [tiny], primary: tiny }, SIZES)).toEqual({
      x: 0,
      y: 0,
      width: 640,
      height: 480,
    });
  });

  it('brings back a window maximised on a display now gone onto the primary (maximised again there by the shell)', () => {
    // The saved normal bounds were on the right monitor; only the laptop is left.
    const saved = { x: 2400, y: 200, width: 1600, height: 1000 };
    const placed = restoreBounds(saved, { all: [laptop], primary: laptop }, SIZES);
    expect(isInside(placed, laptop.workArea)).toBe(true);
    expect(placed).toEqual({ x: 320, y: 40, width: 1600, height: 1000 });
  });

  it('ignores a display that reports no area', () => {
    const gone = display({ x: 1920, y: 0, width: 0, height: 0 });
    const saved = { x: 1920, y: 0, width: 1000, height: 700 };
    const placed = restoreBounds(saved, { all: [gone, laptop], primary: laptop }, SIZES);
    expect(isInside(placed, laptop.workArea)).toBe(true);
  });

  it('a tiny window off every display opens at the minimum size the primary allows, even where it also lies inside a smaller mirrored display (found by the property below in CI)', () => {
    const above = display({ x: 0, y: -320, width: 320, height: 320 });
    const mirrored = display({ x: -2606, y: 0, width: 800, height: 321 });
    const primary = display({ x: -7771, y: 0, width: 5965, height: 320 });
    const placed = restoreBounds(
      { x: 0, y: 0, width: 1, height: 1 },
      { all: [above, mirrored, primary], primary },
      SIZES,
    );
    // 800 wide (the minimum), 320 high (all the primary has), at the primary's right edge.
    expect(placed).toEqual({ x: -2606, y: 0, width: 800, height: 320 });
    expect(isInside(placed, primary.workArea)).toBe(true);
    expect(fillsMinimumOn(placed, primary.workArea)).toBe(true);
  });

  it('never opens on a primary display that reports no area while it is being unplugged', () => {
    const going = display({ x: 0, y: 0, width: 0, height: 0 });
    const displays = { all: [going, rightMonitor], primary: going };
    expect(restoreBounds(undefined, displays, SIZES)).toEqual({
      x: 1920 + 640,
      y: 300,
      width: 1280,
      height: 800,
    });
    const placed = restoreBounds({ x: 100, y: 100, width: 1000, height: 700 }, displays, SIZES);
    expect(isInside(placed, rightMonitor.workArea)).toBe(true);
  });

  const rect = (min: number, max: number) =>
    fc.record({
      x: fc.integer({ min: -8000, max: 8000 }),
      y: fc.integer({ min: -8000, max: 8000 }),
      width: fc.integer({ min, max }),
      height: fc.integer({ min, max }),
    });

  const noArea = fc.record({
    x: fc.integer({ min: -8000, max: 8000 }),
    y: fc.integer({ min: -8000, max: 8000 }),
    width: fc.constant(0),
    height: fc.constant(0),
  });

  it('whatever was saved and whatever is connected, opens inside one display, at least the minimum size when it fits', () => {
    fc.assert(
      fc.property(
        fc.option(rect(1, 10_000), { nil: undefined }),
        // Now and then a display reports no area (while it is being unplugged); one always has.
        fc
          .array(
            fc.oneof({ weight: 4, arbitrary: rect(320, 6000) }, { weight: 1, arbitrary: noArea }),
            {
              minLength: 1,
              maxLength: 4,
            },
          )
          .filter((areas) => areas.some((a) => a.width > 0 && a.height > 0))
          .map((areas) => areas.map(display)),
        fc.nat(),
        (saved, all, pick) => {
          const primary = all[pick % all.length] ?? laptop;
          const placed = restoreBounds(saved, { all, primary }, SIZES);
          expect(placed.width).toBeGreaterThan(0);
          expect(placed.height).toBeGreaterThan(0);
          // Displays may overlap (mirrored screens), so the window can lie inside several; the
          // minimum size holds on the one it was placed on, which is one of them, not always the
          // first in the list.
          const homes = all.filter((d) => isInside(placed, d.workArea));
          expect(homes.length).toBeGreaterThan(0);
          expect(homes.some((d) => fillsMinimumOn(placed, d.workArea))).toBe(true);
          // Saved bounds that fit a display (at least the minimum size) are kept exactly.
          const fits =
            saved !== undefined &&
            saved.width >= SIZES.minWidth &&
            saved.height >= SIZES.minHeight &&
            all.some((d) => isInside(saved, d.workArea));
          if (fits) expect(placed).toEqual(saved);
        },
      ),
    );
  });

  it('never moves a window onto a display it does not overlap when it overlaps another', () => {
    fc.assert(
      fc.property(
        rect(1, 5000),
        fc.array(rect(320, 4000).map(display), { minLength: 1, maxLength: 4 }),
        (saved, all) => {
          const placed = restoreBounds(saved, { all, primary: all[0] ?? laptop }, SIZES);
          const overlapped = all.filter((d) => overlapArea(saved, d.workArea) > 0);
          if (overlapped.length === 0) return;
          expect(overlapped.some((d) => isInside(placed, d.workArea))).toBe(true);
        },
      ),
    );
  });
});

describe('parseWindowState', () => {
  const window = { bounds: { x: -100, y: 20, width: 1300, height: 820 }, isMaximized: true };

  it('reads back what was written', () => {
    expect(parseWindowState(serializeWindowState({ window, theme: 'dark' }))).toEqual({
      window,
      theme: 'dark',
    });
  });

  it.each([
    ['an empty file', ''],
    ['text that is not JSON', '{"version": 1, "window": '],
    ['JSON that is not an object', '[1, 2]'],
    ['null', 'null'],
    ['no version', JSON.stringify({ window, theme: 'dark' })],
    ['a future version', JSON.stringify({ version: 2, window, theme: 'dark' })],
  ])('reads %s as nothing saved', (_, text) => {
    expect(parseWindowState(text)).toEqual({});
  });

  it('keeps each good part when another is damaged', () => {
    expect(parseWindowState(JSON.stringify({ version: 1, window, theme: 'sepia' }))).toEqual({
      window,
    });
    expect(
      parseWindowState(
        JSON.stringify({ version: 1, window: { ...window, isMaximized: 'yes' }, theme: 'light' }),
      ),
    ).toEqual({ theme: 'light' });
  });

  it.each([
    ['a fractional size', { ...window.bounds, width: 1300.5 }],
    ['a zero height', { ...window.bounds, height: 0 }],
    ['a position far off any screen', { ...window.bounds, x: 1e12 }],
    ['a missing width', { x: 0, y: 0, height: 700 }],
  ])('ignores bounds with %s', (_, bounds) => {
    expect(
      parseWindowState(JSON.stringify({ version: 1, window: { bounds, isMaximized: false } })),
    ).toEqual({});
  });
});
