// `npm run test:pre-commit`: the hook of .pre-commit-hooks.yaml as pre-commit installs and runs
// it. A throwaway FastAPI project whose .pre-commit-config.yaml points at a clone of this checkout
// (pre-commit wants a git repository at a rev: the clone gets a commit of the working tree as it
// is, so uncommitted work is what is tested). pre-commit then clones that, `npm install`s it from
// the registry, packs and installs it, and runs the hook on the project's Python files.
// Says SKIPPED where pre-commit is not installed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return result;
}

function must(command, args, options) {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout.trim();
}

if (run('sh', ['-c', 'command -v pre-commit']).status !== 0) {
  console.log(
    'test:pre-commit: SKIPPED (pre-commit is not installed; Debian: apt-get install pre-commit)',
  );
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'sp-pre-commit-'));
const git = (cwd, ...args) =>
  must('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd });
let failures = 0;
const expect = (ok, what) => {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`);
  if (!ok) failures++;
};

try {
  // The hook repository: this checkout's committed history plus its working tree, committed.
  const hook = join(work, 'hook');
  must('git', ['clone', '--quiet', '--no-hardlinks', ROOT, hook]);
  const tracked = must('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT })
    .split('\0')
    .filter(Boolean);
  for (const path of tracked) {
    try {
      cpSync(join(ROOT, path), join(hook, path), { dereference: false });
    } catch (error) {
      // Deleted in the working tree but still in the index: the clone keeps git's view.
      if (error.code !== 'ENOENT') throw error;
    }
  }
  git(hook, 'add', '-A');
  if (run('git', ['diff', '--cached', '--quiet'], { cwd: hook }).status !== 0)
    git(hook, 'commit', '--quiet', '--no-verify', '-m', 'working tree under test');
  const rev = git(hook, 'rev-parse', 'HEAD');

  // The FastAPI project that uses the hook.
  const project = join(work, 'project');
  mkdirSync(join(project, 'app'), { recursive: true });
  writeFileSync(
    join(project, 'app', 'main.py'),
    'from fastapi import FastAPI, HTTPException\n\napp = FastAPI()\n\n\n@app.get("/items/{item_id}")\ndef read(item_id: int):\n    raise HTTPException(status_code=404)\n',
  );
  writeFileSync(
    join(project, 'app', 'clean.py'),
    'from fastapi import status\n\nOK = status.HTTP_200_OK\n',
  );
  writeFileSync(join(project, 'notes.txt'), 'raise HTTPException(404)\n');
  writeFileSync(
    join(project, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hook}\n    rev: ${rev}\n    hooks:\n      - id: status-palette\n`,
  );
  git(project, 'init', '--quiet');
  git(project, 'add', '-A');

  // A fresh pre-commit cache: the hook is installed the way a new user's pre-commit installs it.
  const env = { ...process.env, PRE_COMMIT_HOME: join(work, 'cache'), NO_COLOR: '1' };
  delete env.npm_config_prefix;
  delete env.NPM_CONFIG_PREFIX;
  const started = Date.now();
  const all = run('pre-commit', ['run', '--all-files', '--color', 'never'], {
    cwd: project,
    env,
    timeout: 9 * 60_000,
  });
  const output = `${all.stdout}${all.stderr}`;
  console.log(
    output
      .trim()
      .split('\n')
      .map((line) => `  | ${line}`)
      .join('\n'),
  );
  console.log(`(install and run: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  expect(all.status === 1, 'pre-commit run --all-files fails on the finding');
  expect(
    output.includes('app/main.py:8:37: ST003 bare status 404: use status.HTTP_404_NOT_FOUND'),
    'the hook reports the bare 404 with its place',
  );
  expect(!output.includes('notes.txt'), 'only Python files are passed to the hook');

  const clean = run('pre-commit', ['run', '--color', 'never', '--files', 'app/clean.py'], {
    cwd: project,
    env,
    timeout: 2 * 60_000,
  });
  expect(clean.status === 0, 'a clean file passes');
} catch (error) {
  console.error(`test:pre-commit: ${error.message}`);
  failures++;
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(failures ? `test:pre-commit: ${failures} failed` : 'test:pre-commit: passed');
process.exit(failures ? 1 : 0);
