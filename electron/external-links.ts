/**
 * Which links may leave the app for the browser. `shell.openExternal` hands a URL to the OS,
 * which will open file:, smb: or custom app schemes just as readily (Electron security checklist,
 * item 15), and a whole host is too much (github.com serves anyone's release downloads), so only
 * the exact https links the registry itself cites are let through: its references and MDN pages,
 * and the data sources the About view names. The list is derived from that data, so a new
 * reference needs no change here, and a page can never add one. What is opened is the parsed
 * link, so the OS never sees a form of it the check did not.
 */
import type { StatusEntry } from '../core/registry';

/** Every https link the registry and the About view cite, each as its parsed `href`. */
export function citedLinks(
  registry: readonly Pick<StatusEntry, 'reference' | 'mdn'>[],
  sources: readonly { url: string }[] = [],
): ReadonlySet<string> {
  const links = new Set<string>();
  const urls = [
    ...registry.flatMap((entry) => [entry.reference.url, entry.mdn]),
    ...sources.map((s) => s.url),
  ];
  for (const url of urls) {
    if (url === null) continue;
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') links.add(parsed.href);
  }
  return links;
}

type Checked = { ok: true; href: string } | { ok: false; problem: string };

function checkExternalUrl(url: string, links: ReadonlySet<string>): Checked {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, problem: 'not a URL' };
  }
  if (parsed.protocol !== 'https:')
    return { ok: false, problem: `only https links open (got ${parsed.protocol})` };
  if (parsed.username || parsed.password)
    return { ok: false, problem: 'links with credentials are not opened' };
  if (parsed.port !== '') return { ok: false, problem: 'links with a port are not opened' };
  if (!links.has(parsed.href))
    return {
      ok: false,
      problem: `${parsed.href.slice(0, 200)} is not one of the links the registry and the About view cite`,
    };
  return { ok: true, href: parsed.href };
}

/** Why `url` may not be opened, or null when it may. */
export function externalUrlProblem(url: string, links: ReadonlySet<string>): string | null {
  const checked = checkExternalUrl(url, links);
  return checked.ok ? null : checked.problem;
}

/** The open-external action: refuses what the allowlist does not hold, then asks the OS. */
export function createLinkOpener(options: {
  links: ReadonlySet<string>;
  openExternal: (url: string) => Promise<void>;
  log: (message: string) => void;
}): (url: string) => Promise<{ ok: true } | { ok: false; message: string }> {
  const { links, openExternal, log } = options;
  return async (url) => {
    const checked = checkExternalUrl(url, links);
    if (!checked.ok) {
      log(`links: refused ${url.slice(0, 200)}: ${checked.problem}`);
      return { ok: false, message: checked.problem };
    }
    try {
      await openExternal(checked.href);
      return { ok: true };
    } catch (error) {
      return { ok: false, message: `the browser could not be opened: ${(error as Error).message}` };
    }
  };
}
