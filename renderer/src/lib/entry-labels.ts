/**
 * The labels the window puts beside an entry: badges on a row, the search's match reason, the
 * flags as sentences in the detail pane. Plain functions of the registry's data.
 */
import { classOf, type StatusEntry } from '$core/registry';
import type { MatchedName, MatchReason, SearchResult } from '$core/search';

export interface Badge {
  id: 'deprecated-name' | 'websocket' | 'unofficial' | 'no-close-frame' | 'no-body';
  label: string;
  /** The longer explanation, for the tooltip and screen readers. */
  title: string;
}

export function badgesFor(entry: StatusEntry, matchedName: MatchedName | null): Badge[] {
  const badges: Badge[] = [];
  if (matchedName?.deprecated) {
    badges.push({
      id: 'deprecated-name',
      label: 'deprecated name',
      title: matchedName.replacement
        ? `${matchedName.name} is deprecated: use ${matchedName.replacement}`
        : `${matchedName.name} is deprecated`,
    });
  }
  if (entry.kind === 'websocket') {
    badges.push({ id: 'websocket', label: 'WebSocket', title: 'A WebSocket close code' });
  }
  if (entry.kind === 'unofficial') {
    badges.push({
      id: 'unofficial',
      label: 'unofficial',
      title: entry.vendor ? `Not a standard code: used by ${entry.vendor}` : 'Not a standard code',
    });
  }
  if (entry.flags.maySendInCloseFrame === false) {
    badges.push({
      id: 'no-close-frame',
      label: 'not in close frame',
      title: 'RFC 6455 §7.4.1: must not be sent in a Close frame',
    });
  }
  if (entry.flags.noBody) {
    badges.push({ id: 'no-body', label: 'no body', title: 'The response carries no content' });
  }
  return badges;
}

const REASON_WORDS: Readonly<Record<MatchReason, string>> = {
  code: 'code',
  constant: 'constant',
  alias: 'alias',
  otherName: 'other name',
  phrase: 'phrase',
  keyword: 'keyword',
  summary: 'summary',
  typo: 'close spelling',
};

/**
 * Why a result matched, in a few quiet words: what the search recognised in a pasted text, else
 * the strongest reason and the name it matched.
 */
export function reasonText(
  result: Pick<SearchResult, 'reasons' | 'matchedName'> & Partial<Pick<SearchResult, 'found'>>,
): string {
  if (result.found) return result.found;
  const first = result.reasons[0];
  if (!first) return '';
  const words = REASON_WORDS[first];
  const name = result.matchedName?.name;
  if (name && (first === 'alias' || first === 'otherName')) return `${words}: ${name}`;
  return words;
}

/** The entry's flags, each as a sentence a person can act on. */
export function flagSentences(entry: StatusEntry): string[] {
  const sentences: string[] = [];
  if (entry.flags.noBody) {
    sentences.push('A response with this status has no body (RFC 9110 §6.4.1).');
  }
  if (entry.flags.maySendInCloseFrame === false) {
    sentences.push(
      'Must not be sent in a Close frame (RFC 6455 §7.4.1): it only reports what happened to the connection.',
    );
  } else if (entry.flags.maySendInCloseFrame === true) {
    sentences.push('May be sent in a Close frame.');
  }
  if (entry.flags.ianaStatus === 'unused') sentences.push('IANA lists this code as unused.');
  if (entry.flags.ianaStatus === 'obsoleted') sentences.push('IANA marks this code as obsoleted.');
  if (entry.flags.ianaStatus === 'unofficial') {
    sentences.push(
      entry.vendor
        ? `Not registered with IANA: used by ${entry.vendor}.`
        : 'Not registered with IANA.',
    );
  }
  return sentences;
}

/** `4xx`, `websocket`...: the CSS class that colours a code. */
export function colourClassOf(entry: StatusEntry): string {
  const cls = classOf(entry);
  return `class-${cls}`;
}
