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
} from '../../../core/registry';
import type { Recent } from '../../../core/settings';
import type { Search, SearchResult } from '../../../core/search';

/** A query shows at most this many results; the registry has about a hundred statuses. */
export const MAX_RESULTS = 50;

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

export interface ResultList {
  sections: ListSection[];
  options: ListOption[];
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

export function buildResultList(input: ListInput, search: Search): ResultList {
  const query = input.query.trim();
  const inFilter = (entry: StatusEntry) => input.filter === null || classOf(entry) === input.filter;
  let sections: ListSection[];
  if (query) {
    // With a filter, ask for everything first so the filter cannot empty a full page of results.
    const results = search(query, { limit: input.filter ? REGISTRY.length : MAX_RESULTS });
    const kept = results.filter((r) => inFilter(r.entry)).slice(0, MAX_RESULTS);
    sections = [
      section(
        'results',
        null,
        kept.map((result) => ({ entry: result.entry, result })),
      ),
    ];
  } else {
    const favourites = entriesOf(input.favourites).filter(inFilter);
    const recents = entriesOf(input.recents.map((r) => r.code)).filter(inFilter);
    sections = [
      section('favourites', 'Favourites', favourites.map(plain)),
      section('recents', 'Recently copied', recents.map(plain)),
      ...CLASS_DESCRIPTIONS.filter((c) => input.filter === null || c.id === input.filter).map((c) =>
        section(c.id, c.title, REGISTRY.filter((e) => classOf(e) === c.id).map(plain)),
      ),
    ];
  }
  sections = sections.filter((s) => s.options.length > 0);
  return { sections, options: sections.flatMap((s) => s.options) };
}
