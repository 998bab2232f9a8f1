/** Starlette versions as the `--starlette` option and the settings take them: "0.47", "0.47.3", "1". */

export type Version = readonly [major: number, minor: number, patch: number];

/** The newest Starlette whose status.py the registry reflects. */
export const NEWEST_STARLETTE = '1.7.0';
/** starlette/status.py first shipped in 0.5.0. */
export const FIRST_STARLETTE_WITH_STATUS = '0.5.0';

const VERSION_PATTERN = /^v?(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?$/;

export function parseVersion(text: string): Version | null {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

/** Parses a version that the code itself wrote down; a typo there is a bug, not user input. */
export function version(text: string): Version {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not a version: ${text}`);
  return parsed;
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function formatVersion(v: Version): string {
  return v.join('.');
}

/** Why a Starlette version cannot be used, or null when it can. */
export function starletteVersionProblem(text: string): string | null {
  const parsed = parseVersion(text);
  if (!parsed)
    return `"${text}" is not a Starlette version (expected something like 0.47 or 1.7.0)`;
  if (compareVersions(parsed, version(FIRST_STARLETTE_WITH_STATUS)) < 0)
    return `Starlette ${formatVersion(parsed)} has no status module: it arrived in ${FIRST_STARLETTE_WITH_STATUS}`;
  return null;
}
