import { REGISTRY } from '../registry';
import { createSearch } from './engine';

export { createSearch, DEFAULT_LIMIT, MAX_QUERY_LENGTH, type Search } from './engine';
export type { MatchedName, MatchReason, SearchOptions, SearchResult } from './types';

/** The search over the app's registry, built on first import. */
export const search = createSearch(REGISTRY);
