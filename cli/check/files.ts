/**
 * The Python files a check reads: the paths given, folders walked for .py and .pyi, .gitignore
 * honoured (the `ignore` package: git's own matching), tool folders skipped, symlink loops cut.
 */
import ignore, { type Ignore } from 'ignore';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describeFsError, type CheckFs } from './fs';

export const SKIPPED_FOLDERS = new Set([
  '.git',
  '.venv',
  'venv',
  'node_modules',
  'build',
  'dist',
  '__pycache__',
]);

const isPython = (name: string) => name.endsWith('.py') || name.endsWith('.pyi');

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** As the report shows it: relative to the current folder, or as given. */
  display: string;
}

interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

function readIgnore(fs: CheckFs, dir: string, notes: string[]): IgnoreLayer | null {
  let text: string;
  try {
    text = new TextDecoder().decode(fs.readFile(join(dir, '.gitignore')));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      notes.push(`${join(dir, '.gitignore')}: ${describeFsError(error)}`);
    return null;
  }
  return { base: dir, rules: ignore().add(text) };
}

function isIgnored(layers: readonly IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = relative(layer.base, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (layer.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** .gitignore files above `dir`, up to the repository's root (the folder holding .git). */
function ancestorLayers(fs: CheckFs, dir: string, notes: string[]): IgnoreLayer[] {
  const chain: string[] = [];
  for (let at = dirname(dir); ; at = dirname(at)) {
    chain.push(at);
    if (isGitRoot(fs, at) || dirname(at) === at) break;
  }
  if (!isGitRoot(fs, chain[chain.length - 1]!)) return [];
  return chain.map((d) => readIgnore(fs, d, notes)).filter((l): l is IgnoreLayer => l !== null);
}

function isGitRoot(fs: CheckFs, dir: string): boolean {
  try {
    fs.stat(join(dir, '.git'));
    return true;
  } catch {
    return false;
  }
}

export function findPythonFiles(
  fs: CheckFs,
  cwd: string,
  given: readonly string[],
  notes: string[],
): { files: FoundFile[]; missing: number } {
  const files: FoundFile[] = [];
  const seen = new Set<string>();
  let missing = 0;
  const add = (path: string, display: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, display });
  };

  const walkFolder = (
    dir: string,
    display: string,
    layers: IgnoreLayer[],
    visited: Set<string>,
  ) => {
    let entries;
    try {
      entries = fs.readdir(dir);
    } catch (error) {
      notes.push(`${display}: cannot list: ${describeFsError(error)}; skipped`);
      return;
    }
    const own = readIgnore(fs, dir, notes);
    const here = own ? [...layers, own] : layers;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      const shown = join(display, entry.name);
      let kind = entry.kind;
      if (kind === 'symlink') {
        try {
          const target = fs.stat(path);
          kind = target.isDirectory ? 'dir' : target.isFile ? 'file' : 'other';
        } catch {
          continue; // A dangling link names nothing to check.
        }
      }
      if (kind === 'dir') {
        if (SKIPPED_FOLDERS.has(entry.name) || isIgnored(here, path, true)) continue;
        let real: string;
        try {
          real = fs.realpath(path);
        } catch (error) {
          notes.push(`${shown}: ${describeFsError(error)}; skipped`);
          continue;
        }
        // A link back up the tree would walk forever.
        if (visited.has(real)) continue;
        visited.add(real);
        walkFolder(path, shown, here, visited);
        visited.delete(real);
      } else if (kind === 'file' && isPython(entry.name) && !isIgnored(here, path, false)) {
        add(path, shown);
      }
    }
  };

  for (const item of given) {
    const path = resolve(cwd, item);
    let stat;
    try {
      stat = fs.stat(path);
    } catch (error) {
      notes.push(`${item}: ${describeFsError(error)}`);
      missing++;
      continue;
    }
    const display = relative(cwd, path).startsWith('..') ? item : relative(cwd, path) || '.';
    if (stat.isDirectory) {
      const visited = new Set<string>();
      try {
        visited.add(fs.realpath(path));
      } catch {
        // realpath failing here fails the listing too, which says why.
      }
      walkFolder(path, display, ancestorLayers(fs, path, notes), visited);
    } else if (isPython(path)) add(path, display);
    else notes.push(`${item}: not a .py or .pyi file; skipped`);
  }
  return { files, missing };
}
