/** Runs one engine on one long input and prints the milliseconds it took (see search.ts). */
import { engines } from './engines';
import { LONG_INPUTS } from './long-inputs';

const engine = engines.find((e) => e.name === process.argv[2]);
const input = LONG_INPUTS[Number(process.argv[3])];
if (!engine || input === undefined) {
  console.error('usage: long-input.ts ENGINE INPUT_INDEX');
  process.exit(2);
}
engine.run(input.slice(0, 10)); // warm up on a short query
const start = process.hrtime.bigint();
engine.run(input);
console.log(Number(process.hrtime.bigint() - start) / 1e6);
