// `npm run test:paste`: the X11 paste end to end (tests/paste/x11-paste.e2e.ts): the app's own
// paste backend types Ctrl+V into a real Chromium window on a real X server. SKIPPED where
// xdotool or xclip is missing, a failure instead with CI=true.
import { spawnSync } from 'node:child_process';
import { ensureX11Session } from './x11-session.mjs';

ensureX11Session('test:paste');
process.stdout.write(`test:paste: on DISPLAY ${process.env.DISPLAY}\n`);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter', 'spec', 'tests/paste/x11-paste.e2e.ts'],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
