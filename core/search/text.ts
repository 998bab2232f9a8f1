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
  return text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a text, stopwords removed, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(splitCamel(text)).split(/[^a-z0-9]+/)) {
    if (word && !STOPWORDS.has(word)) out.push(word);
  }
  return out;
}

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

/** Restricted Damerau-Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prevPrev = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[lb]!;
}
