/**
 * Runs one engine over the 1 MB inputs (`long`) or the 4 KB pastes (`pastes`), each in turn, and
 * prints the milliseconds each took, one a line as it finishes: the parent (search.ts) stops a
 * child at its cap and knows how far it got, or where it crashed.
 */
import { engines } from './engines';
import { LONG_INPUTS } from './long-inputs';
import { fourKbPastes } from './pastes';

const engine = engines.find((e) => e.name === process.argv[2]);
const kind = process.argv[3];
if (!engine || (kind !== 'long' && kind !== 'pastes')) {
  console.error('usage: child-run.ts ENGINE long|pastes');
  process.exit(2);
}
const inputs = kind === 'long' ? LONG_INPUTS : fourKbPastes();
for (const input of inputs) {
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
