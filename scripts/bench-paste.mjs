// `npm run bench:paste`: bench/paste.ts under a real X server (DISPLAY, or xvfb-run -a).
// Prints figures, asserts nothing; SKIPPED where xdotool, xclip or an X server is missing.
import { spawnSync } from 'node:child_process';
import { ensureX11Session } from './x11-session.mjs';

ensureX11Session('bench:paste');
const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/paste.ts'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
