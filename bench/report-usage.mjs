// Preloaded into each benchmarked process (`node --import`): at exit it writes the process's own
// peak resident memory on stderr, where bench/check.ts reads it. Measured the same way for every
// engine, from inside, so no sampling can miss a peak.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nBENCH_USAGE ${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
});
