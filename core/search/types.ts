import type { StatusEntry } from '../registry/types';

/** Why a result matched, strongest first: the window shows it quietly beside the row. */
export type MatchReason =
  'code' | 'constant' | 'alias' | 'otherName' | 'phrase' | 'keyword' | 'summary' | 'typo';

/** The name a name-like query matched, so fronts can say "deprecated, use X". */
export interface MatchedName {
  name: string;
  /** A Starlette name that warns or no longer exists. */
  deprecated: boolean;
  /** The name to write instead, when `deprecated`. */
  replacement: string | null;
  note: string | null;
}

export interface SearchResult {
  entry: StatusEntry;
  score: number;
  reasons: MatchReason[];
  matchedName: MatchedName | null;
  /** What the search recognised in a pasted text ("status field of an access-log line"), or null. */
  found: string | null;
}

export interface SearchOptions {
  /** At most this many results (default 10). */
  limit?: number;
  /** Only entries this accepts count towards the limit (the window's class filter). */
  accept?: (entry: StatusEntry) => boolean;
}
