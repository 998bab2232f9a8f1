// `npm run dist`: build the app, then its installers for this OS with electron-builder
// (electron-builder.config.cjs). `npm run dist:dir`: the unpacked app only, no installer.
//
//   node scripts/dist.mjs [--dir] [--linux | --mac | --win] [--electron-dist PATH]
//                         [--output DIR] [--skip-build]
//
// electron-builder downloads Electron's zip for the target OS and arch, and each installer
// target's toolset (AppImage, fpm for deb, NSIS, dmg). Where those cannot be fetched it fails
// after a while with a stack trace; this wrapper turns that into a short message saying what
// to do instead. Any other failure is shown as electron-builder reports it.
import { createRequire } from 'node:module';
import { homedir, platform as hostPlatform } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTool } from './spawn-tool.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

const { values } = parseArgs({
  options: {
    dir: { type: 'boolean', default: false },
    linux: { type: 'boolean', default: false },
    mac: { type: 'boolean', default: false },
    win: { type: 'boolean', default: false },
    'electron-dist': { type: 'string' },
    output: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});

const HOST = { linux: 'linux', darwin: 'mac', win32: 'win' }[hostPlatform()];
const chosen = ['linux', 'mac', 'win'].filter((os) => values[os]);
if (chosen.length > 1) fail('dist: choose one of --linux, --mac, --win.');
const os = chosen[0] ?? HOST;
if (!os) fail(`dist: electron-builder does not build on ${hostPlatform()}.`);

if (!values['skip-build']) {
  const built = runTool('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) fail('dist: `npm run build` failed; nothing was packaged.');
}

const base = require(join(root, 'electron-builder.config.cjs'));
const config = {
  ...base,
  ...(values['electron-dist'] ? { electronDist: resolve(values['electron-dist']) } : {}),
  ...(values.output
    ? { directories: { ...base.directories, output: resolve(values.output) } }
    : {}),
};

const { build } = await import('electron-builder');
try {
  const artifacts = await build({
    projectDir: root,
    config,
    // As `electron-builder --linux [--dir]`: the config's targets and arches for that OS, or
    // with --dir the unpacked app for this machine's arch.
    [os]: [],
    dir: values.dir,
    publish: 'never',
  });
  const output = config.directories.output;
  process.stdout.write(
    values.dir
      ? `\ndist: the unpacked app is in ${output}/\n`
      : `\ndist: ${artifacts.length} files in ${output}/:\n${artifacts.map((a) => `  ${a}\n`).join('')}`,
  );
} catch (error) {
  if (!isNetworkError(error)) throw error;
  fail(networkMessage(error, os, values.dir));
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** A download that could not reach its server: DNS, refused, reset, timed out, TLS, HTTP status. */
function isNetworkError(error) {
  const codes =
    /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPIPE|ERR_SOCKET_\w+|UND_ERR_\w+|ERR_TLS_\w+|CERT_\w+|UNABLE_TO_\w+|SELF_SIGNED_\w+|DEPTH_ZERO_\w+)$/;
  for (let e = error, depth = 0; e && depth < 8; e = e.cause, depth++) {
    if (typeof e.code === 'string' && codes.test(e.code)) return true;
    if (['RequestError', 'TimeoutError', 'HTTPError', 'ReadError'].includes(e.name)) return true;
    if (
      /getaddrinfo|socket hang up|network|timed? ?out|ECONN|unable to download/i.test(e.message)
    ) {
      return true;
    }
  }
  return false;
}

function networkMessage(error, os, dir) {
  const [electronCache, builderCache] = cacheFolders();
  const toolsets = { linux: 'AppImage, fpm', mac: 'dmg', win: 'NSIS, winCodeSign' }[os];
  return [
    '',
    `dist: a download failed, so ${dir ? 'the app was not packaged' : 'no installer was made'} (${firstLine(error)}).`,
    `electron-builder fetches Electron's zip for each target arch (cached in ${electronCache})`,
    `and the installer toolsets (${toolsets}; cached in ${builderCache}) from github.com.`,
    'Either',
    '  - run this where the network reaches github.com (or set ELECTRON_MIRROR and',
    '    ELECTRON_BUILDER_BINARIES_MIRROR to mirrors you can reach), or',
    '  - copy those cache folders from a machine that has them, or',
    '  - for an unpacked app, point electronDist at an unpacked Electron of the same version:',
    '    npm run dist:dir -- --electron-dist /path/to/electron-dist',
    'See docs/packaging.md.',
  ].join('\n');
}

function firstLine(error) {
  const text = String(error?.message ?? error)
    .split('\n')[0]
    .trim();
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** Where @electron/get and electron-builder keep their downloads, as they compute them. */
function cacheFolders() {
  const home = homedir();
  const env = process.env;
  switch (hostPlatform()) {
    case 'darwin':
      return [
        env.electron_config_cache ?? join(home, 'Library/Caches/electron'),
        env.ELECTRON_BUILDER_CACHE ?? join(home, 'Library/Caches/electron-builder'),
      ];
    case 'win32': {
      const local = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
      return [
        env.electron_config_cache ?? join(local, 'electron', 'Cache'),
        env.ELECTRON_BUILDER_CACHE ?? join(local, 'electron-builder', 'Cache'),
      ];
    }
    default: {
      const cache = env.XDG_CACHE_HOME ?? join(home, '.cache');
      return [
        env.electron_config_cache ?? join(cache, 'electron'),
        env.ELECTRON_BUILDER_CACHE ?? join(cache, 'electron-builder'),
      ];
    }
  }
}
