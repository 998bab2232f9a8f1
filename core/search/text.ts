/**
 * How text becomes search tokens, shared by the index and the query so both sides agree:
 * lower case, accents dropped, camelCase and snake_case split, English stems (Porter).
 */
import { stemmer } from 'stemmer';

/** Words that carry no meaning in a status search ("the code for ..."). "not", "no", "too" do. */
const STOPWORDS = new Set(
  'a an and are as at be by can code do does for from has have http i if in into is it its me my of on or our status that the their there this to was we what when which with you your'.split(
    ' ',
  ),
);

/** Splits camelCase and PascalCase words (StatusNotFound, HTTPStatus) before lower-casing. */
function splitCamel(text: string): string {
  // "WebSocket" is one word, as people type it: `WebSocketDisconnect` is websocket + disconnect.
  return text
    .replace(/WebSocket/g, 'Websocket')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** English contractions that carry a "not" ("can't", "doesn't") keep it; "'s" and "'re" go. */
function expandContractions(text: string): string {
  return text
    .replace(/\b(can|won)['’]t\b/g, (_, w: string) => (w === 'can' ? 'can not' : 'will not'))
    .replace(/\bcannot\b/g, 'can not')
    .replace(/n['’]t\b/g, ' not')
    .replace(/['’](s|re|ve|ll|d|m)\b/g, '');
}

/** The search tokens of a text: its words, folded, stopwords and stray letters removed, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of expandContractions(fold(splitCamel(text))).split(/[^a-z0-9]+/)) {
    if (word && (word.length > 1 || /\d/.test(word)) && !STOPWORDS.has(word)) out.push(word);
  }
  return out;
}

/** Words that negate the next one: "not authorized" also reads as "unauthorized". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'non', 'never']);
export const NEGATING_PREFIXES = ['un', 'in', 'im', 'non', 'dis'] as const;

export function stem(word: string): string {
  return /^\d+$/.test(word) ? word : stemmer(word);
}

/** Letters and digits only, lower case: `Response::HTTP_GONE` is `responsehttpgone`. */
export function compact(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** A name's comparable form: the last segment after `.`, `::` or a leading `:`, compacted. */
export function nameKey(name: string): string {
  return compact(name.split(/::|\./).pop() ?? '');
}

/** Whether what was typed looks like a constant rather than words: `a_b`, `x.Y`, `:sym`, `CamelCase`, `ALLCAPS`. */
export function looksLikeName(query: string): boolean {
  const q = query.trim();
  if (/[_.:]/.test(q)) return true;
  if (/[a-z][A-Z]/.test(q)) return true;
  return /^[A-Z][A-Z0-9]+$/.test(q);
}

/** Which letters and digits a word holds, as bits: a cheap filter before the edit distance. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
  }
  return mask;
}

export function bitCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

const MAX_WORD = 64;
// Three rows reused by every call: the distance runs on each keystroke and must not allocate.
let rowA = new Int32Array(MAX_WORD + 1);
let rowB = new Int32Array(MAX_WORD + 1);
let rowC = new Int32Array(MAX_WORD + 1);

/** Restricted Damerau-Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = Math.min(a.length, MAX_WORD);
  const lb = Math.min(b.length, MAX_WORD);
  if (Math.abs(la - lb) > max) return max + 1;
  let prevPrev = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) {
      [rowA, rowB, rowC] = [prevPrev, prev, cur];
      return max + 1;
    }
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const result = prev[lb]!;
  [rowA, rowB, rowC] = [prevPrev, prev, cur];
  return result;
}
