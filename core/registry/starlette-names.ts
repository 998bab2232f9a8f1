/**
 * Which Starlette name a project on a given Starlette version should write for a code.
 * Built from the facts' `since`, `deprecatedAliases` and `formerNames`, so it follows
 * status.py's history: 0.48.0 renamed 413/414/416/422, 0.19.1 and 0.5.2 renamed WebSocket codes.
 */
import { compareVersions, formatVersion, version, type Version } from '../versions';
import type { HttpFact, WebSocketFact } from './facts/types';

interface NameLifetime {
  name: string;
  value: number;
  /** First version where the name is a plain constant. */
  from: Version;
  /** First version where it is no longer a plain constant (null: still is). */
  plainUntil: Version | null;
  /** First version where even the deprecated alias is gone (null: still works). */
  aliasUntil: Version | null;
  current: boolean;
}

export type StarletteName =
  | { ok: true; name: string; deprecated: boolean; note: string | null }
  | { ok: false; reason: string };

export function nameLifetimes(
  http: readonly HttpFact[],
  websocket: readonly WebSocketFact[],
): NameLifetime[] {
  const lifetimes: NameLifetime[] = [];
  for (const fact of [...http, ...websocket]) {
    lifetimes.push({
      name: fact.constant,
      value: fact.code,
      from: version(fact.since),
      plainUntil: null,
      aliasUntil: null,
      current: true,
    });
  }
  for (const fact of http) {
    for (const alias of fact.deprecatedAliases) {
      lifetimes.push({
        name: alias.name,
        value: fact.code,
        from: version(alias.since),
        plainUntil: version(alias.deprecatedIn),
        aliasUntil: null,
        current: false,
      });
    }
  }
  for (const fact of websocket) {
    for (const former of fact.formerNames) {
      lifetimes.push({
        name: former.name,
        value: former.value,
        from: version(former.since),
        plainUntil: version(former.deprecatedIn ?? former.removedIn),
        aliasUntil: version(former.removedIn),
        current: false,
      });
    }
  }
  return lifetimes;
}

const before = (v: Version, limit: Version | null) =>
  limit === null || compareVersions(v, limit) < 0;

/** The name to write for `code` on Starlette `at`, or why there is none. */
export function starletteNameAt(
  lifetimes: readonly NameLifetime[],
  code: number,
  at: Version,
): StarletteName {
  const candidates = lifetimes.filter((l) => l.value === code);
  if (candidates.length === 0)
    return { ok: false, reason: `Starlette has no constant for ${code}` };
  const started = candidates.filter((l) => compareVersions(at, l.from) >= 0);
  const plain = started
    .filter((l) => before(at, l.plainUntil))
    .sort((a, b) => Number(b.current) - Number(a.current));
  if (plain[0]) return { ok: true, name: plain[0].name, deprecated: false, note: null };
  const alias = started.find((l) => l.plainUntil !== null && before(at, l.aliasUntil));
  if (alias) {
    return {
      ok: true,
      name: alias.name,
      deprecated: true,
      note: `${alias.name} is deprecated since Starlette ${formatVersion(alias.plainUntil!)} and warns when used`,
    };
  }
  const gone = started.find((l) => l.aliasUntil !== null);
  if (gone && started.length === candidates.length) {
    return {
      ok: false,
      reason: `${gone.name} was removed in Starlette ${formatVersion(gone.aliasUntil!)}; Starlette ${formatVersion(at)} has no name for ${code}`,
    };
  }
  const first = [...candidates].sort((a, b) => compareVersions(a.from, b.from))[0]!;
  return {
    ok: false,
    reason: `${first.name} first appeared in Starlette ${formatVersion(first.from)}; Starlette ${formatVersion(at)} has no name for ${code}`,
  };
}
