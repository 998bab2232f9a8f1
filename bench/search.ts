/**
 * `npm run bench:search`: our search beside the libraries a developer would reach for instead,
 * over the same registry and queries, in one process. Prints quality (top-1, top-3 on the
 * examples and on tests/core/queries-dev.tsv) and speed (median and p99 µs per query, and the
 * time for 10 000-character inputs). It reports; it asserts nothing.
 */
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import fuzzysort from 'fuzzysort';
import { REGISTRY, type StatusEntry } from '../core/registry';
import { search } from '../core/search';
import {
  devQueriesPath,
  examplesPath,
  readQuerySet,
  type LabelledQuery,
} from '../tests/core/query-sets';

type Engine = { name: string; config: string; run: (query: string) => number[] };

const LIMIT = 10;
const haystack = REGISTRY.map(
  (e) => `${e.code} ${e.constant ?? ''} ${e.phrase} ${e.keywords.join(' ')}`,
);

const fuse = new Fuse(REGISTRY as StatusEntry[], {
  keys: ['code', 'constant', 'phrase', 'otherNames.name', 'keywords', 'summary'],
  threshold: 0.4,
  ignoreLocation: true,
});
const sortTargets = haystack.map((text, i) => ({ text, i }));
const uf = new uFuzzy({ intraMode: 1 });

const engines: Engine[] = [
  {
    name: 'status-palette',
    config: 'core/search (tiers + weighted tokens, stems, typos)',
    run: (q) => search(q, { limit: LIMIT }).map((r) => r.entry.code),
  },
  {
    name: 'fuse.js',
    config:
      'keys code, constant, phrase, otherNames.name, keywords, summary; threshold 0.4; ignoreLocation',
    run: (q) => fuse.search(q, { limit: LIMIT }).map((r) => r.item.code),
  },
  {
    name: 'fuzzysort',
    config: 'one string per entry: code constant phrase keywords',
    run: (q) =>
      fuzzysort
        .go(q, sortTargets, { key: 'text', limit: LIMIT })
        .map((r) => REGISTRY[r.obj.i]!.code),
  },
  {
    name: 'uFuzzy',
    config: 'intraMode 1 (single typos), same strings as fuzzysort',
    run: (q) => {
      const [idxs, , order] = uf.search(haystack, q, 1);
      if (!idxs) return [];
      const ranked = order ? order.map((k) => idxs[k]!) : idxs;
      return ranked.slice(0, LIMIT).map((i) => REGISTRY[i]!.code);
    },
  },
];

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
  for (const q of queries) engine.run(q); // warm up
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

function longInputMs(engine: Engine): number {
  const inputs = [
    'rate limit '.repeat(910).slice(0, 10_000),
    'x'.repeat(10_000),
    Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0x4e00 + (i % 500))).join(''),
  ];
  let worst = 0;
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    engine.run(input);
    worst = Math.max(worst, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return worst;
}

const examples = readQuerySet(examplesPath());
const dev = readQuerySet(devQueriesPath());
const allQueries = [...examples, ...dev].map((q) => q.query);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rounds = process.env.CI ? 20 : 50;

console.log(
  `Search benchmark: ${REGISTRY.length} statuses, ${examples.length} examples, ${dev.length} dev queries, ${rounds} timed rounds, Node ${process.version}`,
);
for (const e of engines) console.log(`  ${e.name}: ${e.config}`);
console.log('');
console.log(
  '| engine | examples top-1 | examples top-3 | dev top-1 | dev top-3 | median µs | p99 µs | 10k-char input ms |',
);
console.log('|---|---|---|---|---|---|---|---|');
const rows = engines.map((engine) => {
  const ex = quality(engine, examples);
  const dv = quality(engine, dev);
  const t = timings(engine, allQueries, rounds);
  const long = longInputMs(engine);
  console.log(
    `| ${engine.name} | ${pct(ex.top1)} | ${pct(ex.top3)} | ${pct(dv.top1)} | ${pct(dv.top3)} | ${t.median.toFixed(1)} | ${t.p99.toFixed(1)} | ${long.toFixed(2)} |`,
  );
  return { engine: engine.name, median: t.median };
});
const ours = rows[0]!.median;
const fuseRow = rows.find((r) => r.engine === 'fuse.js')!;
console.log(`\nfuse.js median / ours: ${(fuseRow.median / ours).toFixed(1)}x`);
