// `npm test`: every check a change must pass. Fixed steps first (fastest to fail), then every
// package.json script named `test:*` (suites with their own runner: Playwright, packaging...),
// then every `bench:*` script, which print figures and assert nothing. A summary ends the run.
//
//   npm test [-- --skip NAME ...]   leave out steps by name (CI runs test:electron on its own)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runTool } from './spawn-tool.mjs';

const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const named = (prefix) =>
  Object.keys(scripts)
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => [name, 'npm', ['run', '-s', name]]);

const all = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  [
    'types:svelte',
    'npx',
    ['svelte-check', '--tsconfig', './renderer/tsconfig.json', '--fail-on-warnings'],
  ],
  ['build', 'npm', ['run', '-s', 'build']],
  ['unit', 'npx', ['vitest', 'run']],
  ...named('test:').filter(([name]) => name !== 'test:unit'),
  ...named('bench:'),
];

const { values } = parseArgs({
  options: { skip: { type: 'string', multiple: true, default: [] } },
});
const unknown = values.skip.filter((name) => !all.some(([step]) => step === name));
if (unknown.length) {
  process.stderr.write(
    `npm test: no step named ${unknown.join(', ')}; the steps are: ${all.map(([name]) => name).join(', ')}\n`,
  );
  process.exit(1);
}
const steps = all.filter(([name]) => !values.skip.includes(name));

const failed = [];
for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const result = runTool(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
const passed = steps.length - failed.length;
process.stdout.write(
  `\n=== npm test: ${passed} of ${steps.length} steps passed${failed.length ? `; failed: ${failed.join(', ')}` : ''}` +
    `${values.skip.length ? `; left out with --skip: ${values.skip.join(', ')}` : ''}\n`,
);
process.exit(failed.length ? 1 : 0);
