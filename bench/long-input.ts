/**
 * Runs one engine on each 1 MB input in turn and prints the milliseconds each took, one a line
 * as it finishes, so the parent (search.ts) knows how far a child got that crashed or was stopped.
 */
import { engines } from './engines';
import { LONG_INPUTS } from './long-inputs';

const engine = engines.find((e) => e.name === process.argv[2]);
if (!engine) {
  console.error('usage: long-input.ts ENGINE');
  process.exit(2);
}
for (const input of LONG_INPUTS) {
  engine.run(input.slice(0, 10)); // warm up on a short query
  const start = process.hrtime.bigint();
  try {
    engine.run(input);
  } catch (error) {
    // The parent names what was thrown in the engine's cell.
    console.log(`threw ${error instanceof Error ? error.name : typeof error}`);
    process.exit(1);
  }
  console.log(Number(process.hrtime.bigint() - start) / 1e6);
}
