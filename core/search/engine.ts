/**
 * The search: an immutable index built once per registry (./build-index.ts), queried by pure
 * functions (./query.ts) that recognise pasted text first (./pasted.ts).
 */
import type { StatusEntry } from '../registry/types';
import { buildIndex } from './build-index';
import { createWorkspace, searchIndex } from './query';
import type { SearchOptions, SearchResult } from './types';

export type Search = (query: string, options?: SearchOptions) => SearchResult[];

export function createSearch(entries: readonly StatusEntry[]): Search {
  const index = buildIndex(entries);
  // One query at a time per search function: its working memory is reused, never shared.
  const workspace = createWorkspace(index);
  return (query, options) => searchIndex(index, query, options, workspace);
}
