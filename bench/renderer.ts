/**
 * `npm run bench:renderer`: the search window's figures, in Debian's Chromium (or CHROMIUM_PATH),
 * against the built window (out/renderer) served over http with the web bridge.
 *
 * - load: navigation start to a focused search box over a populated list (median of fresh loads);
 * - keystroke to DOM: from a key event's timestamp to the moment the list shows the new query
 *   (a MutationObserver on the list's `data-rendered-query`), over a few hundred keystrokes;
 * - Event Timing: the browser's own durations for key events (keydown, keypress, keyup), which
 *   run to the next paint; the API reports only events of 16 ms or more, so fewer than 5 % of
 *   them reported means a p95 under 16 ms;
 * - JS: gzip -9 of every built chunk, the initial one (in index.html) and all; where the build
 *   is not minified, also the same chunks through Rolldown's minifier.
 *
 * It prints a Markdown table and asserts nothing. `--write FILE` also replaces the table between
 * `<!-- bench:renderer -->` markers in FILE (docs/window.md).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import * as prettier from 'prettier';
import { minifySync } from 'rolldown/experimental';
import { chromiumLaunchOptions } from '../tests/renderer/chromium';

const LOADS = 12;
const KEY_DELAY_MS = 20;
const QUERIES = [
  'rate limit',
  '422',
  'HTTP_413_REQUEST_ENTITY_TOO_LARGE',
  'not found',
  'teapot',
  'websocket close',
  'StatusTooManyRequests',
  'payment required',
  'gateway timeout',
  'unauthorized',
  'redirect permanently',
  'HttpStatus.CONFLICT',
];
const ROOT = 'out/renderer';

/**
 * The floor: a bare page with one text box whose input handler updates one attribute, measured
 * the same way. What it shows is the browser and the machine, not the window.
 */
const FLOOR_PAGE = `<!doctype html><title>floor</title>
<input role="combobox" autofocus>
<div id="results" data-rendered-query=""><div role="option">-</div></div>
<script>
  const input = document.querySelector('input');
  const results = document.getElementById('results');
  input.addEventListener('input', () => (results.dataset.renderedQuery = input.value));
</script>`;

const { values: args } = parseArgs({ options: { write: { type: 'string' } } });

interface BenchWindow {
  __bench: {
    ready: number | null;
    latencies: number[];
    keyEvents: number;
    /** [event type, duration] of the key events Event Timing reported (16 ms or more). */
    slowKeyEvents: [string, number][];
  };
}

/**
 * Runs in the page before its scripts: marks readiness and times keystrokes. A string, not a
 * function: tsx adds helpers to compiled functions that the page would not have.
 */
const INSTRUMENT = `
(() => {
  const bench = { ready: null, latencies: [], keyEvents: 0, slowKeyEvents: [] };
  window.__bench = bench;
  let pending = null;
  const check = () => {
    if (bench.ready !== null) return;
    const focused = document.activeElement?.getAttribute('role') === 'combobox';
    const list = document.getElementById('results');
    if (!focused || !list?.querySelector('[role="option"]')) return;
    bench.ready = performance.now();
    new MutationObserver(() => {
      if (pending === null) return;
      bench.latencies.push(performance.now() - pending);
      pending = null;
    }).observe(list, { attributes: true, attributeFilter: ['data-rendered-query'] });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('focusin', check, true);
  for (const type of ['keydown', 'keypress', 'keyup']) {
    addEventListener(type, () => bench.keyEvents++, true);
  }
  addEventListener('keydown', (event) => (pending = event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith('key')) bench.slowKeyEvents.push([entry.name, entry.duration]);
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
})();
`;

function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['scripts/preview.mjs', '--port', '0', '--build-if-missing'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/\S+)/.exec(out);
      if (match) resolve({ url: match[1]!, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the preview server exited (${code})`)));
  });
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function readBench(page: Page) {
  return page.evaluate(() => (window as unknown as BenchWindow).__bench);
}

async function measureLoads(page: Page, url: string): Promise<number[]> {
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.ready !== null);
    loads.push((await readBench(page)).ready!);
  }
  return loads;
}

async function typeAndErase(page: Page, query: string) {
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  for (let i = 0; i < query.length; i++) {
    await page.keyboard.press('Backspace', { delay: 0 });
    await page.waitForTimeout(KEY_DELAY_MS);
  }
}

function jsSizes() {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const chunks = readdirSync(join(ROOT, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const code = readFileSync(join(ROOT, 'assets', name), 'utf8');
      const minified = minifySync(name, code, { compress: true, mangle: true }).code;
      return {
        name,
        initial: html.includes(`assets/${name}`),
        built: gzipSync(code, { level: 9 }).length,
        minified: gzipSync(minified, { level: 9 }).length,
        // Minified code is a few long lines; the unminified build has one statement a line.
        isMinified: code.length / code.split('\n').length > 500,
      };
    });
  const sum = (list: typeof chunks, key: 'built' | 'minified') =>
    list.reduce((total, chunk) => total + chunk[key], 0);
  const initial = chunks.filter((c) => c.initial);
  return {
    chunks,
    minifiedBuild: chunks.every((c) => c.isMinified),
    initialBuilt: sum(initial, 'built'),
    initialMinified: sum(initial, 'minified'),
    totalBuilt: sum(chunks, 'built'),
    totalMinified: sum(chunks, 'minified'),
  };
}

interface Typing {
  latencies: number[];
  keyEvents: number;
  slow: number[];
  slowByType: Map<string, number>;
}

/** Types every query and erases it, one key at a time, after one look-up to warm up. */
async function measureTyping(page: Page): Promise<Typing> {
  // A look-up before measuring, as the warm window in the app has had.
  await typeAndErase(page, 'warm up');
  await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.latencies = [];
    bench.keyEvents = 0;
    bench.slowKeyEvents = [];
  });
  for (const query of QUERIES) await typeAndErase(page, query);
  const bench = await readBench(page);
  const slowByType = new Map<string, number>();
  for (const [type] of bench.slowKeyEvents) slowByType.set(type, (slowByType.get(type) ?? 0) + 1);
  return {
    latencies: bench.latencies,
    keyEvents: bench.keyEvents,
    slow: bench.slowKeyEvents.map(([, duration]) => duration),
    slowByType,
  };
}

function typingRows(typing: Typing): string[] {
  const { latencies, keyEvents, slow, slowByType } = typing;
  // Event Timing reports only the slow events: p95 is among them only if they are over 5 %.
  const eventP95 =
    slow.length > 0.05 * keyEvents
      ? ms(quantile([...slow, ...Array<number>(keyEvents - slow.length).fill(0)], 0.95))
      : '< 16 ms';
  const byType = [...slowByType].map(([type, n]) => `${type} ${n}`).join(', ');
  return [
    ms(quantile(latencies, 0.5)),
    ms(quantile(latencies, 0.95)),
    ms(Math.max(...latencies)),
    eventP95,
    slow.length ? ms(Math.max(...slow)) : '< 16 ms',
    `${slow.filter((d) => d > 16).length} of ${keyEvents}${byType ? ` (≥ 16 ms: ${byType})` : ''}`,
  ];
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 720, height: 480 } });
    await context.addInitScript({ content: INSTRUMENT });
    const floorUrl = new URL('bench-floor.html', server.url).href;
    await context.route(floorUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: FLOOR_PAGE }),
    );

    const page = await context.newPage();
    const loads = await measureLoads(page, server.url);
    const window = await measureTyping(page);
    const floorLoads = await measureLoads(page, floorUrl);
    const floor = await measureTyping(page);
    const sizes = jsSizes();

    const figures = [
      `keystroke → DOM updated, median (${window.latencies.length} keystrokes)`,
      'keystroke → DOM updated, p95',
      'keystroke → DOM updated, max',
      'Event Timing, key events: p95',
      'Event Timing, key events: max',
      'Event Timing, key events over 16 ms',
    ];
    const targets = ['', '< 8 ms', '', '', '≤ 16 ms', '0'];
    const windowRows = typingRows(window);
    const floorRows = typingRows(floor);
    const rows: string[][] = figures.map((figure, i) => [
      figure,
      windowRows[i]!,
      floorRows[i]!,
      targets[i]!,
    ]);
    rows.push(
      [
        `load → focused, populated window, median of ${LOADS}`,
        ms(quantile(loads, 0.5)),
        ms(quantile(floorLoads, 0.5)),
        '< 200 ms',
      ],
      [
        'load → focused, populated window, max',
        ms(Math.max(...loads)),
        ms(Math.max(...floorLoads)),
        '',
      ],
      [
        `JS gzip, initial chunk${sizes.minifiedBuild ? '' : ' (build not minified)'}`,
        kib(sizes.initialBuilt),
        '',
        '< 60 KiB',
      ],
      ['JS gzip, all chunks (+ search engine, preferences)', kib(sizes.totalBuilt), '', ''],
    );
    if (!sizes.minifiedBuild) {
      rows.push(
        [
          'JS gzip, initial chunk, minified by Rolldown',
          kib(sizes.initialMinified),
          '',
          '< 60 KiB',
        ],
        ['JS gzip, all chunks, minified by Rolldown', kib(sizes.totalMinified), '', ''],
      );
    }
    const table = [
      `Chromium ${browser.version()} headless, ${cpus().length} cores (load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} at the end), 720×480, web bridge.`,
      '',
      '| figure | window | bare `<input>` page | target |',
      '| --- | --- | --- | --- |',
      ...rows.map((row) => `| ${row.join(' | ')} |`),
      '',
      `Chunks (gzip -9): ${sizes.chunks
        .map((c) => `${c.name}${c.initial ? ' (initial)' : ''} ${kib(c.built)}`)
        .join('; ')}.`,
    ].join('\n');
    process.stdout.write(`${table}\n`);

    if (args.write) {
      const doc = readFileSync(args.write, 'utf8');
      const marker = /(<!-- bench:renderer -->\n)[\s\S]*?(\n<!-- \/bench:renderer -->)/;
      if (!marker.test(doc))
        throw new Error(`${args.write} has no <!-- bench:renderer --> markers`);
      // Formatted as `npm test`'s prettier --check expects it (it aligns Markdown tables).
      const options = (await prettier.resolveConfig(args.write)) ?? {};
      const formatted = await prettier.format(doc.replace(marker, `$1${table}$2`), {
        ...options,
        filepath: args.write,
      });
      writeFileSync(args.write, formatted);
      process.stdout.write(`(written to ${args.write})\n`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
