// The deb's relations to the paste helpers: Recommends xdotool (X11), Suggests wtype (wlroots
// Wayland). electron-builder's deb target runs fpm, a download; here it runs for real up to the
// point where it would start fpm, and the fpm arguments it computed are read instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtAppFiles,
  makeStandInElectron,
  requireFromBuilder,
  requireFromRoot,
  root,
} from './helpers';

const config = requireFromRoot('./electron-builder.config.cjs') as Configuration;

interface FpmConfiguration {
  args: string[];
  customDepends?: string[];
  customRecommends?: string[];
}
type ExecuteFpm = (target: string, configuration: FpmConfiguration) => Promise<void>;

describe('the deb package', () => {
  const work = mkdtempSync(join(tmpdir(), 'status-palette-deb-'));
  let fpm: { target: string; configuration: FpmConfiguration } | null = null;

  beforeAll(async () => {
    builtAppFiles(); // fails with guidance when out/ is missing
    const { build, Platform } = await import('electron-builder');
    const FpmTarget = (
      requireFromBuilder('app-builder-lib/out/targets/FpmTarget') as {
        default: { prototype: { executeFpm: ExecuteFpm } };
      }
    ).default;
    const executeFpm = FpmTarget.prototype.executeFpm;
    FpmTarget.prototype.executeFpm = async (target, configuration) => {
      fpm = { target, configuration };
    };
    try {
      await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget('deb'),
        publish: 'never',
        config: {
          ...config,
          // fpm wants the project's URL, which electron-builder takes from package.json or the
          // git remote; this checkout may have neither.
          extraMetadata: { ...config.extraMetadata, homepage: 'https://status-palette.invalid/' },
          electronDist: makeStandInElectron(join(work, 'electron'), 'linux'),
          directories: { ...config.directories, output: join(work, 'dist') },
        },
      });
    } finally {
      FpmTarget.prototype.executeFpm = executeFpm;
    }
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('recommends xdotool (paste on X11) beside the tray library', () => {
    expect(fpm?.target).toBe('deb');
    expect(fpm?.configuration.customRecommends).toEqual(['libappindicator3-1', 'xdotool']);
  });

  it('suggests wtype (paste on wlroots Wayland compositors) through fpm', () => {
    const args = fpm?.configuration.args ?? [];
    const at = args.indexOf('--deb-suggests');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(args[at + 1]).toBe('wtype');
    expect(args.filter((arg) => arg === '--deb-suggests')).toHaveLength(1);
  });

  it('depends on neither: without them the app copies and says what to install', () => {
    expect(fpm?.configuration.customDepends ?? []).not.toContain('xdotool');
    expect(fpm?.configuration.customDepends ?? []).not.toContain('wtype');
  });
});
