/**
 * The search index: built once per registry, frozen, and only read by the query functions
 * (./query.ts), which take it as an argument and keep nothing between calls.
 */
import type { StatusEntry } from '../registry/types';
import { ECOSYSTEM_IDS } from '../registry/types';
import { priorOf } from './prior';
import { compact, letterMask, nameKey, stem, tokenize } from './text';
import type { MatchedName, MatchReason } from './types';

export const REASONS: readonly MatchReason[] = [
  'code',
  'constant',
  'alias',
  'otherName',
  'phrase',
  'keyword',
  'summary',
  'typo',
];

/** How much a word counts, by where in the entry it stands. */
export const WEIGHT = {
  code: 10,
  nameKey: 3,
  phrase: 3,
  constantWord: 2.5,
  keyword: 2.5,
  vendor: 2,
  aliasWord: 1.5,
  otherNameWord: 1.2,
  classWord: 2,
  summary: 0.5,
} as const;

export const NAME_RANK = { constant: 2, alias: 1, otherName: 0 } as const;

export interface NameHit {
  entry: number;
  reason: 'constant' | 'alias' | 'otherName';
  matched: MatchedName;
}

export interface SearchIndex {
  readonly entries: readonly StatusEntry[];
  /** Entry position by code. */
  readonly byCode: ReadonlyMap<number, number>;
  readonly vocab: ReadonlyMap<string, number>;
  readonly tokens: readonly string[];
  /** Posting lists by token id: the entries holding the token, its weight and reason there. */
  readonly postEntries: readonly (readonly number[])[];
  readonly postWeights: readonly (readonly number[])[];
  readonly postReasons: readonly (readonly MatchReason[])[];
  /** The same reasons as positions in REASONS, for the query's inner loop. */
  readonly postReasonIds: readonly Int8Array[];
  readonly nameKeys: ReadonlyMap<string, readonly NameHit[]>;
  /** Names with their prefix (`httpstatusconflict`): typing a whole qualified name finds its own ecosystem first. */
  readonly qualifiedKeys: ReadonlyMap<string, readonly NameHit[]>;
  readonly sortedNameKeys: readonly string[];
  /** Token ids of each entry's phrase, and of each of its keywords of several words. */
  readonly entryPhrase: readonly (readonly number[])[];
  readonly entryKeywords: readonly (readonly (readonly number[])[])[];
  /** Entries by the words of a phrase or keyword, space-joined: an exception named `PayloadTooLargeError` is 413's. */
  readonly wholeKeys: ReadonlyMap<string, readonly number[]>;
  /** Each entry's phrase as words, to recognise "404 Not Found" beside its number. */
  readonly phraseWords: readonly (readonly string[])[];
  readonly idf: readonly number[];
  readonly stems: ReadonlyMap<string, readonly number[]>;
  readonly sortedTokens: readonly { t: string; id: number }[];
  /** Words of phrases, names and keywords by length: where typos are looked for. */
  readonly byLength: ReadonlyMap<number, readonly number[]>;
  readonly masks: Int32Array;
  readonly priors: readonly number[];
}

const STARLETTE_HEAD = /^(?:HTTP|WS)_\d+_/;

export function buildIndex(entries: readonly StatusEntry[]): SearchIndex {
  const n = entries.length;
  const vocab = new Map<string, number>();
  const tokens: string[] = [];
  const postEntries: number[][] = [];
  const postWeights: number[][] = [];
  const postReasons: MatchReason[][] = [];
  const nameKeys = new Map<string, NameHit[]>();
  const qualifiedKeys = new Map<string, NameHit[]>();
  const entryPhrase: number[][] = [];
  const entryKeywords: number[][][] = [];

  function tokenId(token: string): number {
    let id = vocab.get(token);
    if (id === undefined) {
      id = tokens.length;
      vocab.set(token, id);
      tokens.push(token);
      postEntries.push([]);
      postWeights.push([]);
      postReasons.push([]);
    }
    return id;
  }

  /** Records that `entry` holds `token` with `weight`, keeping the strongest place it stands. */
  function post(entry: number, token: string, weight: number, reason: MatchReason): number {
    const id = tokenId(token);
    const list = postEntries[id]!;
    const last = list.length - 1;
    if (list[last] === entry) {
      if (weight > postWeights[id]![last]!) {
        postWeights[id]![last] = weight;
        postReasons[id]![last] = reason;
      }
    } else {
      list.push(entry);
      postWeights[id]!.push(weight);
      postReasons[id]!.push(reason);
    }
    return id;
  }

  function addName(entry: number, key: string, hit: Omit<NameHit, 'entry'>): void {
    if (!key) return;
    Object.freeze(hit.matched); // shared by every result that matches it
    const hits = nameKeys.get(key) ?? [];
    if (!hits.some((h) => h.entry === entry && NAME_RANK[h.reason] >= NAME_RANK[hit.reason])) {
      hits.push({ entry, ...hit });
      nameKeys.set(key, hits);
    }
    post(entry, key, WEIGHT.nameKey, hit.reason);
  }

  function addQualified(entry: number, name: string, hit: Omit<NameHit, 'entry'>): void {
    const key = compact(name);
    const hits = qualifiedKeys.get(key) ?? [];
    // Python's HTTPStatus.X and Spring's HttpStatus.X share a key: keep both, the query picks.
    if (!hits.some((h) => h.entry === entry && h.matched.name === name)) {
      qualifiedKeys.set(key, [...hits, { entry, ...hit }]);
    }
  }

  /** A Starlette name under its full form, its tail (NOT_FOUND) and its kind-prefixed tail (HTTP_NOT_FOUND). */
  function addStarletteName(entry: number, name: string, hit: Omit<NameHit, 'entry'>): void {
    const tail = name.replace(STARLETTE_HEAD, '');
    addName(entry, nameKey(name), hit);
    addName(entry, nameKey(tail), hit);
    addName(entry, nameKey(`${name.split('_')[0]}_${tail}`), hit);
    const weight = hit.reason === 'constant' ? WEIGHT.constantWord : WEIGHT.aliasWord;
    for (const w of tokenize(tail)) post(entry, w, weight, hit.reason);
  }

  entries.forEach((entry, i) => {
    post(i, String(entry.code), WEIGHT.code, 'code');
    if (entry.constant) {
      const hit = {
        reason: 'constant' as const,
        matched: { name: entry.constant, deprecated: false, replacement: null, note: null },
      };
      addStarletteName(i, entry.constant, hit);
      addQualified(i, `status.${entry.constant}`, hit);
    }
    for (const alias of entry.deprecatedAliases) {
      const hit = {
        reason: 'alias' as const,
        matched: {
          name: alias.name,
          deprecated: true,
          replacement: entry.constant,
          note: `${alias.name} is deprecated since Starlette ${alias.deprecatedIn}; use ${entry.constant}`,
        },
      };
      addStarletteName(i, alias.name, hit);
      // FastAPI code writes it `status.HTTP_422_UNPROCESSABLE_ENTITY`, as DRF writes its own name.
      addQualified(i, `status.${alias.name}`, hit);
    }
    for (const former of entry.formerNames) {
      const valueNote = former.value === entry.code ? '' : ` (it had the value ${former.value})`;
      const hit = {
        reason: 'alias' as const,
        matched: {
          name: former.name,
          deprecated: true,
          replacement: entry.constant,
          note: `${former.name} was removed in Starlette ${former.removedIn}${valueNote}; use ${entry.constant}`,
        },
      };
      addStarletteName(i, former.name, hit);
      addQualified(i, `status.${former.name}`, hit);
    }
    const ecosystemNames = [
      ...ECOSYSTEM_IDS.flatMap((id) => {
        const text = entry.formats[id];
        return text === null ? [] : [{ name: text, note: null as string | null }];
      }),
      ...entry.otherNames.map((o) => ({ name: o.name, note: `${o.name}: ${o.note}` })),
    ];
    for (const { name, note } of ecosystemNames) {
      addQualified(i, name, {
        reason: 'otherName',
        matched: { name, deprecated: false, replacement: null, note },
      });
      addName(i, nameKey(name), {
        reason: 'otherName',
        matched: { name, deprecated: false, replacement: null, note },
      });
      // Go's StatusNotFound and ASP.NET's Status404NotFound are also found as "NotFound".
      addName(i, nameKey(name).replace(/^status(\d{3})?/, ''), {
        reason: 'otherName',
        matched: { name, deprecated: false, replacement: null, note },
      });
      for (const w of tokenize(name.split(/::|\./).pop() ?? ''))
        post(i, w, WEIGHT.otherNameWord, 'otherName');
    }
    entryPhrase.push(tokenize(entry.phrase).map((w) => post(i, w, WEIGHT.phrase, 'phrase')));
    post(i, nameKey(entry.phrase), WEIGHT.phrase, 'phrase');
    const keywords: number[][] = [];
    for (const keyword of entry.keywords) {
      const ids = tokenize(keyword).map((w) => post(i, w, WEIGHT.keyword, 'keyword'));
      if (ids.length > 1) keywords.push(ids);
      post(i, nameKey(keyword), WEIGHT.keyword, 'keyword');
    }
    entryKeywords.push(keywords);
    if (entry.vendor) for (const w of tokenize(entry.vendor)) post(i, w, WEIGHT.vendor, 'keyword');
    if (entry.kind === 'websocket') {
      for (const w of ['websocket', 'ws', 'close', 'socket'])
        post(i, w, WEIGHT.classWord, 'keyword');
    }
    for (const w of tokenize(entry.summary)) post(i, w, WEIGHT.summary, 'summary');
  });

  // Rarity counts where a word names or describes a status, not where a summary mentions it in
  // passing: "satisfiable" is 416's word even if other summaries use it.
  const idf = postEntries.map((list, id) => {
    const strong = postWeights[id]!.filter((w) => w > WEIGHT.summary).length;
    return Math.log(1 + n / (strong || list.length));
  });
  const stems = new Map<string, number[]>();
  tokens.forEach((t, id) => {
    const s = stem(t);
    stems.set(s, [...(stems.get(s) ?? []), id]);
  });
  const sortedTokens = tokens
    .map((t, id) => ({ t, id }))
    .sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  // Typos are looked for among the words of phrases, names and keywords, not of summaries:
  // a misspelt word means one of those, and the search stays fast.
  const byLength = new Map<number, number[]>();
  tokens.forEach((t, id) => {
    if (postWeights[id]!.some((w) => w > WEIGHT.summary) && !/^\d+$/.test(t)) {
      byLength.set(t.length, [...(byLength.get(t.length) ?? []), id]);
    }
  });

  return Object.freeze({
    entries,
    byCode: new Map(entries.map((e, i) => [e.code, i])),
    vocab,
    tokens,
    postEntries,
    postWeights,
    postReasons,
    postReasonIds: postReasons.map((reasons) => Int8Array.from(reasons, (r) => REASONS.indexOf(r))),
    nameKeys,
    qualifiedKeys,
    sortedNameKeys: [...nameKeys.keys()].sort(),
    entryPhrase,
    entryKeywords,
    wholeKeys: wholeKeysOf(entries),
    phraseWords: entries.map((e) => tokenize(e.phrase)),
    idf,
    stems,
    sortedTokens,
    byLength,
    masks: Int32Array.from(tokens, letterMask),
    priors: entries.map((e) => priorOf(e.code)),
  });
}

function wholeKeysOf(entries: readonly StatusEntry[]): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const text of [entry.phrase, ...entry.keywords]) {
      const key = tokenize(text).join(' ');
      const list = keys.get(key) ?? [];
      if (key && !list.includes(i)) keys.set(key, [...list, i]);
    }
  });
  return keys;
}
