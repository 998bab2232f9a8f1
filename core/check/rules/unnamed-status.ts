/**
 * ST006: a number where FastAPI or Starlette take a status that fastapi.status has no name for:
 * an unofficial code (nginx's 499), an unassigned one, one the project's Starlette does not name
 * yet, or a number that is no status at all. Reported as what it is, never given an invented name.
 */
import { entryByCode } from '../../registry';
import { compareVersions, formatVersion } from '../../versions';
import { STATUS_NAMES, preferredName } from '../names';
import { integerValue, type StatusKind } from '../status-sites';
import type { Rule } from './rule';

/** RFC 9110 §15: a status code is three digits, 100–599. RFC 6455 §7.4.2: close codes 1000–4999. */
const VALID: Record<StatusKind, [number, number]> = { http: [100, 599], websocket: [1000, 4999] };
/** RFC 6455 §7.4.2: 3000–3999 are for libraries and frameworks (IANA), 4000–4999 private use: no name is expected. */
const FIRST_APPLICATION_CLOSE_CODE = 3000;

function whyUnnamed(code: number, kind: StatusKind, starlette: string): string | null {
  const [low, high] = VALID[kind];
  if (code < low || code > high)
    return kind === 'http'
      ? `${code} is not an HTTP status code (RFC 9110 §15: 100–599)`
      : `${code} is not a WebSocket close code (RFC 6455 §7.4.2: 1000–4999)`;
  if (kind === 'websocket' && code >= FIRST_APPLICATION_CLOSE_CODE) return null;
  const entry = entryByCode(code);
  if (entry?.kind === 'unofficial')
    return `${code} has no name in fastapi.status: it is unofficial (${entry.vendor}: ${entry.phrase})`;
  if (!entry || entry.kind !== kind)
    return `${code} has no name in fastapi.status: it is not a registered ${kind === 'http' ? 'HTTP status' : 'close code'}`;
  const names = [...STATUS_NAMES.values()].filter((n) => n.value === code && n.kind === kind);
  const first = names.sort((a, b) => compareVersions(a.from, b.from))[0];
  const when = first ? `; ${first.name} arrived in ${formatVersion(first.from)}` : '';
  return `${code} has no name in Starlette ${starlette}'s status module${when}`;
}

export const unnamedStatus: Rule = {
  id: 'ST006',
  name: 'unnamed-status',
  summary:
    'a status number fastapi.status has no name for (unofficial, such as 499, or unassigned)',
  onByDefault: true,
  check({ sites, target }) {
    return sites.flatMap((site) => {
      const code = integerValue(site.node);
      if (code === null || preferredName(code, site.kind, target)) return [];
      const message = whyUnnamed(code, site.kind, target.label);
      if (!message) return [];
      return [
        {
          rule: this.id,
          start: site.node.startIndex,
          end: site.node.endIndex,
          message,
          replacement: null,
          needsStatusImport: false,
        },
      ];
    });
  },
};
