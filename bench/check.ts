/**
 * `npm run bench:check`: `status-palette check` (the bundled CLI, as users run it) over every .py
 * file of FastAPI's repository (../shared/corpora), beside ruff's WASM build over the same files
 * with one rule, in the same run. Each engine runs in a process of its own, alternately, several
 * times; it prints files per second (median wall time, start-up included) and peak memory for
 * both. Targets: no more than twice ruff's time, under 200 MB. It reports; it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTableIfAsked } from './write-table';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'fastapi-c3f316b7-py.tar.gz');
const RUFF_RULE = 'PLR2004';
const ROUNDS = 3;
const TARGET_RATIO = 2;
const TARGET_MIB = 200;

interface Sample {
  ms: number;
  maxRssMiB: number;
  files: number;
  findings: number;
}

function runOnce(
  args: string[],
  readCounts: (stdout: string, stderr: string) => { files: number; findings: number },
): Sample {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    ['--import', join(ROOT, 'bench/report-usage.mjs'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = /BENCH_USAGE (\{.*\})/.exec(result.stderr);
  if (!usage || (result.status !== 0 && result.status !== 1))
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  const { maxRssKiB } = JSON.parse(usage[1]!) as { maxRssKiB: number };
  return { ms, maxRssMiB: maxRssKiB / 1024, ...readCounts(result.stdout, result.stderr) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`bench:check: SKIPPED (no corpus at ${CORPUS}: ../shared is absent)`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'sp-bench-check-'));
  try {
    const corpus = join(work, 'corpus');
    const cli = join(work, 'cli');
    spawnSync('mkdir', ['-p', corpus]);
    const untar = spawnSync('tar', ['-xzf', CORPUS, '-C', corpus], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar: ${untar.stderr}`);
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), cli], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build-cli: ${build.stderr}`);

    const engines = {
      'status-palette check': () =>
        runOnce(
          [join(cli, 'status-palette.js'), 'check', '--output-format', 'json', corpus],
          (stdout, stderr) => ({
            // "Starlette 1.7.0 for 1138 files: …", one line per version.
            files: [...stderr.matchAll(/^Starlette \S+ for (\d+) files?:/gm)].reduce(
              (sum, m) => sum + Number(m[1]),
              0,
            ),
            findings: (JSON.parse(stdout) as unknown[]).length,
          }),
        ),
      [`ruff ${RUFF_RULE} (WASM)`]: () =>
        runOnce(
          [join(ROOT, 'bench/ruff-check.mjs'), corpus, RUFF_RULE],
          (stdout) => JSON.parse(stdout) as { files: number; findings: number },
        ),
    };
    const samples = new Map<string, Sample[]>(Object.keys(engines).map((name) => [name, []]));
    // Alternate the engines, so a burst of load on the shared machine hits both alike.
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, run] of Object.entries(engines)) samples.get(name)!.push(run());
    }
    const ruffFiles = samples.get(`ruff ${RUFF_RULE} (WASM)`)![0]!.files;
    const rows = [...samples].map(([name, runs]) => {
      const ms = median(runs.map((r) => r.ms));
      const files = runs[0]!.files;
      return {
        name,
        files,
        ms,
        perSecond: files / (ms / 1000),
        peak: Math.max(...runs.map((r) => r.maxRssMiB)),
        findings: runs[0]!.findings,
      };
    });
    const [ours, ruff] = rows;
    const ratio = ours!.ms / ruff!.ms;
    const lines = [
      `Check benchmark: FastAPI c3f316b7, ${ruffFiles} .py files, ${ROUNDS} runs each (median wall time, start-up included), Node ${process.version}, ${cpus().length} cores`,
      '',
      '| engine | files | median s | files/s | peak MB | findings |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.files} | ${(r.ms / 1000).toFixed(2)} | ${r.perSecond.toFixed(0)} | ${r.peak.toFixed(1)} | ${r.findings} |`,
      ),
      '',
      `status-palette / ruff time: ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'}); ` +
        `peak ${ours!.peak.toFixed(1)} MB (target < ${TARGET_MIB} MB: ${ours!.peak < TARGET_MIB ? 'met' : 'MISSED'}). ` +
        `Load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')} at the end.`,
    ];
    console.log(lines.join('\n'));
    writeTableIfAsked('bench:check', lines);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
