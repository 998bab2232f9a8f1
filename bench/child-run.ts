/**
 * Work bench:search (search.ts) runs in a child process:
 * - `pasted-quality ENGINE...`: each engine's quality on the pasted sets, one JSON line an engine;
 * - `ENGINE long|pastes`: one engine over the 1 MB inputs or the 4 KB pastes, each in turn,
 *   printing the milliseconds each took, one a line as it finishes: the parent stops the child
 *   at its cap and knows how far it got, or where it crashed.
 */
import {
  pastedHoldoutQueriesPath,
  pastedQueriesPath,
  readQuerySet,
} from '../tests/core/query-sets';
import { engines } from './engines';
import { LONG_INPUTS } from './long-inputs';
import { fourKbPastes } from './pastes';
import { quality } from './quality';

if (process.argv[2] === 'pasted-quality') {
  const pastedDev = readQuerySet(pastedQueriesPath());
  const pastedHoldout = readQuerySet(pastedHoldoutQueriesPath());
  for (const name of process.argv.slice(3)) {
    const peer = engines.find((e) => e.name === name);
    if (!peer) continue;
    const pd = quality(peer, pastedDev);
    const ph = quality(peer, pastedHoldout);
    console.log(JSON.stringify({ name, pd, ph }));
  }
  process.exit(0);
}

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
