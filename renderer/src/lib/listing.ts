/**
 * The list the window shows: search results for a query; for an empty query the favourites,
 * the recently copied and then the whole registry by class. A class filter narrows every
 * section. Options are flat (the highlight and Ctrl/Cmd+1…9 count through them in order),
 * sections only group them under headers.
 */
import {
  CLASS_DESCRIPTIONS,
  REGISTRY,
  classOf,
  entryByCode,
  type StatusClass,
  type StatusEntry,
} from '$core/registry';
import type { Recent } from '$core/settings';
import type { Search, SearchResult } from '$core/search';
// The limit alone, not the search's barrel: the engine is a chunk loaded after the first paint.
import { clipInput, MAX_INPUT_LENGTH } from '$core/search/limits';

/** A query shows at most this many results; the registry has about a hundred statuses. */
export const MAX_RESULTS = 30;

export interface ListOption {
  /** Unique in the list (a favourite is also listed under its class): the DOM id of the row. */
  id: string;
  entry: StatusEntry;
  /** The search's answer for this row; null in the empty-query listing. */
  result: SearchResult | null;
}

export interface ListSection {
  id: string;
  /** null for the single, unnamed section of search results. */
  title: string | null;
  options: ListOption[];
}

export interface Listing {
  sections: ListSection[];
  options: ListOption[];
  /** A query arrived before the search engine did (it loads as the window starts). */
  pending: boolean;
  /** Characters of the query past the search's input limit, which it ignored. */
  ignored: number;
}

export interface ListInput {
  query: string;
  filter: StatusClass | null;
  favourites: readonly number[];
  recents: readonly Recent[];
}

function section(
  id: string,
  title: string | null,
  entries: Iterable<{ entry: StatusEntry; result: SearchResult | null }>,
): ListSection {
  const options: ListOption[] = [];
  for (const { entry, result } of entries) {
    options.push({ id: `option-${id}-${entry.code}`, entry, result });
  }
  return { id, title, options };
}

function entriesOf(codes: Iterable<number>): StatusEntry[] {
  const entries: StatusEntry[] = [];
  for (const code of codes) {
    const entry = entryByCode(code);
    if (entry) entries.push(entry);
  }
  return entries;
}

const plain = (entry: StatusEntry) => ({ entry, result: null });

function listOf(sections: ListSection[], pending = false, ignored = 0): Listing {
  const kept = sections.filter((s) => s.options.length > 0);
  return { sections: kept, options: kept.flatMap((s) => s.options), pending, ignored };
}

/** The short line the window shows when part of a pasted text was not searched, else null. */
export function limitLine(list: Listing): string | null {
  if (list.ignored === 0) return null;
  return `Only the first ${MAX_INPUT_LENGTH / 1024} KB of the text are searched; the last ${list.ignored.toLocaleString('en')} characters are ignored.`;
}

const inFilter = (filter: StatusClass | null) => (entry: StatusEntry) =>
  filter === null || classOf(entry) === filter;

/** The empty query's listing: favourites, recently copied, then the registry by class. */
export function browseList(input: Omit<ListInput, 'query'>): Listing {
  const keep = inFilter(input.filter);
  const favourites = entriesOf(input.favourites).filter(keep);
  const recents = entriesOf(input.recents.map((r) => r.code)).filter(keep);
  return listOf([
    section('favourites', 'Favourites', favourites.map(plain)),
    section('recents', 'Recently copied', recents.map(plain)),
    ...CLASS_DESCRIPTIONS.filter((c) => input.filter === null || c.id === input.filter).map((c) =>
      section(c.id, c.title, REGISTRY.filter((e) => classOf(e) === c.id).map(plain)),
    ),
  ]);
}

/** A query's results, in one unnamed section; pending while the search engine loads. */
export function searchList(
  query: string,
  filter: StatusClass | null,
  search: Search | null,
): Listing {
  const { ignored } = clipInput(query);
  if (!search) return listOf([], true, ignored);
  // The search applies the filter before its limit, so a filter never empties a full page.
  const kept = search(query.trim(), {
    limit: MAX_RESULTS,
    ...(filter ? { accept: inFilter(filter) } : {}),
  });
  return listOf(
    [
      section(
        'results',
        null,
        kept.map((result) => ({ entry: result.entry, result })),
      ),
    ],
    false,
    ignored,
  );
}
