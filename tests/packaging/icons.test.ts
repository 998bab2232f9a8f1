// The committed icons: made by `npm run icons` from the SVGs, of the sizes their names and
// containers claim, tray templates black and alpha only, and taken by electron-builder as they
// are (its converter would download a toolset).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argbPixelCount, decodePng, isPng, readIco, readIcns } from './formats';
import { requireFromBuilder, root } from './helpers';

const read = (path: string) => readFileSync(join(root, path));
const APP_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

describe('npm run icons', () => {
  const out = mkdtempSync(join(tmpdir(), 'status-palette-icons-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reproduces every committed icon byte for byte from build/icon.svg and build/tray-template.svg', () => {
    execFileSync(process.execPath, [join(root, 'scripts/icons.mjs'), '--out', out]);
    const made = [
      ...readdirSync(join(out, 'build/icons')).map((name) => `build/icons/${name}`),
      'build/icon.ico',
      'build/icon.icns',
      ...readdirSync(join(out, 'resources/tray')).map((name) => `resources/tray/${name}`),
    ].sort();
    const committed = [
      ...readdirSync(join(root, 'build/icons')).map((name) => `build/icons/${name}`),
      'build/icon.ico',
      'build/icon.icns',
      ...readdirSync(join(root, 'resources/tray')).map((name) => `resources/tray/${name}`),
    ].sort();
    expect(committed).toEqual(made);
    const stale = made.filter((path) => !readFileSync(join(out, path)).equals(read(path)));
    expect(stale, 'run `npm run icons` and commit the result').toEqual([]);
  }, 30_000);
});

describe('app icons in build/', () => {
  it('build/icons holds NxN.png from 16 to 1024, each really N by N', () => {
    expect(readdirSync(join(root, 'build/icons')).sort()).toEqual(
      APP_SIZES.map((size) => `${size}x${size}.png`).sort(),
    );
    for (const size of APP_SIZES) {
      const png = decodePng(read(`build/icons/${size}x${size}.png`));
      expect([png.width, png.height]).toEqual([size, size]);
      // The corners are transparent (a rounded square), the middle opaque.
      expect(png.pixels[3]).toBe(0);
      const middle = ((size >> 1) * size + (size >> 1)) * 4;
      expect(png.pixels[middle + 3]).toBe(255);
    }
  });

  it('icon.ico holds PNGs from 16 to 256 px, each of the size its entry declares', () => {
    const entries = readIco(read('build/icon.ico'));
    expect(entries.map((e) => e.width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const entry of entries) {
      expect(isPng(entry.image)).toBe(true);
      const png = decodePng(entry.image);
      expect([png.width, png.height]).toEqual([entry.width, entry.height]);
      expect(entry.bitsPerPixel).toBe(32);
    }
  });

  it('icon.icns holds 16 to 1024 px at 1x and 2x, in the element types iconutil writes', () => {
    const elements = readIcns(read('build/icon.icns'));
    const sizes = Object.fromEntries(
      elements.map(({ type, data }) => {
        if (type === 'ic04' || type === 'ic05') return [type, Math.sqrt(argbPixelCount(data))];
        const png = decodePng(data);
        expect(png.width, type).toBe(png.height);
        return [type, png.width];
      }),
    );
    expect(sizes).toEqual({
      ic04: 16,
      ic05: 32,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
  });

  it('electron-builder takes them as they are, with no conversion (which would download)', async () => {
    const { convertIcon } = requireFromBuilder('app-builder-lib/out/util/iconConverter') as {
      convertIcon(options: object): Promise<{ icons: { file: string; size: number }[] }>;
    };
    const outDir = mkdtempSync(join(tmpdir(), 'status-palette-convert-'));
    try {
      const roots = [join(root, 'build'), root];
      const convert = (source: string, format: string) =>
        convertIcon({ sources: [source], fallbackSources: [], roots, format, outDir });
      const set = await convert('build/icons', 'set');
      expect(set.icons.map((icon) => icon.size)).toEqual(APP_SIZES);
      expect((await convert('build/icon.ico', 'ico')).icons).toEqual([
        { file: join(root, 'build/icon.ico'), size: 256 },
      ]);
      expect((await convert('build/icon.icns', 'icns')).icons[0]?.file).toBe(
        join(root, 'build/icon.icns'),
      );
      expect(readdirSync(outDir), 'nothing was converted').toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('tray icons in resources/tray/', () => {
  it('trayTemplate.png and @2x are 16 and 32 px, black and alpha only (a macOS template image)', () => {
    for (const [name, size] of [
      ['trayTemplate.png', 16],
      ['trayTemplate@2x.png', 32],
    ] as const) {
      const png = decodePng(read(`resources/tray/${name}`));
      expect([png.width, png.height], name).toEqual([size, size]);
      let coloured = 0;
      let visible = 0;
      for (let i = 0; i < png.pixels.length; i += 4) {
        if (png.pixels[i] || png.pixels[i + 1] || png.pixels[i + 2]) coloured++;
        if (png.pixels[i + 3]! > 0) visible++;
      }
      expect(coloured, `${name}: pixels that are not black`).toBe(0);
      expect(visible / (size * size), `${name}: share of visible pixels`).toBeGreaterThan(0.3);
    }
  });

  it('tray.png and @2x are the colour icon at 16 and 32 px', () => {
    expect(decodePng(read('resources/tray/tray.png')).width).toBe(16);
    expect(decodePng(read('resources/tray/tray@2x.png')).width).toBe(32);
    expect(read('resources/tray/tray.png').equals(read('build/icons/16x16.png'))).toBe(true);
  });

  it('tray.ico holds 16, 24, 32 and 48 px', () => {
    const entries = readIco(read('resources/tray/tray.ico'));
    expect(entries.map((e) => [e.width, e.height])).toEqual([
      [16, 16],
      [24, 24],
      [32, 32],
      [48, 48],
    ]);
    for (const entry of entries) expect(decodePng(entry.image).width).toBe(entry.width);
  });
});
