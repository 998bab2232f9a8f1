// The peer of bench:cli: reads standard input line by line the usual way (node:readline, as the
// CLI did before it bounded its lines) and prints each line's length.
import { createInterface } from 'node:readline';

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  process.stdout.write(`${line.length}\n`);
}
