/**
 * Queries over a built index (./build-index.ts): ranking tiers for what is exact (a code, a
 * constant, a class, a status recognised in pasted text), then a weighted token score for words
 * (phrase, keywords, names, summary) with stems, prefixes and typos. Every function here takes
 * the index and returns its answer; nothing is kept between calls.
 */
import type { StatusEntry } from '../registry/types';
import { NAME_RANK, REASONS, WEIGHT, type SearchIndex } from './build-index';
import { clipInput } from './limits';
import { recognise, withoutNoise, type Evidence } from './pasted';
import {
  bitCount,
  boundedDistance,
  compact,
  letterMask,
  looksLikeName,
  nameKey,
  NEGATING_PREFIXES,
  NEGATIONS,
  stem,
  tokenize,
} from './text';
import type { MatchedName, MatchReason, SearchOptions, SearchResult } from './types';

/** Words of a query that are looked at; the rest are ignored. */
export const MAX_QUERY_WORDS = 24;
/**
 * Past this length (or over several lines) a query was pasted, not typed: its words are whole
 * and spelt as a program printed them, so no prefix completion and no typo search.
 */
const PASTED_LENGTH = 160;

/**
 * The first `max` words of a text of several words, numbers and noise left out (a port, a byte
 * count or an errno never counts as a word; ./pasted.ts says which numbers are statuses). Reads
 * the text a line at a time (no noise pattern spans lines), so a long paste costs what its
 * first words cost.
 */
function firstWords(text: string, max: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length && out.length < max;) {
    const end = pieceEnd(text, start);
    for (const w of tokenize(withoutNoise(text.slice(start, end)))) if (!isDigits(w)) out.push(w);
    start = end;
  }
  return out.slice(0, max);
}

/** Lines longer than this are read in pieces that end at a space. */
const PIECE = 512;

/** Where the piece of `text` read from `start` ends: at its line's end, or at a space past PIECE characters. */
function pieceEnd(text: string, start: number): number {
  const line = text.indexOf('\n', start);
  if (line >= 0 && line - start < PIECE) return line + 1;
  let end = Math.min(text.length, start + PIECE);
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff
  );
}
export const DEFAULT_LIMIT = 10;

const TYPO = REASONS.indexOf('typo');

/**
 * Tiers: anything exact outranks every word score. A status recognised in pasted text sits
 * between a whole name and a prefix: its strength (0-200) orders the statuses of one text.
 */
const TIER = {
  code: 10_000,
  name: 9_000,
  recognised: 8_200,
  codePrefix: 8_000,
  namePrefix: 7_000,
} as const;

interface TokenMatch {
  id: number;
  quality: number;
  typo: boolean;
}

/**
 * Working memory for queries, one slot per entry (and per entry and reason). A query clears
 * what it uses and hands nothing on: results copy what they keep. Passed in by the caller, so
 * a search that runs on every keystroke leaves no garbage to collect.
 */
export interface Workspace {
  tier: Float64Array;
  tierReason: (MatchReason | null)[];
  matchedNames: (MatchedName | null)[];
  found: (string | null)[];
  strongest: Float64Array;
  text: Float64Array;
  covered: Float64Array;
  reasonScore: Float64Array;
  best: Float64Array;
  bestReason: Int8Array;
  matchedQuality: Map<number, number>;
}

export function createWorkspace(index: SearchIndex): Workspace {
  const n = index.entries.length;
  return {
    tier: new Float64Array(n),
    tierReason: new Array<MatchReason | null>(n).fill(null),
    matchedNames: new Array<MatchedName | null>(n).fill(null),
    found: new Array<string | null>(n).fill(null),
    strongest: new Float64Array(n),
    text: new Float64Array(n),
    covered: new Float64Array(n),
    reasonScore: new Float64Array(n * REASONS.length),
    best: new Float64Array(n),
    bestReason: new Int8Array(n),
    matchedQuality: new Map(),
  };
}

type Scores = Workspace;

function clear(w: Workspace): Workspace {
  w.tier.fill(0);
  w.tierReason.fill(null);
  w.matchedNames.fill(null);
  w.found.fill(null);
  return w;
}

function setTier(
  s: Scores,
  i: number,
  score: number,
  reason: MatchReason,
  name: MatchedName | null = null,
): void {
  if (score > s.tier[i]!) {
    s.tier[i] = score;
    s.tierReason[i] = reason;
    s.matchedNames[i] = name;
  }
}

const tokenOf = (x: { t: string }) => x.t;
const itself = (x: string) => x;

/** Whether a word is all digits (a code or a number), without a regular expression per word. */
function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

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

function addMatch(
  found: Map<number, TokenMatch>,
  id: number,
  quality: number,
  typo: boolean,
): void {
  const old = found.get(id);
  if (!old || old.quality < quality) found.set(id, { id, quality, typo });
}

function matchToken(index: SearchIndex, token: string, typed: boolean): TokenMatch[] {
  const found = new Map<number, TokenMatch>();
  const exact = index.vocab.get(token);
  if (exact !== undefined) addMatch(found, exact, 1, false);
  if (isDigits(token)) return [...found.values()];
  for (const id of index.stems.get(stem(token)) ?? []) addMatch(found, id, 0.9, false);
  // A word still being typed ("unauth") completes to the words it starts; a whole word ("not")
  // does not, or "not" would match every NOT_* name.
  if (!typed) return [...found.values()];
  if (token.length >= 3 && exact === undefined) {
    const sorted = index.sortedTokens;
    let k = lowerBound(sorted, token, tokenOf);
    for (let seen = 0; k < sorted.length && seen < 64; k++, seen++) {
      const { t, id } = sorted[k]!;
      if (!t.startsWith(token)) break;
      if (t !== token) addMatch(found, id, 0.55 + 0.3 * (token.length / t.length), false);
    }
  }
  if (found.size === 0 && token.length >= 4) {
    const max = token.length >= 8 ? 2 : 1;
    const mask = letterMask(token);
    for (let len = token.length - max; len <= token.length + max; len++) {
      for (const id of index.byLength.get(len) ?? []) {
        // Each edit changes at most two letters' presence.
        if (bitCount(mask ^ index.masks[id]!) > 2 * max) continue;
        const d = boundedDistance(token, index.tokens[id]!, max);
        if (d <= max) addMatch(found, id, d === 1 ? 0.7 : 0.5, true);
      }
    }
  }
  return [...found.values()];
}

/**
 * A phrase whose every word the query matched: its words' worth by match quality, and whether
 * each word matched in its exact form.
 */
function completion(
  index: SearchIndex,
  ids: readonly number[],
  matched: ReadonlyMap<number, number>,
): { worth: number; exact: boolean } {
  let worth = 0;
  let exact = ids.length > 0;
  for (const id of ids) {
    const quality = matched.get(id);
    if (quality === undefined) return { worth: 0, exact: false };
    if (quality < 1) exact = false;
    worth += quality * index.idf[id]!;
  }
  return { worth, exact };
}

/** Numbers and classes: "404", "40" (400-409 in order), "4xx", "ws". Null when `q` is neither. */
function searchCodes(index: SearchIndex, q: string, s: Scores): boolean {
  const { entries } = index;
  if (/^\d{1,4}$/.test(q)) {
    entries.forEach((e, i) => {
      const code = String(e.code);
      if (code === q) setTier(s, i, TIER.code, 'code');
      else if (code.startsWith(q)) setTier(s, i, TIER.codePrefix - e.code / 10_000, 'code');
    });
    return true;
  }
  const cls = /^([1-5])xx$/i.exec(q);
  if (cls || /^(ws|web ?sockets?)$/i.test(q)) {
    entries.forEach((e, i) => {
      const inClass = cls
        ? e.kind !== 'websocket' && Math.floor(e.code / 100) === Number(cls[1])
        : e.kind === 'websocket';
      // Registered codes before unofficial ones, each in code order.
      if (inClass)
        setTier(
          s,
          i,
          TIER.codePrefix - (e.kind === 'unofficial' ? 1 : 0) - e.code / 10_000,
          'code',
        );
    });
    return true;
  }
  return false;
}

/** Names: exact under any prefix and case, then as the start of a name. */
function searchNames(index: SearchIndex, q: string, s: Scores): void {
  const { priors, entries } = index;
  const nameLike = looksLikeName(q);
  for (const h of index.qualifiedKeys.get(compact(q.slice(0, 120))) ?? []) {
    // Starlette's names first; among names that differ only in case, the one typed.
    const typed = h.matched.name === q ? 1 : 0;
    setTier(
      s,
      h.entry,
      TIER.name + 30 + 2 * NAME_RANK[h.reason] + typed + priors[h.entry]! / 10,
      h.reason,
      h.matched,
    );
  }
  const key = nameKey(q.slice(0, 120));
  if (key.length < 2 || !(nameLike || !/\s/.test(q))) return;
  const hits = (index.nameKeys.get(key) ?? []).filter((h) => nameLike || h.reason !== 'otherName');
  for (const h of hits) {
    setTier(
      s,
      h.entry,
      TIER.name + 10 * NAME_RANK[h.reason] + priors[h.entry]!,
      h.reason,
      h.matched,
    );
  }
  if (hits.length === 0 && nameLike && (key.length >= 3 || /_$/.test(q))) {
    const sorted = index.sortedNameKeys;
    for (let k = lowerBound(sorted, key, itself); k < sorted.length; k++) {
      const candidate = sorted[k]!;
      if (!candidate.startsWith(key)) break;
      // Completions list in code order, like number prefixes: HTTP_50 is 500, 501, 502...
      for (const h of index.nameKeys.get(candidate)!) {
        setTier(
          s,
          h.entry,
          TIER.namePrefix + 10 * NAME_RANK[h.reason] - entries[h.entry]!.code / 10_000,
          h.reason,
          h.matched,
        );
      }
    }
  }
}

/** Statuses recognised in pasted text: the strongest evidence for each, and what it was. */
function applyEvidence(index: SearchIndex, evidence: readonly Evidence[], s: Scores): void {
  const strongest = s.strongest.fill(0);
  for (const e of evidence) {
    const i = index.byCode.get(e.code);
    if (i === undefined) continue;
    // Earlier mentions first among equals: "sent 1000 (OK); then received 1001".
    const score = TIER.recognised + e.strength - e.at / 1e6;
    if (score > s.tier[i]!) {
      s.tier[i] = score;
      s.tierReason[i] = e.reason;
      s.matchedNames[i] = e.matchedName;
    }
    // A whole name typed ranks by its own tier, and still says what it was recognised as.
    if (score > strongest[i]!) {
      strongest[i] = score;
      s.found[i] = e.found;
    }
  }
}

/**
 * Words: every query word's best match per entry, weighted by rarity and by where it stands.
 * Returns each entry's reasons, strongest contribution first, worked out only when asked.
 */
function scoreWords(
  index: SearchIndex,
  queryWords: readonly string[],
  s: Scores,
  typed: boolean,
): (entry: number) => MatchReason[] {
  const { postEntries, postWeights, postReasonIds, idf, priors } = index;
  const n = index.entries.length;
  const text = s.text.fill(0);
  const covered = s.covered.fill(0);
  const reasonScore = s.reasonScore.fill(0);
  const best = s.best;
  const bestReason = s.bestReason;
  /** Every vocabulary word some query word matched, with the best quality it matched at. */
  const matchedQuality = s.matchedQuality;
  matchedQuality.clear();
  let totalWeight = 0;
  let knownWords = 0;
  for (let position = 0; position < queryWords.length; position++) {
    const token = queryWords[position]!.slice(0, 64);
    const matches = matchToken(index, token, typed);
    // "not authorized" also reads as "unauthorized", "not available" as "unavailable".
    if (position > 0 && NEGATIONS.has(queryWords[position - 1]!)) {
      for (const prefix of NEGATING_PREFIXES) {
        const id = index.vocab.get(prefix + token);
        if (id !== undefined) matches.push({ id, quality: 0.95, typo: false });
      }
    }
    if (matches.length === 0) continue;
    knownWords++;
    best.fill(0);
    let tokenWeight = 0;
    for (const m of matches) {
      matchedQuality.set(m.id, Math.max(matchedQuality.get(m.id) ?? 0, m.quality));
      const importance = m.quality * idf[m.id]!;
      if (importance > tokenWeight) tokenWeight = importance;
      const list = postEntries[m.id]!;
      const weights = postWeights[m.id]!;
      const reasons = postReasonIds[m.id]!;
      for (let k = 0; k < list.length; k++) {
        const e = list[k]!;
        const score = importance * weights[k]!;
        if (score > best[e]!) {
          best[e] = score;
          bestReason[e] = m.typo ? TYPO : reasons[k]!;
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
  }
  // Long sentences carry words no status knows; a short query must be mostly understood.
  const minCoverage = knownWords > 3 ? 0.3 : 0.5;
  if (totalWeight > 0) {
    for (let e = 0; e < n; e++) {
      if (text[e] === 0) continue;
      const coverage = covered[e]! / totalWeight;
      if (coverage < minCoverage) continue;
      // A phrase or keyword matched whole is what the person meant, more than scattered words.
      let bonus =
        completion(index, index.entryPhrase[e]!, matchedQuality).worth * WEIGHT.phrase * 0.5;
      for (const keyword of index.entryKeywords[e]!) {
        if (!matchedQuality.has(keyword[0]!)) continue;
        const { worth, exact } = completion(index, keyword, matchedQuality);
        // The query is the keyword itself, word for word ("range request").
        const whole = exact && keyword.length === knownWords ? 1.5 : 1;
        if (worth * WEIGHT.keyword * whole > bonus) bonus = worth * WEIGHT.keyword * whole;
      }
      const score = (text[e]! + bonus) * (0.2 + 0.8 * coverage * coverage) + 0.3 * priors[e]!;
      if (score > s.tier[e]!) {
        s.tier[e] = score;
        s.tierReason[e] = null;
      }
    }
  }
  return (e) =>
    REASONS.map((r, k) => ({ r, s: reasonScore[e * REASONS.length + k]! }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s)
      .map((x) => x.r);
}

function rank(
  index: SearchIndex,
  s: Scores,
  textReasons: ((entry: number) => MatchReason[]) | null,
  limit: number,
  accept: ((entry: StatusEntry) => boolean) | undefined,
): SearchResult[] {
  const { entries, priors } = index;
  const score = s.tier;
  const hits: number[] = [];
  for (let i = 0; i < entries.length; i++)
    if (score[i]! > 0 && (!accept || accept(entries[i]!))) hits.push(i);
  hits.sort((a, b) => score[b]! - score[a]! || priors[b]! - priors[a]! || a - b);
  return hits.slice(0, limit).map((i) => {
    const reasons: MatchReason[] = [];
    if (s.tierReason[i]) reasons.push(s.tierReason[i]!);
    for (const r of textReasons?.(i) ?? []) if (!reasons.includes(r)) reasons.push(r);
    return {
      entry: entries[i]!,
      score: Math.round(score[i]! * 1000) / 1000,
      reasons,
      matchedName: s.matchedNames[i] ?? null,
      found: s.found[i] ?? null,
    };
  });
}

/**
 * The statuses `query` means, best first: at most `limit`, only those `accept` takes. The
 * workspace is working memory only (a new one when none is given).
 */
export function searchIndex(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
  workspace: Workspace = createWorkspace(index),
): SearchResult[] {
  if (typeof query !== 'string') return [];
  const q = clipInput(query).text.trim();
  if (!q) return [];
  const n = index.entries.length;
  const limit = Math.max(0, Math.min(Math.floor(Number(options.limit ?? DEFAULT_LIMIT)) || 0, n));
  if (limit === 0) return [];
  const s = clear(workspace);
  if (searchCodes(index, q, s)) return rank(index, s, null, limit, options.accept);
  searchNames(index, q, s);
  const evidence = recognise(index, q);
  applyEvidence(index, evidence, s);
  // Numbers in a text of several words are statuses only where the recogniser says so: a
  // port, a byte count or an errno never counts as a word.
  const pasted = q.length > PASTED_LENGTH || q.includes('\n');
  // One word is taken as typed; a text of several loses its numbers and noise (firstWords).
  const typedWords = q.length <= PASTED_LENGTH ? tokenize(q) : null;
  const queryWords =
    typedWords === null || /[/:"=]/.test(q)
      ? firstWords(q, MAX_QUERY_WORDS)
      : typedWords.length <= 1
        ? typedWords
        : typedWords.filter((w) => !isDigits(w)).slice(0, MAX_QUERY_WORDS);
  const textReasons = scoreWords(index, queryWords, s, !pasted);
  return rank(index, s, textReasons, limit, options.accept);
}
