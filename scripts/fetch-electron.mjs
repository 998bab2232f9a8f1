// `npm run electron:fetch`: downloads the Electron binary now, the way `npm start` would on first
// use, so that CI has it before the real-app suites run (`npm ci` does not fetch it: the electron
// package downloads it on first use). Exits non-zero, saying why, when there is still no binary.
import { spawnSync } from 'node:child_process';
import { electronVersion, ensureElectron } from './electron-binary.mjs';

const found = ensureElectron(spawnSync, () =>
  process.stdout.write(`electron:fetch: downloading Electron ${electronVersion()}...\n`),
);
if (found.missing) {
  process.stderr.write(
    `electron:fetch: FAILED: no Electron ${electronVersion()} binary at ${found.missing} (${found.reason}).\n` +
      '  Behind a mirror, set ELECTRON_MIRROR; see docs/packaging.md.\n',
  );
  process.exit(1);
}
process.stdout.write(`electron:fetch: Electron ${electronVersion()} at ${found.path}\n`);
