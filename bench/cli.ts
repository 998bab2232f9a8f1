/**
 * `npm run bench:cli`: the peak memory of `status-palette --batch` fed one huge line, beside a
 * plain node:readline reader fed the same (the way most line-reading CLIs, this one included
 * until it bounded its lines, read). Target: a 200 MB line costs the CLI < 150 MB at peak. Each
 * runs in its own process, measured by its own maxRSS. It reports; it asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'out/cli/status-palette.js');
const probe = join(root, 'bench/max-rss.mjs');
const MB = 1024 * 1024;
const sizes = (process.argv[2] ?? '200').split(',').map(Number);

spawnSync('node', ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });

/** Feeds `lineMB` of one line plus "\n404\n" to `args`; its peak RSS in MB and its exit status. */
function measure(args: string[], lineMB: number): Promise<{ peakMB: number; status: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const file = join(dir, 'rss');
  return new Promise((resolve) => {
    const child = spawn('node', ['--import', probe, ...args], {
      stdio: ['pipe', 'ignore', 'pipe'],
      env: { ...process.env, MAX_RSS_FILE: file },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => {});
    const chunk = Buffer.alloc(MB, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < lineMB) {
        sent += 1;
        if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
      }
      child.stdin.end('\n404\n');
    };
    pump();
    child.on('close', (code, signal) => {
      let peakMB = NaN;
      try {
        peakMB = Number(readFileSync(file, 'utf8').trim()) / 1024;
      } catch {
        // Killed before its exit handler ran.
      }
      rmSync(dir, { recursive: true, force: true });
      const firstLine = stderr.split('\n').find((l) => l.trim()) ?? '';
      resolve({
        peakMB,
        status: signal
          ? `killed by ${signal}`
          : `exit ${code}${firstLine ? `: ${firstLine.slice(0, 60)}` : ''}`,
      });
    });
  });
}

console.log(
  `CLI memory on one huge --batch line (target: 200 MB line < 150 MB peak), Node ${process.version}`,
);
console.log('| line | reader | peak RSS | result |');
console.log('| ---- | ------ | -------- | ------ |');
for (const size of sizes) {
  for (const [name, args] of [
    ['status-palette --batch', [cli, '--batch']],
    ['node:readline (peer)', [join(root, 'bench/readline-peer.mjs')]],
  ] as const) {
    const { peakMB, status } = await measure([...args], size);
    console.log(
      `| ${size} MB | ${name} | ${Number.isNaN(peakMB) ? '-' : `${peakMB.toFixed(0)} MB`} | ${status} |`,
    );
  }
}
