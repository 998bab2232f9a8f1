// `npm test`: every check a change must pass, in the order that fails fastest. Each step prints
// its own output; the summary at the end says which failed.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['build', 'npm', ['run', '-s', 'build']],
  ['unit', 'npx', ['vitest', 'run']],
  ['bench:search', 'npm', ['run', '-s', 'bench:search']],
];

const failed = [];
for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (result.status !== 0) failed.push(name);
}
process.stdout.write(
  `\n=== npm test: ${steps.length - failed.length} of ${steps.length} steps passed${failed.length ? `; failed: ${failed.join(', ')}` : ''}\n`,
);
process.exit(failed.length ? 1 : 0);
