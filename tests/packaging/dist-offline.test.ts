// Where Electron's zip cannot be downloaded, `npm run dist` ends with a short message naming
// electronDist, the cache folder and the network, not a stack trace. The download is made to fail
// at once (a mirror on a closed local port, empty caches) instead of after electron-builder's wait.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAppFiles, runDist } from './helpers';

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
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dist: a download failed');
    expect(run.stderr).toContain('ECONNREFUSED');
    expect(run.stderr).toContain('electronDist');
    expect(run.stderr).toContain(electronCache);
    expect(run.stderr).toMatch(/network/);
    expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
    expect(run.stderr.split('\n').length).toBeLessThan(16);
  }, 60_000);
});
