/**
 * Reading the versions of starlette and fastapi out of a Python project's lock or requirements
 * files. Text in, pins out: the caller reads the files (core/ has no file system).
 */
import { parse as parseToml } from 'smol-toml';

/** Where several of these sit in one folder, the first in this order wins. */
export const LOCK_FILE_ORDER = [
  'uv.lock',
  'pylock.toml',
  'poetry.lock',
  'pdm.lock',
  'Pipfile.lock',
  'requirements*.txt',
] as const;

export interface Pins {
  /** Every version the file pins for each package (a uv lock may fork per Python version). */
  starlette: string[];
  fastapi: string[];
}

export type LockRead = { ok: true; pins: Pins } | { ok: false; message: string };

/** Whether a file name is one of the lock or requirements files, and which rank it has. */
export function lockFileRank(name: string): number {
  const exact = LOCK_FILE_ORDER.indexOf(name as (typeof LOCK_FILE_ORDER)[number]);
  if (exact >= 0) return exact;
  if (name.startsWith('requirements') && name.endsWith('.txt'))
    return LOCK_FILE_ORDER.indexOf('requirements*.txt');
  return -1;
}

/** PEP 503: names compare lowercased with runs of -, _ and . as one dash. */
export function normalizePackageName(name: string): string {
  return name
    .toLowerCase()
    .split(/[-_.]+/)
    .join('-');
}

function addPin(pins: Pins, name: unknown, version: unknown): void {
  if (typeof name !== 'string' || typeof version !== 'string') return;
  const key = normalizePackageName(name);
  if (key === 'starlette' || key === 'fastapi') {
    const clean = version.startsWith('==') ? version.slice(2) : version;
    if (!pins[key].includes(clean)) pins[key].push(clean);
  }
}

/** uv.lock, poetry.lock and pdm.lock list `[[package]]`; pylock.toml (PEP 751) `[[packages]]`. */
function readTomlLock(text: string, table: 'package' | 'packages'): Pins {
  const data = parseToml(text) as Record<string, unknown>;
  const pins: Pins = { starlette: [], fastapi: [] };
  const packages = data[table];
  if (Array.isArray(packages)) {
    for (const item of packages) {
      if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        addPin(pins, record.name, record.version);
      }
    }
  }
  return pins;
}

function readPipfileLock(text: string): Pins {
  const data = JSON.parse(text) as Record<string, unknown>;
  const pins: Pins = { starlette: [], fastapi: [] };
  for (const section of ['default', 'develop']) {
    const packages = data[section];
    if (!packages || typeof packages !== 'object') continue;
    for (const [name, spec] of Object.entries(packages as Record<string, unknown>)) {
      if (spec && typeof spec === 'object')
        addPin(pins, name, (spec as Record<string, unknown>).version);
    }
  }
  return pins;
}

/** `name[extras]==1.2.3 ; markers  # comment`, one requirement per line; only == pins count. */
function readRequirements(text: string): Pins {
  const pins: Pins = { starlette: [], fastapi: [] };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.split('#')[0]!.split(';')[0]!.trim();
    const at = line.indexOf('==');
    if (at <= 0 || line.startsWith('-')) continue;
    const name = line.slice(0, at).split('[')[0]!.trim();
    const version = line
      .slice(at + 2)
      .split(/[\s\\]/)[0]!
      .trim();
    if (version && !version.includes('*')) addPin(pins, name, version);
  }
  return pins;
}

export function readLockFile(name: string, text: string): LockRead {
  try {
    const rank = lockFileRank(name);
    const format = LOCK_FILE_ORDER[rank];
    let pins: Pins;
    if (format === 'uv.lock' || format === 'poetry.lock' || format === 'pdm.lock')
      pins = readTomlLock(text, 'package');
    else if (format === 'pylock.toml') pins = readTomlLock(text, 'packages');
    else if (format === 'Pipfile.lock') pins = readPipfileLock(text);
    else if (format === 'requirements*.txt') pins = readRequirements(text);
    else return { ok: false, message: `${name} is not a lock or requirements file` };
    return { ok: true, pins };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `${name} does not parse (${detail})` };
  }
}
