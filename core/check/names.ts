/**
 * Every name starlette.status ever had, and what it means for a project whose Starlette lies
 * between two versions: present, deprecated, or missing, and which name to write instead.
 * Built from the registry's facts (status.py's history), never from a list of its own.
 */
import { HTTP_FACTS } from '../registry/facts/http';
import { WEBSOCKET_FACTS } from '../registry/facts/websocket';
import type { StarletteTarget } from '../project/starlette-version';
import { compareVersions, formatVersion, version, type Version } from '../versions';

export interface StatusName {
  name: string;
  /** The code the name's entry stands for (its replacement's code). */
  code: number;
  /** The value the name itself holds (WS_1004_NO_STATUS_RCVD held 1004 for 1005). */
  value: number;
  kind: 'http' | 'websocket';
  from: Version;
  /** First version where it only exists as a deprecated alias; null: never deprecated. */
  deprecatedIn: Version | null;
  /** First version without it at all; null: still there. */
  removedIn: Version | null;
}

function buildNames(): Map<string, StatusName> {
  const names = new Map<string, StatusName>();
  const add = (n: StatusName) => names.set(n.name, n);
  for (const fact of HTTP_FACTS) {
    const base = { code: fact.code, value: fact.code, kind: 'http' as const };
    add({
      ...base,
      name: fact.constant,
      from: version(fact.since),
      deprecatedIn: null,
      removedIn: null,
    });
    for (const alias of fact.deprecatedAliases) {
      add({
        ...base,
        name: alias.name,
        from: version(alias.since),
        deprecatedIn: version(alias.deprecatedIn),
        removedIn: null,
      });
    }
  }
  for (const fact of WEBSOCKET_FACTS) {
    const base = { code: fact.code, kind: 'websocket' as const };
    add({
      ...base,
      value: fact.code,
      name: fact.constant,
      from: version(fact.since),
      deprecatedIn: null,
      removedIn: null,
    });
    for (const former of fact.formerNames) {
      add({
        ...base,
        value: former.value,
        name: former.name,
        from: version(former.since),
        deprecatedIn: former.deprecatedIn ? version(former.deprecatedIn) : null,
        removedIn: version(former.removedIn),
      });
    }
  }
  return names;
}

export const STATUS_NAMES: ReadonlyMap<string, StatusName> = buildNames();

export function presentAt(name: StatusName, at: Version): boolean {
  return (
    compareVersions(at, name.from) >= 0 &&
    (name.removedIn === null || compareVersions(at, name.removedIn) < 0)
  );
}

export function deprecatedAt(name: StatusName, at: Version): boolean {
  return (
    presentAt(name, at) && name.deprecatedIn !== null && compareVersions(at, name.deprecatedIn) >= 0
  );
}

/** Present and silent on every Starlette the target allows. */
function cleanOver(name: StatusName, target: StarletteTarget): boolean {
  return (
    presentAt(name, target.low) && presentAt(name, target.high) && !deprecatedAt(name, target.high)
  );
}

/**
 * The name to write for `code` on the target: one that exists and does not warn across the whole
 * range; else one that at least exists on all of it (a range across a rename, such as
 * >=0.40,<0.49 for 422, has no silent name); else none.
 */
export function preferredName(
  code: number,
  kind: 'http' | 'websocket',
  target: StarletteTarget,
): StatusName | null {
  const candidates = [...STATUS_NAMES.values()].filter(
    (n) => n.code === code && n.value === code && n.kind === kind,
  );
  // Current names first, then the newest.
  candidates.sort(
    (a, b) =>
      Number(a.deprecatedIn !== null) - Number(b.deprecatedIn !== null) ||
      compareVersions(b.from, a.from),
  );
  return (
    candidates.find((n) => cleanOver(n, target)) ??
    candidates.find((n) => presentAt(n, target.low) && presentAt(n, target.high)) ??
    null
  );
}

export type NameJudgement =
  | { kind: 'fine' }
  | { kind: 'deprecated'; since: string; replacement: StatusName }
  | { kind: 'missing'; why: string; replacement: StatusName | null };

/** What a use of `name` means on the target. */
export function judgeName(name: StatusName, target: StarletteTarget): NameJudgement {
  if (!presentAt(name, target.low) || !presentAt(name, target.high)) {
    const why =
      compareVersions(target.low, name.from) < 0
        ? `first appeared in Starlette ${formatVersion(name.from)}`
        : `was removed in Starlette ${formatVersion(name.removedIn!)}`;
    const replacement = preferredName(name.code, name.kind, target);
    return {
      kind: 'missing',
      why,
      replacement: replacement?.name === name.name ? null : replacement,
    };
  }
  if (deprecatedAt(name, target.high)) {
    const replacement = preferredName(name.code, name.kind, target);
    // No replacement that the oldest allowed Starlette has: the deprecated name is the only one.
    if (!replacement || replacement.name === name.name) return { kind: 'fine' };
    return { kind: 'deprecated', since: formatVersion(name.deprecatedIn!), replacement };
  }
  return { kind: 'fine' };
}
