// Packs the unpacked Linux app for real with electron-builder (`--dir`), offline: electronDist
// points at a stand-in for Electron's binary. Then checks what went in, the fuses read back from
// the packed binary, and the desktop entry the AppImage and deb would carry.
import { accessSync, constants, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AfterPackContext, Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtAppFiles,
  expectFlippedFuses,
  expectPackedResources,
  makeStandInElectron,
  requireFromBuilder,
  requireFromRoot,
  root,
} from './helpers';

const config = requireFromRoot('./electron-builder.config.cjs') as Configuration;

interface LinuxTargetHelper {
  computeDesktopEntry(options: object): Promise<string>;
  icons: Promise<{ file: string; size: number }[]>;
}

describe('electron-builder --linux --dir', () => {
  const work = mkdtempSync(join(tmpdir(), 'status-palette-pack-linux-'));
  const output = join(work, 'dist');
  const appDir = join(output, 'linux-unpacked');
  let desktopEntry = '';
  let desktopIcons: { file: string; size: number }[] = [];

  beforeAll(async () => {
    builtAppFiles(); // fails with guidance when out/ is missing
    const { build, Platform } = await import('electron-builder');
    const { LinuxTargetHelper } = requireFromBuilder(
      'app-builder-lib/out/targets/LinuxTargetHelper',
    ) as { LinuxTargetHelper: new (packager: unknown) => LinuxTargetHelper };
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: {
        ...config,
        electronDist: makeStandInElectron(join(work, 'electron'), 'linux'),
        directories: { ...config.directories, output },
        // The entry the AppImage and deb targets write, computed here because those targets'
        // toolsets are downloads.
        afterPack: async (context: AfterPackContext) => {
          const helper = new LinuxTargetHelper(context.packager);
          desktopEntry = await helper.computeDesktopEntry(
            context.packager.platformSpecificBuildOptions,
          );
          desktopIcons = await helper.icons;
        },
      },
    });
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('makes an executable named status-palette beside resources/', () => {
    expect(readdirSync(appDir).sort()).toEqual(['resources', 'status-palette', 'version']);
    accessSync(join(appDir, 'status-palette'), constants.X_OK);
  });

  it('packs the built app, the tray icons and package.json, nothing else', () => {
    expectPackedResources(join(appDir, 'resources'));
  });

  it('flips the fuses in the packed binary', async () => {
    await expectFlippedFuses(join(appDir, 'status-palette'));
  });

  it('gives the AppImage and deb a desktop entry in Development that autostart can copy', () => {
    const entry = Object.fromEntries(
      desktopEntry
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(desktopEntry.startsWith('[Desktop Entry]\n')).toBe(true);
    expect(entry).toMatchObject({
      Name: 'Status Palette',
      Type: 'Application',
      Terminal: 'false',
      Icon: 'status-palette',
      // Matches desktopName in the packed package.json, which Electron uses as the WM_CLASS.
      StartupWMClass: 'status-palette',
      Categories: 'Development;',
      Exec: '"/opt/Status Palette/status-palette" %U',
    });
    expect(entry.Comment).toMatch(/status codes/);
  });

  it('installs the icon set from build/icons, 16 to 1024 px', () => {
    expect(desktopIcons.map((icon) => icon.size)).toEqual([
      16, 24, 32, 48, 64, 128, 256, 512, 1024,
    ]);
    for (const icon of desktopIcons)
      expect(icon.file).toBe(join(root, 'build/icons', `${icon.size}x${icon.size}.png`));
  });
});
