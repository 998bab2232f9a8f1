/** Running `status-palette check` in-process on throwaway projects. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { runCheck, type CheckEnv } from '../../cli/check/command';
import { nodeFs, type CheckFs } from '../../cli/check/fs';

const temps: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sp-check-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      lines: async function* () {},
      color: false,
      version: '9.9.9',
    },
  };
}

export async function check(cwd: string, args: string[], fs: CheckFs = nodeFs) {
  const { out, err, io: cliIo } = io();
  const env: CheckEnv = { fs, cwd };
  const code = await runCheck(args, cliIo, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export function project(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
