import { REGISTRY } from '../registry';
import { createSearch } from './engine';

export { createSearch, type Search } from './engine';
export { buildIndex, type SearchIndex } from './build-index';
export { createWorkspace, DEFAULT_LIMIT, searchIndex, type Workspace } from './query';
export { clipInput, MAX_INPUT_LENGTH, type ClippedInput } from './limits';
export type { MatchedName, MatchReason, SearchOptions, SearchResult } from './types';

/** The search over the app's registry, built on first import. */
export const search = createSearch(REGISTRY);
