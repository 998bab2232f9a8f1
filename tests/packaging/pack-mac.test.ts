// Packs the unpacked macOS app with `npm run dist:dir -- --mac` on any OS, offline (electronDist
// is a stand-in Electron.app; signing is skipped off macOS), and checks the bundle: a tray-only
// app (LSUIElement), the asar integrity hash Electron checks, the icon, the fuses.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAsar } from './formats';
import {
  builtAppFiles,
  expectFlippedFuses,
  expectPackedResources,
  makeStandInElectron,
  root,
  type Run,
  runDist,
} from './helpers';

describe('npm run dist:dir -- --mac', () => {
  const work = mkdtempSync(join(tmpdir(), 'status-palette-pack-mac-'));
  const output = join(work, 'dist');
  let run: Run;
  let app = '';

  beforeAll(async () => {
    builtAppFiles(); // fails with guidance when out/ is missing
    const electron = makeStandInElectron(join(work, 'electron'), 'mac');
    run = await runDist([
      '--dir',
      '--mac',
      '--skip-build',
      '--electron-dist',
      electron,
      '--output',
      output,
    ]);
    // mac/ on an x64 machine, mac-arm64/ on an arm64 one.
    const folder = readdirSync(output).find((name) => name.startsWith('mac'));
    app = folder ? join(output, folder, 'Status Palette.app') : '';
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('succeeds and says where the app is', () => {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`the unpacked app is in ${output}`);
    expect(readdirSync(join(app, 'Contents/MacOS'))).toEqual(['Status Palette']);
  });

  it('packs the built app, the tray icons and package.json, and the app icon beside them', () => {
    expectPackedResources(join(app, 'Contents/Resources'), ['icon.icns']);
    const icns = readFileSync(join(app, 'Contents/Resources/icon.icns'));
    expect(icns.equals(readFileSync(join(root, 'build/icon.icns')))).toBe(true);
  });

  it('is a tray-only app (LSUIElement: no Dock icon) with our id, name and icon', () => {
    const plist = readFileSync(join(app, 'Contents/Info.plist'), 'utf8');
    const value = (key: string) => {
      const match = new RegExp(
        `<key>${key}</key>\\s*(?:<string>([^<]*)</string>|<(true|false)/>)`,
      ).exec(plist);
      return match?.[1] ?? match?.[2];
    };
    expect(value('LSUIElement')).toBe('true');
    expect(value('CFBundleIdentifier')).toBe('dev.statuspalette.app');
    expect(value('CFBundleDisplayName')).toBe('Status Palette');
    expect(value('CFBundleIconFile')).toBe('icon.icns');
    expect(value('LSApplicationCategoryType')).toBe('public.app-category.developer-tools');
    // Shown when macOS first asks whether the app may control System Events (paste).
    expect(value('NSAppleEventsUsageDescription')).toMatch(/System Events/);
  });

  it("records the hash of app.asar's header that Electron checks with the integrity fuse on", () => {
    const plist = readFileSync(join(app, 'Contents/Info.plist'), 'utf8');
    const recorded =
      /<key>ElectronAsarIntegrity<\/key>[\s\S]*?<key>Resources\/app\.asar<\/key>[\s\S]*?<key>hash<\/key>\s*<string>([0-9a-f]{64})<\/string>/.exec(
        plist,
      )?.[1];
    const { headerText } = readAsar(join(app, 'Contents/Resources/app.asar'));
    expect(recorded).toBe(createHash('sha256').update(headerText).digest('hex'));
  });

  it('flips the fuses in the framework binary', async () => {
    await expectFlippedFuses(app);
  });
});
