// What test:paste and bench:paste need before they start: xdotool and a real X server. Uses the
// DISPLAY it is given; without one, runs the same command again under `xvfb-run -a` (which picks
// a free display number, so a run nested in another xvfb-run does not collide on :99).
// Returns 'run' when the caller should go on, or exits (SKIPPED, failure, or the nested run's
// status). With CI=true a missing tool is a failure, never a skip.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const has = (program) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

export function ensureX11Session(name, { needs = ['xdotool', 'xclip'] } = {}) {
  const ci = process.env.CI === 'true';
  const stop = (why) => {
    if (ci) {
      process.stderr.write(
        `${name}: FAILED: ${why} (CI=true: a skip here would hide a failure).\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`${name}: SKIPPED: ${why}.\n`);
    process.exit(0);
  };
  for (const program of needs) {
    if (!has(program)) stop(`${program} is not installed (Debian: apt-get install ${program})`);
  }
  if (process.env.DISPLAY) return 'run';
  if (process.env.STATUS_PALETTE_UNDER_XVFB) stop('xvfb-run started no X server');
  if (!has('xvfb-run')) stop('no DISPLAY and no xvfb-run (Debian: apt-get install xvfb)');
  const result = spawnSync(
    'xvfb-run',
    ['-a', '--server-args=-screen 0 1280x800x24', process.execPath, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, STATUS_PALETTE_UNDER_XVFB: '1' } },
  );
  process.exit(result.status ?? 1);
}
