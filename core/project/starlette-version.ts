/**
 * The Starlette version a Python file runs on, learned from the nearest folder above it that holds
 * a lock or requirements file. Core code: the folder reading is passed in, so the CLI (any folder)
 * and the desktop app (only the folder the user picked) share it.
 */
import {
  compareVersions,
  formatVersion,
  FIRST_STARLETTE_WITH_STATUS,
  NEWEST_STARLETTE,
  version,
  type Version,
} from '../versions';
import { FASTAPI_STARLETTE_REQUIREMENTS, NEWEST_FASTAPI_IN_TABLE } from './fastapi-starlette';
import { lockFileRank, readLockFile, type Pins } from './lock-files';
import { describeRange, justBelow, rangeOf, releaseOf } from './versions';

export interface ProjectFolders {
  /** The names in a folder, or null where it cannot be listed. */
  list(dir: string): readonly string[] | null;
  read(dir: string, name: string): { ok: true; text: string } | { ok: false; message: string };
  /** The folder above, or null at the top (or at the edge of what may be read). */
  parent(dir: string): string | null;
}

export interface StarletteTarget {
  /** Names the project must already have are judged here (the oldest Starlette it may run). */
  low: Version;
  /** Names that warn are judged here (the newest Starlette it may run). */
  high: Version;
  /** The version or range, as people write it: "0.47.3", ">=0.40.0,<0.49.0". */
  label: string;
  /** How it was learned, for the report: "starlette 0.47.3 pinned" (in `file`). */
  basis: string;
  /** The folder and file it came from; null for --starlette or no evidence. */
  dir: string | null;
  file: string | null;
}

export interface Resolution {
  target: StarletteTarget;
  /** Problems met on the way (a lock file that does not parse), with the folder they are in. */
  notes: { dir: string; message: string }[];
}

export function fixedTarget(v: Version, basis: string): StarletteTarget {
  return { low: v, high: v, label: formatVersion(v), basis, dir: null, file: null };
}

/** The basis of a target whose file lists neither package (the newest Starlette is used). */
export const NEITHER_LISTED =
  'neither starlette nor fastapi listed: the newest Starlette the registry knows';

export const DEFAULT_TARGET = fixedTarget(
  version(NEWEST_STARLETTE),
  'no lock or requirements file found: the newest Starlette the registry knows',
);

function sortedVersions(texts: readonly string[]): Version[] {
  return texts
    .map(releaseOf)
    .filter((v): v is Version => v !== null)
    .sort(compareVersions);
}

/** The Starlette range FastAPI `fastapi` requires, from its pyproject.toml history. */
export function fastapiStarletteRange(fastapi: Version): { spec: string; fromFastapi: string } {
  let row = FASTAPI_STARLETTE_REQUIREMENTS[0]!;
  for (const candidate of FASTAPI_STARLETTE_REQUIREMENTS) {
    if (compareVersions(version(candidate[0]), fastapi) <= 0) row = candidate;
  }
  return { spec: row[1], fromFastapi: row[0] };
}

function targetFromPins(pins: Pins, dir: string, file: string): StarletteTarget | null {
  const starlette = sortedVersions(pins.starlette);
  if (starlette.length) {
    const low = starlette[0]!;
    const high = starlette[starlette.length - 1]!;
    const label =
      compareVersions(low, high) === 0
        ? formatVersion(low)
        : `${formatVersion(low)} .. ${formatVersion(high)}`;
    return { low, high, label, basis: `starlette ${label} pinned`, dir, file };
  }
  const fastapi = sortedVersions(pins.fastapi);
  if (!fastapi.length) return null;
  const oldest = fastapiStarletteRange(fastapi[0]!);
  const newest = fastapiStarletteRange(fastapi[fastapi.length - 1]!);
  const floor = version(FIRST_STARLETTE_WITH_STATUS);
  const lowRange = rangeOf(oldest.spec, floor)!;
  const highRange = rangeOf(newest.spec, floor)!;
  const high = !highRange.high
    ? version(NEWEST_STARLETTE)
    : highRange.highExclusive
      ? justBelow(highRange.high)
      : highRange.high;
  const label = describeRange({
    low: lowRange.low,
    high: highRange.high,
    highExclusive: highRange.highExclusive,
  });
  const fastapiLabel = fastapi.map(formatVersion).join(', ');
  const beyond =
    compareVersions(fastapi[fastapi.length - 1]!, version(NEWEST_FASTAPI_IN_TABLE)) > 0
      ? ` (FastAPI's requirements are known up to ${NEWEST_FASTAPI_IN_TABLE})`
      : '';
  return {
    low: lowRange.low,
    high,
    label,
    basis: `fastapi ${fastapiLabel} pinned, which requires starlette ${label}${beyond}`,
    dir,
    file,
  };
}

/** Finds the Starlette target for files in a folder; remembers every folder it has looked at. */
export function createStarletteResolver(folders: ProjectFolders): (dir: string) => Resolution {
  const cache = new Map<string, Resolution>();
  const resolve = (dir: string): Resolution => {
    const known = cache.get(dir);
    if (known) return known;
    const notes: Resolution['notes'] = [];
    let result: Resolution | null = null;
    const names = (folders.list(dir) ?? [])
      .filter((name) => lockFileRank(name) >= 0)
      .sort((a, b) => lockFileRank(a) - lockFileRank(b) || a.localeCompare(b));
    for (const name of names) {
      const read = folders.read(dir, name);
      const parsed = read.ok ? readLockFile(name, read.text) : read;
      if (!parsed.ok) {
        notes.push({ dir, message: `${parsed.message}; not used` });
        continue;
      }
      const target = targetFromPins(parsed.pins, dir, name);
      // A requirements file without a starlette or fastapi pin says nothing: keep looking.
      if (!target && lockFileRank(name) === lockFileRank('requirements.txt')) continue;
      result = {
        target: target ?? {
          ...DEFAULT_TARGET,
          basis: NEITHER_LISTED,
          dir,
          file: name,
        },
        notes,
      };
      break;
    }
    if (!result) {
      const parent = folders.parent(dir);
      const above = parent === null ? { target: DEFAULT_TARGET, notes: [] } : resolve(parent);
      result = { target: above.target, notes: [...notes, ...above.notes] };
    }
    cache.set(dir, result);
    return result;
  };
  return resolve;
}
