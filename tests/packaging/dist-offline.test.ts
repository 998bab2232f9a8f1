// Where Electron's zip or a target's toolset cannot be downloaded, `npm run dist` ends with a short
// message naming electronDist, the cache folder and the network, not a stack trace. The downloads
// are made to fail at once (mirrors on a closed local port, empty caches) instead of after
// electron-builder's wait for github.com.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAppFiles, makeStandInElectron, type Run, runDist } from './helpers';

describe('npm run dist without a network', () => {
  const work = mkdtempSync(join(tmpdir(), 'status-palette-offline-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails with a short message naming electronDist, the cache folder and the network', async () => {
    builtAppFiles();
    const electronCache = join(work, 'electron-cache');
    const run = await runDist(['--dir', '--skip-build', '--output', join(work, 'dist')], {
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: electronCache,
      ELECTRON_BUILDER_CACHE: join(work, 'builder-cache'),
    });
    expectShortMessage(run, 'the app was not packaged', electronCache);
  }, 60_000);

  it("says the same when a target's toolset (here AppImage's) cannot be downloaded", async () => {
    builtAppFiles();
    const builderCache = join(work, 'builder-cache-2');
    const run = await runDist(
      [
        '--linux',
        '--skip-build',
        '--electron-dist',
        makeStandInElectron(join(work, 'electron'), 'linux'),
        '--output',
        join(work, 'dist-2'),
      ],
      {
        ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
        ELECTRON_BUILDER_BINARIES_ALLOW_HTTP: 'true',
        ELECTRON_BUILDER_CACHE: builderCache,
      },
    );
    expectShortMessage(run, 'no installer was made', builderCache);
  }, 60_000);
});

function expectShortMessage(run: Run, outcome: string, cacheFolder: string) {
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`dist: a download failed, so ${outcome}`);
  expect(run.stderr).toContain('ECONNREFUSED');
  expect(run.stderr).toContain('electronDist');
  expect(run.stderr).toContain(cacheFolder);
  expect(run.stderr).toMatch(/network/);
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
  expect(run.stderr.trim().split('\n').length).toBeLessThan(16);
}
