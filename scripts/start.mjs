// `npm start` (after electron-vite build): starts Electron on the built app. When the Electron
// binary is missing it asks the electron package to fetch it once; if that fails too, it says
// what is missing and the ways out, and exits non-zero without a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { electronVersion, ensureElectron } from './electron-binary.mjs';

const found = ensureElectron(spawnSync, () =>
  process.stdout.write(`Electron ${electronVersion()} is not downloaded yet; fetching it...\n`),
);
if (found.missing) {
  process.stderr.write(
    [
      '',
      `Status Palette needs the Electron ${electronVersion()} binary to start, and it is not here:`,
      `  looked for ${found.missing}`,
      `  fetching it failed: ${found.reason}`,
      '',
      'Ways out:',
      "  - on a network that can download Electron's releases, run `npm start` again: it fetches it once;",
      '  - behind a mirror, set ELECTRON_MIRROR (e.g. to a company mirror of the releases) and retry;',
      '  - with an Electron already unpacked somewhere, set ELECTRON_OVERRIDE_DIST_PATH to its folder;',
      '  - to look at the window without Electron, `npm run preview` serves it to a browser.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

// "." is the app: package.json's "main" points at out/main/index.js.
const args = ['.', ...process.argv.slice(2)];
if (process.platform === 'linux' && process.getuid?.() === 0) {
  // Chromium will not start as root with its sandbox on (containers); say so rather than fail.
  process.stderr.write('Running as root: starting Electron with --no-sandbox.\n');
  args.push('--no-sandbox');
}
const child = spawn(found.path, args, {
  stdio: 'inherit',
  windowsHide: false,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  process.stderr.write(`Could not start Electron at ${found.path}: ${error.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
