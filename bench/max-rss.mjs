// Preloaded (node --import) into a measured process: on exit, appends its peak resident set
// size in KB to the file named by MAX_RSS_FILE.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  appendFileSync(process.env.MAX_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
