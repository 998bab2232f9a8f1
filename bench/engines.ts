/** The engines the search benchmark compares, over the same registry. */
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import fuzzysort from 'fuzzysort';
import { REGISTRY, type StatusEntry } from '../core/registry';
import { search } from '../core/search';

export type Engine = { name: string; config: string; run: (query: string) => number[] };

const LIMIT = 10;
const haystack = REGISTRY.map(
  (e) => `${e.code} ${e.constant ?? ''} ${e.phrase} ${e.keywords.join(' ')}`,
);

const fuse = new Fuse(REGISTRY as StatusEntry[], {
  keys: ['code', 'constant', 'phrase', 'otherNames.name', 'keywords', 'summary'],
  threshold: 0.4,
  ignoreLocation: true,
});
const sortTargets = haystack.map((text, i) => ({ text, i }));
const uf = new uFuzzy({ intraMode: 1 });

export const engines: Engine[] = [
  {
    name: 'status-palette',
    config: 'core/search (tiers + weighted tokens, stems, typos)',
    run: (q) => search(q, { limit: LIMIT }).map((r) => r.entry.code),
  },
  {
    name: 'fuse.js',
    config:
      'keys code, constant, phrase, otherNames.name, keywords, summary; threshold 0.4; ignoreLocation',
    run: (q) => fuse.search(q, { limit: LIMIT }).map((r) => r.item.code),
  },
  {
    name: 'fuzzysort',
    config: 'one string per entry: code constant phrase keywords',
    run: (q) =>
      fuzzysort
        .go(q, sortTargets, { key: 'text', limit: LIMIT })
        .map((r) => REGISTRY[r.obj.i]!.code),
  },
  {
    name: 'uFuzzy',
    config: 'intraMode 1 (single typos), same strings as fuzzysort',
    run: (q) => {
      const [idxs, , order] = uf.search(haystack, q, 1);
      if (!idxs) return [];
      const ranked = order ? order.map((k) => idxs[k]!) : idxs;
      return ranked.slice(0, LIMIT).map((i) => REGISTRY[i]!.code);
    },
  },
];
