/**
 * Versions as Python packaging writes them (PEP 440), reduced to what the check needs: the release
 * numbers of a pin, and the low and high ends of a requirement such as ">=0.40.0,<0.49.0".
 */
import { compareVersions, formatVersion, parseVersion, type Version } from '../versions';

/** The release part of a PEP 440 version ("0.47.3", "1.0.0rc1" → 1.0.0, "2!1.0" → null). */
export function releaseOf(text: string): Version | null {
  let end = 0;
  const trimmed = text.trim();
  while (end < trimmed.length && '0123456789.'.includes(trimmed[end]!)) end++;
  const release = trimmed.slice(0, end).replace(/\.$/, '');
  return parseVersion(release.split('.').slice(0, 3).join('.'));
}

export interface VersionRange {
  low: Version;
  /** Inclusive; null when the requirement has no upper bound. */
  high: Version | null;
  /** True when `high` is an exclusive bound ("<0.49.0"): the range ends just below it. */
  highExclusive: boolean;
}

/** The range a requirement such as ">=0.40.0,<0.49.0" or "==0.13.2" allows, or null. */
export function rangeOf(spec: string, floor: Version): VersionRange | null {
  const range: VersionRange = { low: floor, high: null, highExclusive: false };
  for (const raw of spec.split(',')) {
    const clause = raw.trim();
    if (!clause) continue;
    const operator = ['===', '==', '>=', '<=', '~=', '!=', '>', '<'].find((op) =>
      clause.startsWith(op),
    );
    if (!operator) return null;
    const v = releaseOf(clause.slice(operator.length));
    if (!v) return null;
    if (operator === '==' || operator === '===') {
      range.low = v;
      range.high = v;
    } else if (operator === '>=' || operator === '>' || operator === '~=') {
      if (compareVersions(v, range.low) > 0) range.low = v;
    } else if (operator === '<=') {
      range.high = v;
    } else if (operator === '<') {
      range.high = v;
      range.highExclusive = true;
    }
  }
  return range;
}

/**
 * A version that compares like "the newest release below `v`" against every other version the
 * registry writes down (they have at most three numbers below 10000 each).
 */
export function justBelow(v: Version): Version {
  if (v[2] > 0) return [v[0], v[1], v[2] - 1];
  if (v[1] > 0) return [v[0], v[1] - 1, 9999];
  return [v[0] - 1, 9999, 9999];
}

export function describeRange(range: VersionRange): string {
  const low = `>=${formatVersion(range.low)}`;
  if (!range.high) return low;
  if (!range.highExclusive && compareVersions(range.low, range.high) === 0)
    return formatVersion(range.low);
  return `${low},${range.highExclusive ? '<' : '<='}${formatVersion(range.high)}`;
}
