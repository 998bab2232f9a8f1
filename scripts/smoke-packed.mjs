// `npm run smoke:packed` (after `npm run dist:dir`): starts the packed app once, as a person
// would, and requires that it opens its window. Playwright's `_electron` cannot drive the packed
// app (its fuses turn off the --inspect switches Playwright needs), so this reads it through
// Chromium's own remote debugging port instead:
//   1. the app starts with a fresh profile and --remote-debugging-port=0;
//   2. its window's page must be app://palette/index.html, loaded, with the preload's `statusPalette`
//      bridge and the search box rendered (so the asar, the app:// protocol, the preload and the
//      renderer all work packed);
//   3. a second start must make the first show its window (the single-instance hand-off); on
//      Linux this is checked with `xdotool search --onlyvisible --pid`.
//
//   node scripts/smoke-packed.mjs [--app PATH] [--timeout SECONDS]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { app: { type: 'string' }, timeout: { type: 'string', default: '60' } },
});
const deadline = Date.now() + Number(values.timeout) * 1000;
const ENTRY = 'app://palette/index.html';
// True once the page has run the preload and rendered: what "opened its window" means inside.
const RENDERED = `document.readyState === 'complete' && typeof window.statusPalette === 'object' &&
  document.querySelector('[aria-label="Search statuses"]') !== null`;

let app;
let userData;
let stopping = false;
let stderr = '';

function fail(message) {
  process.stderr.write(`smoke:packed: FAILED: ${message}\n`);
  stop();
  process.exit(1);
}

/** The unpacked app electron-builder wrote into dist/ for this OS (see docs/packaging.md). */
function packedExecutable() {
  const dist = join(root, 'dist');
  const candidates = {
    linux: [join(dist, 'linux-unpacked', 'status-palette')],
    darwin: ['mac-arm64', 'mac', 'mac-universal'].map((dir) =>
      join(dist, dir, 'Status Palette.app', 'Contents', 'MacOS', 'Status Palette'),
    ),
    win32: [join(dist, 'win-unpacked', 'Status Palette.exe')],
  }[process.platform];
  return candidates?.find((path) => existsSync(path));
}

const executable = values.app ? resolve(values.app) : packedExecutable();
if (!executable || !existsSync(executable)) {
  fail(
    `no packed app ${values.app ? `at ${values.app}` : 'in dist/'}: run \`npm run dist:dir\` first`,
  );
}
if (typeof WebSocket !== 'function')
  fail(`needs Node 22 or newer (WebSocket), not ${process.version}`);

userData = mkdtempSync(join(tmpdir(), 'palette-smoke-'));
const env = { ...process.env, STATUS_PALETTE_USER_DATA: userData };
// Chromium refuses to run as root (containers) with its sandbox on.
const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
app = spawn(executable, ['--remote-debugging-port=0', ...sandbox], { env });
app.stderr.on('data', (chunk) => (stderr += chunk));
app.on('exit', (code, signal) => {
  if (!stopping)
    fail(`the app exited (${signal ?? `code ${code}`}) before its window was checked\n${stderr}`);
});

function stop() {
  stopping = true;
  if (app?.exitCode === null) app.kill();
  if (userData) rmSync(userData, { recursive: true, force: true, maxRetries: 5 });
}

async function until(what, probe) {
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    await new Promise((done) => setTimeout(done, 250));
  }
  return fail(`timed out waiting for ${what}\n--- the app's stderr:\n${stderr}`);
}

/** Evaluates an expression in a page through the Chrome DevTools Protocol. */
function evaluate(webSocketUrl, expression) {
  return new Promise((done, reject) => {
    const socket = new WebSocket(webSocketUrl);
    socket.onerror = () => reject(new Error(`cannot reach ${webSocketUrl}`));
    socket.onopen = () =>
      socket.send(
        JSON.stringify({
          id: 1,
          method: 'Runtime.evaluate',
          params: { expression, returnByValue: true },
        }),
      );
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data));
      if (message.id !== 1) return;
      socket.close();
      done(message.result?.result?.value);
    };
  });
}

const endpoint = await until(
  'the DevTools endpoint on stderr',
  async () => /DevTools listening on ws:\/\/([^/\s]+)\//.exec(stderr)?.[1],
);
process.stdout.write(
  `smoke:packed: ${executable} started (pid ${app.pid}), DevTools at ${endpoint}\n`,
);
const page = await until(`a page at ${ENTRY}`, async () => {
  const targets = await (await fetch(`http://${endpoint}/json/list`)).json();
  return targets.find((target) => target.type === 'page' && target.url === ENTRY);
});
await until('the window to render the search box with the preload bridge', () =>
  evaluate(page.webSocketDebuggerUrl, RENDERED),
);
process.stdout.write(`smoke:packed: the window loaded ${ENTRY} and rendered the search box\n`);

const second = spawnSync(executable, sandbox, { env, timeout: 30_000, encoding: 'utf8' });
if (second.status !== 0)
  fail(`a second start ended with ${second.status ?? second.error}\n${second.stderr}`);
if (process.platform === 'linux') {
  await until('a visible window of the app (xdotool search --onlyvisible)', async () => {
    const found = spawnSync('xdotool', ['search', '--onlyvisible', '--pid', String(app.pid)], {
      encoding: 'utf8',
    });
    if (found.error) fail('xdotool is needed to see the window: apt-get install xdotool');
    return found.status === 0 && found.stdout.trim();
  });
  process.stdout.write('smoke:packed: a second start showed the window\n');
}
stop();
process.stdout.write('smoke:packed: passed\n');
