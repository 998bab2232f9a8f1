/**
 * Which links may leave the app for the browser. `shell.openExternal` hands a URL to the OS,
 * which will open file:, smb: or custom app schemes just as readily (Electron security checklist,
 * item 15), so only https links to the hosts the registry itself cites are let through: the RFC
 * editor, IANA, MDN and the vendors' docs, and the data sources the About view names. The list
 * is derived from that data, so a new reference host needs no change here, and a page can never
 * add one.
 */
import type { StatusEntry } from '../core/registry';

export function referenceHosts(
  registry: readonly Pick<StatusEntry, 'reference' | 'mdn'>[],
  sources: readonly { url: string }[] = [],
): ReadonlySet<string> {
  const hosts = new Set<string>();
  const urls = [
    ...registry.flatMap((entry) => [entry.reference.url, entry.mdn]),
    ...sources.map((s) => s.url),
  ];
  for (const url of urls) {
    if (url === null) continue;
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') hosts.add(parsed.hostname);
  }
  return hosts;
}

/** Why `url` may not be opened, or null when it may. */
export function externalUrlProblem(url: string, hosts: ReadonlySet<string>): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'https:') return `only https links open (got ${parsed.protocol})`;
  if (parsed.username || parsed.password) return 'links with credentials are not opened';
  if (parsed.port !== '') return 'links with a port are not opened';
  if (!hosts.has(parsed.hostname))
    return `${parsed.hostname} is not one of the registry's reference hosts`;
  return null;
}

/** The open-external action: refuses what the allowlist does not hold, then asks the OS. */
export function createLinkOpener(options: {
  hosts: ReadonlySet<string>;
  openExternal: (url: string) => Promise<void>;
  log: (message: string) => void;
}): (url: string) => Promise<{ ok: true } | { ok: false; message: string }> {
  const { hosts, openExternal, log } = options;
  return async (url) => {
    const problem = externalUrlProblem(url, hosts);
    if (problem !== null) {
      log(`links: refused ${url.slice(0, 200)}: ${problem}`);
      return { ok: false, message: problem };
    }
    try {
      await openExternal(url);
      return { ok: true };
    } catch (error) {
      return { ok: false, message: `the browser could not be opened: ${(error as Error).message}` };
    }
  };
}
