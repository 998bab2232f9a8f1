// `npm run test:electron`: the Playwright `_electron` suite (tests/e2e-electron) against the real
// app. It needs the Electron binary, which cannot be downloaded on our machines: where none is
// found this says plainly that the suite was SKIPPED and why, and exits 0. It never downloads.
// With STATUS_PALETTE_REQUIRE_ELECTRON=1 (every CI step that runs the suite sets it) a missing
// binary is a failure instead, so a job cannot go green without having run the suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronVersion, locateElectron } from './electron-binary.mjs';
import { runTool } from './spawn-tool.mjs';

const config = 'tests/e2e-electron/playwright.config.ts';
const found = locateElectron();
const required = process.env.STATUS_PALETTE_REQUIRE_ELECTRON === '1';

if (found.missing) {
  if (required) {
    process.stderr.write(
      [
        `test:electron: FAILED: no Electron ${electronVersion()} binary at ${found.missing},`,
        '  and STATUS_PALETTE_REQUIRE_ELECTRON=1 says the suite must run here.',
        '  Fetch the binary first (`npm run electron:fetch`), or unset the variable to skip.',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  const listed = runTool('npx', ['playwright', 'test', '-c', config, '--list'], {
    encoding: 'utf8',
  });
  const count = /Total: (\d+) tests?/.exec(listed.stdout ?? '')?.[1] ?? 'its';
  process.stdout.write(
    [
      `test:electron: SKIPPED ${count} end-to-end tests of the real app (tests/e2e-electron).`,
      `  Why: no Electron ${electronVersion()} binary at ${found.missing}`,
      '  (the electron package downloads it on first use, and this machine cannot reach the download).',
      '  To run them: `npm run electron:fetch` (or `npm start`) once on a machine that can download',
      '  Electron, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron, then `npm run test:electron`.',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

if (!existsSync('out/main/index.js')) {
  process.stderr.write('test:electron: out/main is missing: run `npm run build` first.\n');
  process.exit(1);
}

const playwright = ['playwright', 'test', '-c', config, ...process.argv.slice(2)];
const env = { ...process.env, STATUS_PALETTE_ELECTRON: found.path };
process.stdout.write(`test:electron: Electron at ${found.path}\n`);
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  // Electron needs a display; Xvfb gives it one on headless machines and CI.
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) {
    process.stderr.write(
      'test:electron: no display and no xvfb-run: install xvfb (apt-get install xvfb).\n',
    );
    process.exit(1);
  }
  const xvfb = ['--auto-servernum', '--server-args=-screen 0 1920x1080x24', 'npx', ...playwright];
  process.exit(spawnSync('xvfb-run', xvfb, { stdio: 'inherit', env }).status ?? 1);
}
process.exit(runTool('npx', playwright, { stdio: 'inherit', env }).status ?? 1);
