/**
 * `npm run bench:search`: our search beside the libraries a developer would reach for instead,
 * over the same registry and queries, in one process. Prints quality (top-1, top-3 on the
 * examples and on tests/core/queries-dev.tsv) and speed (median and p99 µs per query, and the
 * time for 10 000-character inputs). It reports; it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { loadavg, cpus } from 'node:os';
import { REGISTRY } from '../core/registry';
import { engines, type Engine } from './engines';
import { LONG_INPUTS } from './long-inputs';
import { writeTableIfAsked } from './write-table';
import {
  devQueriesPath,
  examplesPath,
  readQuerySet,
  type LabelledQuery,
} from '../tests/core/query-sets';

function quality(engine: Engine, set: LabelledQuery[]) {
  let top1 = 0;
  let top3 = 0;
  for (const { query, expected } of set) {
    const codes = engine.run(query);
    if (codes[0] !== undefined && expected.includes(codes[0])) top1++;
    if (codes.slice(0, 3).some((c) => expected.includes(c))) top3++;
  }
  return { top1: top1 / set.length, top3: top3 / set.length };
}

function timings(engine: Engine, queries: string[], rounds: number) {
  // Start each engine's timing from a collected heap, so no engine pays for another's garbage.
  (globalThis as { gc?: () => void }).gc?.();
  // Warm up every engine the same way, so the JIT has compiled what is timed.
  for (let r = 0; r < 5; r++) for (const q of queries) engine.run(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const start = process.hrtime.bigint();
      engine.run(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

/**
 * The worst time over the 10 000-character inputs, each run in a child process of its own:
 * a library that builds a regular expression from the query can run out of memory on them.
 */
function longInputMs(engine: Engine): string {
  let worst = 0;
  for (let i = 0; i < LONG_INPUTS.length; i++) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        new URL('./long-input.ts', import.meta.url).pathname,
        engine.name,
        String(i),
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const ms = Number(child.stdout.trim());
    if (child.status !== 0 || !Number.isFinite(ms)) {
      const why = /heap out of memory/.test(child.stderr)
        ? 'out of memory'
        : child.signal
          ? `killed (${child.signal})`
          : 'failed';
      return `${why} on input ${i + 1}`;
    }
    worst = Math.max(worst, ms);
  }
  return worst.toFixed(2);
}

const examples = readQuerySet(examplesPath());
const dev = readQuerySet(devQueriesPath());
// Written blind to the keywords and never tuned on: how the search does on queries it has not seen.
const holdout = readQuerySet(
  new URL('../tests/core/queries-holdout.tsv', import.meta.url).pathname,
);
const allQueries = [...examples, ...dev].map((q) => q.query);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rounds = process.env.CI ? 20 : 50;

const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};
say(
  `Search benchmark: ${REGISTRY.length} statuses, ${examples.length} examples, ${dev.length} dev queries, ${holdout.length} held-out queries, ${rounds} timed rounds, Node ${process.version}`,
);
for (const e of engines) say(`- ${e.name}: ${e.config}`);
say('');
say(
  '| engine | examples top-1 | examples top-3 | dev top-1 | dev top-3 | holdout top-1 | holdout top-3 | median µs | p99 µs | 10k-char input ms |',
);
say('|---|---|---|---|---|---|---|---|---|---|');
const rows = engines.map((engine) => {
  const ex = quality(engine, examples);
  const dv = quality(engine, dev);
  const ho = quality(engine, holdout);
  const t = timings(engine, allQueries, rounds);
  const long = longInputMs(engine);
  say(
    `| ${engine.name} | ${pct(ex.top1)} | ${pct(ex.top3)} | ${pct(dv.top1)} | ${pct(dv.top3)} | ${pct(ho.top1)} | ${pct(ho.top3)} | ${t.median.toFixed(1)} | ${t.p99.toFixed(1)} | ${long} |`,
  );
  return { engine: engine.name, median: t.median };
});
const ours = rows[0]!.median;
const fuseRow = rows.find((r) => r.engine === 'fuse.js')!;
say('');
say(
  `fuse.js median / ours: ${(fuseRow.median / ours).toFixed(1)}x. Machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} at the end.`,
);

writeTableIfAsked('bench:search', lines);
