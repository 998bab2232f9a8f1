/**
 * The built executable against input that is too big, too fast for its reader, or hostile:
 * it answers line by line, keeps its memory bounded, and never shows a stack trace.
 */
import { MAX_INPUT_LENGTH } from '../../core/search';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const bin = new URL('../../out/cli/status-palette.js', import.meta.url).pathname;
beforeAll(() => {
  execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
});

/** Streams `size` bytes of `fill` as one line, then the lines after it, into the CLI's --batch. */
function batchWithHugeLine(size: number, after: string[], args: string[] = []) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('node', [bin, '--batch', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => {}); // the child may exit before it has read everything
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
      }
      child.stdin.end(`\n${after.join('\n')}\n`);
    };
    pump();
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('huge input on --batch', () => {
  it('a 600 MB line is searched by its first 4 KB, said once on stderr, and the next lines still are', async () => {
    const { code, stdout, stderr } = await batchWithHugeLine(600 * 1024 * 1024, ['429', '404']);
    expect(stderr).toBe(
      `status-palette: note: only the first ${MAX_INPUT_LENGTH} characters of line 1 were searched; the rest was ignored\n`,
    );
    expect(stdout).toBe('\n429\n404\n');
    expect(code).toBe(0);
  }, 60_000);
});

describe('a slow reader', () => {
  it('--batch --json stops reading input while its output waits, instead of buffering it', async () => {
    const child = spawn('node', [bin, '--batch', '--json'], { stdio: ['pipe', 'pipe', 'ignore'] });
    child.stdout.pause(); // a reader that reads nothing for now
    child.stdin.on('error', () => {});
    const line = Buffer.from('404 not found\n');
    const lines = 100_000;
    let accepted = 0; // bytes the pipe has taken: what the CLI read plus the pipe's buffer
    let queued = 0;
    await new Promise<void>((resolve) => {
      const pump = () => {
        while (queued < lines) {
          queued += 1;
          const more = child.stdin.write(line, () => (accepted += line.length));
          if (!more) return void child.stdin.once('drain', pump);
        }
        child.stdin.end();
      };
      pump();
      setTimeout(resolve, 3000);
    });
    const total = lines * line.length;
    child.kill('SIGKILL');
    // Each answer is kilobytes of JSON: a CLI that waits for 'drain' takes in a few hundred KB
    // while stdout is full; one that does not reads all 1.4 MB and holds every answer in memory.
    expect(accepted).toBeLessThan(total / 3);
  }, 20_000);
});

describe('failures', () => {
  it('an internal error exits 70 with one line on stderr, no stack trace', () => {
    // Standard output opened read-only: every write fails with EBADF, a fault of the CLI's world.
    const readOnly = openSync(bin, 'r');
    try {
      const result = spawnSync('node', [bin, '404'], {
        stdio: ['ignore', readOnly, 'pipe'],
        encoding: 'utf8',
      });
      expect(result.status).toBe(70);
      expect(result.stderr).toMatch(/^status-palette: internal error: .+\n$/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(readOnly);
    }
  });
});

describe('control characters in messages', () => {
  const run = (args: string[]) => spawnSync('node', [bin, ...args], { encoding: 'utf8' });

  it.each([
    [['--starlette', '\u001b[2J'], '\\x1b[2J'],
    [['\u001bcqxqx\u0007qxqx'], '\\x1bcqxqx\\x07qxqx'],
    [['--format', 'go\u009b31m'], 'go\\x9b31m'],
    [['--limit', '1\r\n2'], '1\\x0d\\x0a2'],
    [['--\u001b[31m'], '--\\x1b[31m'],
    [['qxqxqx\u202eqxqxqx'], 'qxqxqx\\u202eqxqxqx'],
  ])('%j: shown escaped, never raw', (args, shown) => {
    const { stderr } = run(args);
    expect(stderr).toContain(shown);
    // eslint-disable-next-line no-control-regex
    expect(stderr.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });
});
