/**
 * The search: ranking tiers for what is exact (a code, a constant, a class), then a weighted
 * token score for words (phrase, keywords, names, summary) with stems, prefixes and typos.
 * Built once per registry; a query touches only the posting lists of the words it contains.
 */
import type { StatusEntry } from '../registry/types';
import { priorOf } from './prior';
import {
  bitCount,
  boundedDistance,
  letterMask,
  compact,
  looksLikeName,
  nameKey,
  NEGATING_PREFIXES,
  NEGATIONS,
  stem,
  words,
} from './text';
import type { MatchedName, MatchReason, SearchOptions, SearchResult } from './types';

/** A pasted page is not a query: past this many characters the search answers nothing. */
export const MAX_QUERY_LENGTH = 512;
/** Words of a query that are looked at; the rest are ignored. */
const MAX_QUERY_WORDS = 24;
export const DEFAULT_LIMIT = 10;

const REASONS: readonly MatchReason[] = [
  'code',
  'constant',
  'alias',
  'otherName',
  'phrase',
  'keyword',
  'summary',
  'typo',
];
const REASON_INDEX = new Map(REASONS.map((r, i) => [r, i]));

/** How much a word counts, by where in the entry it stands. */
const WEIGHT = {
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

/** Tiers: anything exact outranks every word score. */
const TIER = { code: 10_000, name: 9_000, codePrefix: 8_000, namePrefix: 7_000 } as const;
const NAME_RANK = { constant: 2, alias: 1, otherName: 0 } as const;

interface NameHit {
  entry: number;
  reason: 'constant' | 'alias' | 'otherName';
  matched: MatchedName;
}

interface TokenMatch {
  id: number;
  quality: number;
  typo: boolean;
}

export type Search = (query: string, options?: SearchOptions) => SearchResult[];

const STARLETTE_HEAD = /^(?:HTTP|WS)_\d+_/;

export function createSearch(entries: readonly StatusEntry[]): Search {
  const n = entries.length;
  const vocab = new Map<string, number>();
  const tokens: string[] = [];
  const postEntries: number[][] = [];
  const postWeights: number[][] = [];
  const postReasons: MatchReason[][] = [];
  const nameKeys = new Map<string, NameHit[]>();
  /** Names with their prefix (`httpstatusconflict`): typing a whole qualified name finds its own ecosystem first. */
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
    for (const w of words(tail)) post(entry, w, weight, hit.reason);
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
      ...Object.entries(entry.formats)
        .filter(
          ([format, text]) =>
            text !== null && !/^(fastapi|constant|number|status-line)/.test(format),
        )
        .map(([, text]) => ({ name: text!, note: null as string | null })),
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
      for (const w of words(name.split(/::|\./).pop() ?? ''))
        post(i, w, WEIGHT.otherNameWord, 'otherName');
    }
    entryPhrase.push(words(entry.phrase).map((w) => post(i, w, WEIGHT.phrase, 'phrase')));
    post(i, nameKey(entry.phrase), WEIGHT.phrase, 'phrase');
    const keywords: number[][] = [];
    for (const keyword of entry.keywords) {
      const ids = words(keyword).map((w) => post(i, w, WEIGHT.keyword, 'keyword'));
      if (ids.length > 1) keywords.push(ids);
      post(i, nameKey(keyword), WEIGHT.keyword, 'keyword');
    }
    entryKeywords.push(keywords);
    if (entry.vendor) for (const w of words(entry.vendor)) post(i, w, WEIGHT.vendor, 'keyword');
    if (entry.kind === 'websocket') {
      for (const w of ['websocket', 'ws', 'close', 'socket'])
        post(i, w, WEIGHT.classWord, 'keyword');
    }
    for (const w of words(entry.summary)) post(i, w, WEIGHT.summary, 'summary');
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
  const masks = Int32Array.from(tokens, letterMask);

  const sortedNameKeys = [...nameKeys.keys()].sort();
  const priors = entries.map((e) => priorOf(e.code));
  // Working memory reused by every query (search runs on each keystroke; garbage means pauses).
  // A query runs to completion before the next starts, and results copy what they keep.
  const scratch = {
    tier: new Float64Array(n),
    tierReason: new Array<MatchReason | null>(n).fill(null),
    matchedNames: new Array<MatchedName | null>(n).fill(null),
    text: new Float64Array(n),
    covered: new Float64Array(n),
    reasonScore: new Float64Array(n * REASONS.length),
    best: new Float64Array(n),
    bestReason: new Int8Array(n),
    matchedQuality: new Map<number, number>(),
  };
  /** Whether the last completion() matched every word in its exact form (set to avoid allocating). */
  let lastCompletionExact = false;

  function lowerBound<T>(list: readonly T[], key: string, get: (x: T) => string): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (get(list[mid]!) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function matchToken(token: string): TokenMatch[] {
    const found = new Map<number, TokenMatch>();
    const add = (id: number, quality: number, typo: boolean) => {
      const old = found.get(id);
      if (!old || old.quality < quality) found.set(id, { id, quality, typo });
    };
    const exact = vocab.get(token);
    if (exact !== undefined) add(exact, 1, false);
    const digits = /^\d+$/.test(token);
    if (digits) return [...found.values()];
    for (const id of stems.get(stem(token)) ?? []) add(id, 0.9, false);
    // A word still being typed ("unauth") completes to the words it starts; a whole word ("not")
    // does not, or "not" would match every NOT_* name.
    if (token.length >= 3 && exact === undefined) {
      let k = lowerBound(sortedTokens, token, (x) => x.t);
      for (let seen = 0; k < sortedTokens.length && seen < 64; k++, seen++) {
        const { t, id } = sortedTokens[k]!;
        if (!t.startsWith(token)) break;
        if (t !== token) add(id, 0.55 + 0.3 * (token.length / t.length), false);
      }
    }
    if (found.size === 0 && token.length >= 4) {
      const max = token.length >= 8 ? 2 : 1;
      const mask = letterMask(token);
      for (let len = token.length - max; len <= token.length + max; len++) {
        for (const id of byLength.get(len) ?? []) {
          // Each edit changes at most two letters' presence.
          if (bitCount(mask ^ masks[id]!) > 2 * max) continue;
          const d = boundedDistance(token, tokens[id]!, max);
          if (d <= max) add(id, d === 1 ? 0.7 : 0.5, true);
        }
      }
    }
    return [...found.values()];
  }

  return function search(query: string, options: SearchOptions = {}): SearchResult[] {
    if (typeof query !== 'string') return [];
    const q = query.trim();
    if (!q || q.length > MAX_QUERY_LENGTH) return [];
    const limit = Math.max(0, Math.min(Math.floor(Number(options.limit ?? DEFAULT_LIMIT)) || 0, n));
    if (limit === 0) return [];

    const tier = scratch.tier.fill(0);
    const tierReason = scratch.tierReason.fill(null);
    const matchedNames = scratch.matchedNames.fill(null);
    const setTier = (
      i: number,
      score: number,
      reason: MatchReason,
      name: MatchedName | null = null,
    ) => {
      if (score > tier[i]!) {
        tier[i] = score;
        tierReason[i] = reason;
        matchedNames[i] = name;
      }
    };

    // Numbers: a code, or the start of codes ("40" is 400-409, in order).
    if (/^\d{1,4}$/.test(q)) {
      entries.forEach((e, i) => {
        const code = String(e.code);
        if (code === q) setTier(i, TIER.code, 'code');
        else if (code.startsWith(q)) setTier(i, TIER.codePrefix - e.code / 10_000, 'code');
      });
      return rank(tier, tierReason, matchedNames, null, limit, options.accept);
    }
    // Classes: "4xx", "ws".
    const cls = /^([1-5])xx$/i.exec(q);
    if (cls || /^(ws|web ?sockets?)$/i.test(q)) {
      entries.forEach((e, i) => {
        const inClass = cls
          ? e.kind !== 'websocket' && Math.floor(e.code / 100) === Number(cls[1])
          : e.kind === 'websocket';
        // Registered codes before unofficial ones, each in code order.
        if (inClass)
          setTier(i, TIER.codePrefix - (e.kind === 'unofficial' ? 1 : 0) - e.code / 10_000, 'code');
      });
      return rank(tier, tierReason, matchedNames, null, limit, options.accept);
    }

    // Names: exact under any prefix and case, then as the start of a name.
    const nameLike = looksLikeName(q);
    for (const h of qualifiedKeys.get(compact(q.slice(0, 120))) ?? []) {
      // Starlette's names first; among names that differ only in case, the one typed.
      const typed = h.matched.name === q ? 1 : 0;
      setTier(
        h.entry,
        TIER.name + 30 + 2 * NAME_RANK[h.reason] + typed + priors[h.entry]! / 10,
        h.reason,
        h.matched,
      );
    }
    const key = nameKey(q.slice(0, 120));
    if (key.length >= 2 && (nameLike || !/\s/.test(q))) {
      const hits = (nameKeys.get(key) ?? []).filter((h) => nameLike || h.reason !== 'otherName');
      for (const h of hits) {
        setTier(
          h.entry,
          TIER.name + 10 * NAME_RANK[h.reason] + priors[h.entry]!,
          h.reason,
          h.matched,
        );
      }
      if (hits.length === 0 && nameLike && (key.length >= 3 || /_$/.test(q))) {
        for (let k = lowerBound(sortedNameKeys, key, (x) => x); k < sortedNameKeys.length; k++) {
          const candidate = sortedNameKeys[k]!;
          if (!candidate.startsWith(key)) break;
          // Completions list in code order, like number prefixes: HTTP_50 is 500, 501, 502...
          for (const h of nameKeys.get(candidate)!) {
            setTier(
              h.entry,
              TIER.namePrefix + 10 * NAME_RANK[h.reason] - entries[h.entry]!.code / 10_000,
              h.reason,
              h.matched,
            );
          }
        }
      }
    }

    // Words.
    const text = scratch.text.fill(0);
    const covered = scratch.covered.fill(0);
    const reasonScore = scratch.reasonScore.fill(0);
    const best = scratch.best;
    const bestReason = scratch.bestReason;
    /** Every vocabulary word some query word matched, with the best quality it matched at. */
    const matchedQuality = scratch.matchedQuality;
    matchedQuality.clear();
    let totalWeight = 0;
    let knownWords = 0;
    const queryWords = words(q).slice(0, MAX_QUERY_WORDS);
    queryWords.forEach((word, position) => {
      const token = word.slice(0, 64);
      const matches = matchToken(token);
      // "not authorized" also reads as "unauthorized", "not available" as "unavailable".
      if (position > 0 && NEGATIONS.has(queryWords[position - 1]!)) {
        for (const prefix of NEGATING_PREFIXES) {
          const id = vocab.get(prefix + token);
          if (id !== undefined) matches.push({ id, quality: 0.95, typo: false });
        }
      }
      if (matches.length === 0) return;
      knownWords++;
      best.fill(0);
      let tokenWeight = 0;
      for (const m of matches) {
        matchedQuality.set(m.id, Math.max(matchedQuality.get(m.id) ?? 0, m.quality));
        const importance = m.quality * idf[m.id]!;
        if (importance > tokenWeight) tokenWeight = importance;
        const list = postEntries[m.id]!;
        const weights = postWeights[m.id]!;
        const reasons = postReasons[m.id]!;
        for (let k = 0; k < list.length; k++) {
          const e = list[k]!;
          const s = importance * weights[k]!;
          if (s > best[e]!) {
            best[e] = s;
            bestReason[e] = m.typo ? REASON_INDEX.get('typo')! : REASON_INDEX.get(reasons[k]!)!;
          }
        }
      }
      totalWeight += tokenWeight;
      for (let e = 0; e < n; e++) {
        if (best[e]! > 0) {
          text[e] = text[e]! + best[e]!;
          covered[e] = covered[e]! + tokenWeight;
          const slot = e * REASONS.length + bestReason[e]!;
          reasonScore[slot] = reasonScore[slot]! + best[e]!;
        }
      }
    });
    // Long sentences carry words no status knows; a short query must be mostly understood.
    const minCoverage = knownWords > 3 ? 0.3 : 0.5;
    if (totalWeight > 0) {
      for (let e = 0; e < n; e++) {
        if (text[e] === 0) continue;
        const coverage = covered[e]! / totalWeight;
        if (coverage < minCoverage) continue;
        // A phrase or keyword matched whole is what the person meant, more than scattered words.
        let bonus = completion(entryPhrase[e]!, matchedQuality, WEIGHT.phrase * 0.5);
        for (const keyword of entryKeywords[e]!) {
          if (!matchedQuality.has(keyword[0]!)) continue;
          const b = completion(keyword, matchedQuality, WEIGHT.keyword);
          // The query is the keyword itself, word for word ("range request").
          const whole = lastCompletionExact && keyword.length === knownWords ? 1.5 : 1;
          if (b * whole > bonus) bonus = b * whole;
        }
        const score = (text[e]! + bonus) * (0.2 + 0.8 * coverage * coverage) + 0.3 * priors[e]!;
        if (score > tier[e]!) {
          tier[e] = score;
          tierReason[e] = null;
        }
      }
    }
    // Reasons are worked out only for the results returned, strongest contribution first.
    const textReasons = (e: number): MatchReason[] =>
      REASONS.map((r, k) => ({ r, s: reasonScore[e * REASONS.length + k]! }))
        .filter((x) => x.s > 0)
        .sort((a, b) => b.s - a.s)
        .map((x) => x.r);
    return rank(tier, tierReason, matchedNames, textReasons, limit, options.accept);
  };

  /** The bonus for a phrase whose every word the query matched: its words' worth, by match quality. */
  function completion(
    ids: readonly number[],
    matched: ReadonlyMap<number, number>,
    weight: number,
  ): number {
    let sum = 0;
    lastCompletionExact = ids.length > 0;
    for (const id of ids) {
      const quality = matched.get(id);
      if (quality === undefined) {
        lastCompletionExact = false;
        return 0;
      }
      if (quality < 1) lastCompletionExact = false;
      sum += quality * idf[id]!;
    }
    return sum * weight;
  }

  function rank(
    score: Float64Array,
    tierReason: readonly (MatchReason | null)[],
    matchedNames: readonly (MatchedName | null)[],
    textReasons: ((entry: number) => MatchReason[]) | null,
    limit: number,
    accept: ((entry: StatusEntry) => boolean) | undefined,
  ): SearchResult[] {
    const hits: number[] = [];
    for (let i = 0; i < n; i++) if (score[i]! > 0 && (!accept || accept(entries[i]!))) hits.push(i);
    hits.sort((a, b) => score[b]! - score[a]! || priors[b]! - priors[a]! || a - b);
    return hits.slice(0, limit).map((i) => {
      const reasons: MatchReason[] = [];
      if (tierReason[i]) reasons.push(tierReason[i]!);
      for (const r of textReasons?.(i) ?? []) if (!reasons.includes(r)) reasons.push(r);
      return {
        entry: entries[i]!,
        score: Math.round(score[i]! * 1000) / 1000,
        reasons,
        matchedName: matchedNames[i] ?? null,
      };
    });
  }
}
