/** Whether a program is on PATH, as spawn would find it (PATHEXT on Windows). */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function isOnPath(
  program: string,
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter);
  const extensions =
    platform === 'win32' && !/\.[a-z]+$/i.test(program)
      ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';')
      : [''];
  for (const dir of dirs.filter(Boolean)) {
    for (const extension of extensions) {
      const path = join(dir, program + extension);
      try {
        if (!statSync(path).isFile()) continue;
        if (platform !== 'win32') accessSync(path, constants.X_OK);
        return true;
      } catch {
        // Not here: try the next folder.
      }
    }
  }
  return false;
}
