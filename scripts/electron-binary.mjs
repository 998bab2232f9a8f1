// Where the Electron binary is, found the way node_modules/electron/index.js finds it but
// without its side effect: `require('electron')` downloads the binary when it is missing, and
// this must only look. Shared by scripts/start.mjs and scripts/test-electron.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronPackageDir() {
  return dirname(require.resolve('electron/package.json'));
}

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronPackageDir(), 'package.json'), 'utf8')).version;
}

function platformExecutable(platform = process.platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** { path } of an existing binary, or { missing } saying where it was looked for. */
export function locateElectron(env = process.env) {
  const dir = electronPackageDir();
  const pathFile = join(dir, 'path.txt');
  const executable = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : platformExecutable();
  const path = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : join(dir, 'dist', executable);
  return existsSync(path) ? { path } : { missing: path };
}

/**
 * Runs the electron package's own installer (it honours ELECTRON_MIRROR and the cache) with its
 * output captured: { ok } or { ok: false, reason } with the first line of its error, no stack.
 */
export function fetchElectron(spawnSync) {
  const result = spawnSync(process.execPath, [join(electronPackageDir(), 'install.js')], {
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (result.status === 0) return { ok: true };
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const firstLine = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('at '));
  return { ok: false, reason: firstLine ?? (result.error?.message || `exit ${result.status}`) };
}

/**
 * The binary, fetched first if it is missing: { path }, or { missing, reason } when fetching
 * failed or left no binary. `onFetch` is told before a download starts.
 */
export function ensureElectron(spawnSync, onFetch = () => {}) {
  const found = locateElectron();
  if (found.path) return found;
  onFetch();
  const fetched = fetchElectron(spawnSync);
  const after = locateElectron();
  if (fetched.ok && after.path) return after;
  return { missing: after.missing, reason: fetched.reason ?? 'the download left no binary' };
}
