/**
 * Recognisers for pasted text: access-log lines, status lines, key/value fields (JSON, logfmt,
 * keyword arguments), constants and numbers in code, and numbers in tool messages. Each says
 * which status the text carries, how sure it is, and what it recognised; a number that stands
 * for something else (an address, a port, a size, a time, an errno, a pid) is never a status.
 */
import type { NameHit, SearchIndex } from './build-index';
import { tokenize } from './text';
import type { MatchedName, MatchReason } from './types';

export interface Evidence {
  code: number;
  /** 0-200: a named status field is surest, a bare number least sure. */
  strength: number;
  /** Where in the text it stands: earlier mentions rank first among equals. */
  at: number;
  reason: MatchReason;
  matchedName: MatchedName | null;
  /** What was recognised, for people: "status field of an access-log line". */
  found: string;
}

/** Numbers and names looked at in one text: the work stays bounded whatever is pasted. */
const MAX_NUMBERS = 96;
const MAX_NAMES = 64;

const STRENGTH = {
  field: 100,
  secondField: 96,
  interim: 70,
  constant: 90,
  argument: 95,
  bare: 40,
  context: 30,
  phrase: 35,
  tool: 20,
  exception: 25,
  error: 2,
} as const;

/** Words around a WebSocket close code: elsewhere 1000-1015 are ids, years or Cloudflare errors. */
const WEBSOCKET_CONTEXT =
  /websocket|\bwss?:\/\/|\bws\b|close|disconnect|\b(?:sent|received) 1\d{3} \(/i;

/** Keys whose number is a status: `status`, `statusCode`, `DownstreamStatus`, `code`, `close_code`... */
const STATUS_KEY = /status|^(?:code|close_?code|http_?code|response_?code)$/i;
/** Keys naming the status a proxy got from behind it: ranked after the one the client got. */
const SECOND_KEY = /origin|target|upstream|backend/i;

/** Before a number: words that say it is a status ("status code 404", "returned error: 404"). */
const CONTEXT_BEFORE =
  /(?:status(?:\s+code)?|code|http(?:\s+error)?|error(?:\s+code)?|returned(?:\s+error)?|completed|responded(?:\s+with)?|response|failed\s+with|received|sent|got)\W{0,3}$/i;
/** After a number: what says it is something else (a size, a duration, a count). */
const UNIT_AFTER =
  /^\s?(?:ms|s|secs?|seconds?|milliseconds?|minutes?|bytes?|[kmg]i?b|%|µs|us|ns|redirects?|times|items|rows|lines?)\b/i;
/** Before a number: what says it is something else (a line number, a pid, a port). */
const NOT_STATUS_BEFORE =
  /(?:\bline|\bcolumn|\bcol|\bchar|\bposition|\bpos|\bpid|\bport|\berrno|\bthread|\bworker|\battempt|\bid|\bversion|\bexcess|\bsize|\blength|\btotal|\bafter|\bv)\W{0,2}$/i;

/** Tools whose messages carry a number in their own words: the name says whose message it is. */
const TOOL_MESSAGES: readonly { pattern: RegExp; found: string }[] = [
  { pattern: /\bcurl: \(\d+\)/, found: "curl's error message" },
  { pattern: /\b(?:Client|Server) Error: .* for url: /, found: "requests' HTTPError message" },
  {
    pattern: /\b(?:Client error|Server error|Redirect response|Informational response) '/,
    found: "httpx's HTTPStatusError message",
  },
  { pattern: /\b\d{3}, message=/, found: "aiohttp's ClientResponseError" },
  { pattern: /\bRequest failed with status code\b/, found: "HTTP client's error message" },
  { pattern: /\bCompleted \d{3} /, found: "Rails' request log line" },
  { pattern: /\bthere was an unexpected error \(type=/i, found: "Spring's error page" },
  { pattern: /\bserver rejected WebSocket connection\b/, found: "websockets' handshake error" },
];

interface Context {
  index: SearchIndex;
  text: string;
  out: Evidence[];
  /** Start offsets of numbers already accounted for (a field's number is not also bare). */
  claimed: Set<number>;
  websocket: boolean;
}

function isWebSocketCode(code: number): boolean {
  return code >= 1000 && code < 5000;
}

function add(
  ctx: Context,
  code: number,
  strength: number,
  at: number,
  found: string,
  reason: MatchReason = 'code',
  matchedName: MatchedName | null = null,
): void {
  if (!ctx.index.byCode.has(code)) return;
  if (isWebSocketCode(code) && !ctx.websocket && reason === 'code') return;
  const error = code >= 400 && code < 600 ? STRENGTH.error : 0;
  ctx.out.push({ code, strength: strength + error, at, reason, matchedName, found });
}

/** The request line of an access log: a method and a target, a protocol, nginx's `-` or its escaped bytes. */
const REQUEST_LINE = /^(?:[A-Z]{3,10}|WebSocket) \S|HTTP\/\d|^-$|\\x[0-9A-F]{2}/;
/** Longest quoted request looked back over from the status after it. */
const MAX_REQUEST = 400;

/**
 * `"GET /x HTTP/1.1" 200 2326`, `"WebSocket /ws" 403`, nginx's `"-" 400 0`. Found from the
 * closing quote and the number after it, back to the opening quote on the same line: a text
 * full of quotes (JSON) costs one look at each quote, not a scan from each.
 */
function accessLogs(ctx: Context): void {
  const { text } = ctx;
  const re = /"[ \t]+(\d{3})\b(?![.:]\d)/g;
  let count = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const close = m.index;
    const open = openingQuote(text, close);
    if (open < 0 || !REQUEST_LINE.test(text.slice(open + 1, close))) continue;
    const at = m.index + m[0].length - 3;
    ctx.claimed.add(at);
    add(ctx, Number(m[1]), STRENGTH.field, at, 'status field of an access-log line');
    if (++count >= MAX_NUMBERS) break;
  }
}

/** The quote that opens the one at `close` on its line, at most MAX_REQUEST characters back, or -1. */
function openingQuote(text: string, close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= MAX_REQUEST + 1; i--) {
    const c = text.charCodeAt(i);
    if (c === 34) return i; // "
    if (c === 10) return -1; // \n
  }
  return -1;
}

/** AWS ALB: `type time elb client:port target:port t1 t2 t3 elb_status target_status ...`. */
function loadBalancerLogs(ctx: Context): void {
  const re =
    /(?:^|\s)(?:https?|h2|wss?|grpcs?) \d{4}-\d\d-\d\dT[\d:.]+Z \S+ \S+ \S+ \S+ \S+ \S+ (\d{3}|-) (\d{3}|-) /g;
  for (const m of ctx.text.matchAll(re)) {
    const elbAt = m.index + m[0].length - m[1]!.length - m[2]!.length - 2;
    if (m[1] !== '-') {
      ctx.claimed.add(elbAt);
      add(
        ctx,
        Number(m[1]),
        STRENGTH.field,
        elbAt,
        "load balancer's status field of an ALB log line",
      );
    }
    if (m[2] !== '-') {
      const targetAt = elbAt + m[1]!.length + 1;
      ctx.claimed.add(targetAt);
      add(
        ctx,
        Number(m[2]),
        STRENGTH.secondField,
        targetAt,
        "target's status field of an ALB log line",
      );
    }
  }
}

/** `HTTP/1.1 503 Service Unavailable`, `HTTP/2 429`, curl -v's `< HTTP/1.1 301`. */
function statusLines(ctx: Context): void {
  const re = /(?:^|[\s<>"'])HTTP\/\d(?:\.\d)?\s+(\d{3})\b/g;
  for (const m of ctx.text.matchAll(re)) {
    const code = Number(m[1]);
    const at = m.index + m[0].length - 3;
    ctx.claimed.add(at);
    // An interim 1xx comes before the final status; 101 is final for an upgrade.
    const interim = code < 200 && code !== 101;
    add(ctx, code, interim ? STRENGTH.interim : STRENGTH.field, at, 'status line');
  }
}

/** The key before a `:` or `=` at `end`: `status`, `"status"`, `'code'` (up to 41 characters). */
function keyBefore(text: string, end: number): { key: string; quoted: boolean } | null {
  let i = end;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  const q = text.charCodeAt(i - 1);
  const quote = q === 34 || q === 39 ? q : null;
  if (quote !== null) i--;
  const stop = i;
  while (
    i > 0 &&
    stop - i < 41 &&
    (isWordChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 45)
  )
    i--;
  const first = text.charCodeAt(i);
  if (i === stop || !(isLetter(first) || first === 95)) return null;
  if (quote !== null && text.charCodeAt(i - 1) !== quote) return null;
  return { key: text.slice(i, stop), quoted: quote !== null };
}

/** `"status":404`, `status=404`, `code: 1006`, `status_code=201` in a call. */
function fields(ctx: Context): void {
  // Found from the separator back to the key: cheap where a text has many words and few fields.
  const value = /[:=]\s*["']?(\d{1,4})\b(?![.:]\d)/g;
  let count = 0;
  for (const m of ctx.text.matchAll(value)) {
    if (++count > MAX_NUMBERS) break;
    const keyMatch = keyBefore(ctx.text, m.index);
    if (!keyMatch) continue;
    const { key, quoted } = keyMatch;
    const at = m.index + m[0].length - m[1]!.length;
    // Other keys' numbers are left to the rules for numbers (`HTTPError: 404` is a status).
    if (!STATUS_KEY.test(key)) continue;
    ctx.claimed.add(at);
    const before = ctx.text.slice(Math.max(0, m.index - 200), m.index);
    const inCall = m[0][0] === '=' && before.lastIndexOf('(') > before.lastIndexOf(')');
    const found = inCall ? `${key} argument` : quoted ? `"${key}" field` : `${key} field`;
    const strength = SECOND_KEY.test(key)
      ? STRENGTH.secondField
      : inCall
        ? STRENGTH.argument
        : STRENGTH.field;
    // A number after `code` is a close code only where the text is about WebSockets (add's rule).
    add(ctx, Number(m[1]), strength, at, found);
  }
}

/** A name in code, read from the start of a run of name characters: `status.HTTP_404_NOT_FOUND`, `:gone`. */
const CODE_NAME =
  /^(?::[a-z][a-z_]+\b|[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)+|(?:HTTP|WS)_\d{3,4}_[A-Z0-9_]+|Status\d{3}[A-Za-z]+)/;

/** Letters, digits, `_`, `$`, `.` and `:`: what a qualified name in code is made of. */
function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 58) ||
    c === 95 ||
    c === 36 ||
    c === 46
  );
}

/** `HTTP_404_...`, `WS_1008_...`, `Status404NotFound` at `start`: names that need no qualifier. */
function startsLikeName(text: string, start: number): boolean {
  const head = text.charCodeAt(start);
  if (head !== 72 && head !== 87 && head !== 83) return false; // H, W, S
  if (text.startsWith('HTTP_', start) || text.startsWith('WS_', start)) return true;
  const digit = text.charCodeAt(start + 6);
  return text.startsWith('Status', start) && digit >= 48 && digit <= 57;
}

/**
 * `status.HTTP_404_NOT_FOUND`, `http.StatusOK`, `HttpStatus.CONFLICT`, `:no_content`. Only a run
 * of name characters with a `.` or `:` in it, or one that starts like a Starlette or ASP.NET
 * name, is read: found from its mark, so the rest of the text costs a regular expression's scan.
 */
function constants(ctx: Context): void {
  const { text } = ctx;
  // What marks a run worth reading: a `.` or `:` in it, or a start like HTTP_, WS_, Status404.
  const mark = /[.:]|HTTP_|WS_|Status\d/g;
  let count = 0;
  for (let m = mark.exec(text); m !== null && count < MAX_NAMES; m = mark.exec(text)) {
    let start = m.index;
    while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    mark.lastIndex = end;
    // A name starts with a letter or `_` (a Ruby symbol with `:` and a lower-case letter):
    // JSON's `":200`, addresses and decimals stop here.
    const head = text.charCodeAt(start);
    const symbol = head === 58 && isLower(text.charCodeAt(start + 1));
    if (!symbol && !isLetter(head) && head !== 95) continue;
    if (m[0].length > 1 && !startsLikeName(text, start) && !/[.:]/.test(text.slice(start, end)))
      continue;
    const name = CODE_NAME.exec(text.slice(start, end));
    if (!name) continue;
    count++;
    const hits = nameHits(ctx.index, name[0]);
    if (!hits) continue;
    for (const h of hits) {
      const code = ctx.index.entries[h.entry]!.code;
      add(ctx, code, STRENGTH.constant, start, 'status constant in code', h.reason, h.matched);
    }
  }
}

/** `compact` for a name of ASCII letters, digits and punctuation: no Unicode folding needed. */
function asciiKey(name: string, from = 0): string {
  return name
    .slice(from)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The statuses a name in code (all ASCII: see isNameChar) stands for, or null. */
function nameHits(index: SearchIndex, name: string): readonly NameHit[] | null {
  if (name.startsWith(':')) {
    // A Ruby symbol is a status only as Rails names one.
    const hits = index.qualifiedKeys
      .get(asciiKey(name))
      ?.filter((h) => h.matched.name.startsWith(':'));
    return hits?.length ? hits : null;
  }
  // Every name the index knows has its last segment among the name keys: most names in a
  // pasted text (hosts, files, modules) stop here.
  const lastDot = Math.max(name.lastIndexOf('.'), name.lastIndexOf(':'));
  const lastKey = asciiKey(name, lastDot + 1);
  if (!index.nameKeys.has(lastKey)) return null;
  if (lastDot >= 0) {
    // The last two segments: `status.HTTP_404_NOT_FOUND` in `fastapi.status.HTTP_404_NOT_FOUND`.
    let before = name[lastDot - 1] === ':' ? lastDot - 2 : lastDot - 1;
    while (before >= 0 && name[before] !== '.' && name[before] !== ':') before--;
    const hits = index.qualifiedKeys.get(asciiKey(name, before + 1));
    if (hits?.length) return hits;
  }
  if (/^(?:HTTP|WS)_\d{3,4}_|^Status\d{3}/.test(name.slice(lastDot + 1))) {
    const hits = index.nameKeys.get(lastKey);
    if (hits?.length) return hits;
  }
  return null;
}

/** Whether the words after (or just before) a number are its reason phrase: "404 Not Found". */
function phraseAgrees(ctx: Context, code: number, at: number, length: number): boolean {
  const phrase = ctx.index.phraseWords[ctx.index.byCode.get(code)!]!;
  if (phrase.length === 0) return false;
  const need = Math.min(phrase.length, 2);
  const next = ctx.text.slice(at + length, at + length + 60);
  if (mayHold(next, phrase[0]!)) {
    const after = tokenize(next).slice(0, need);
    if (after.length === need && after.every((w, k) => w === phrase[k])) return true;
  }
  // Django's "Forbidden (403)", "Page not found (404)".
  if (ctx.text[at - 1] === '(') {
    const previous = ctx.text.slice(Math.max(0, at - 60), at - 1);
    if (!mayHold(previous, phrase[phrase.length - 1]!)) return false;
    const tail = tokenize(previous).slice(-phrase.length);
    return tail.length === phrase.length && tail.every((w, k) => w === phrase[k]);
  }
  return false;
}

/**
 * Whether `tokenize(text)` could hold `word`: `words` lower-cases, splits, folds accents and
 * expands "n't", so in plain ASCII without a contraction its words are in the lower-cased text.
 * A cheap test before the words are read.
 */
function mayHold(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes(word) || /[\u0080-\uffff]|n't|cannot/.test(lower);
}

/** Before a number, what makes it part of something else: `10.0.404.1`, `/items/404`, `#404`, `$500`. */
const PART_OF_NUMBER_BEFORE = '.:/#*+$\\-';
/** After a number and before a digit: `404.5`, `10:30`, `500/2`, `2026-12`. */
const PART_OF_NUMBER_AFTER = '.:/-';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
/** `\w`: letters, digits and `_`. */
function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95;
}

/** Numbers standing on their own: a status where the words around them say so. */
/** `tool` names whose message the text is, asked only once a number looks like a status. */
function numbers(ctx: Context, tool: () => string | null): void {
  const { text } = ctx;
  const re = /\d{3,4}/g;
  let count = 0;
  let toolOf: string | null = null;
  let toolAsked = false;
  for (const m of text.matchAll(re)) {
    if (++count > MAX_NUMBERS) break;
    const at = m.index;
    const end = at + m[0].length;
    const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
    const next = end < text.length ? text.charCodeAt(end) : 32;
    // Part of a word, an address, a path, a version, a time or a date.
    if (isWordChar(prev) || isWordChar(next)) continue;
    if (at > 0 && PART_OF_NUMBER_BEFORE.includes(text[at - 1]!)) continue;
    if (
      end < text.length &&
      PART_OF_NUMBER_AFTER.includes(text[end]!) &&
      isDigit(text.charCodeAt(end + 1))
    )
      continue;
    // A pid in brackets, an errno before its message: "[12]", "(110: Connection timed out)".
    if (prev === 91 && next === 93) continue;
    if (prev === 40 && next === 58) continue;
    if (ctx.claimed.has(at)) continue;
    const code = Number(m[0]);
    if (!ctx.index.byCode.has(code)) continue;
    const after = text.slice(at + m[0].length, at + m[0].length + 16);
    if (UNIT_AFTER.test(after)) continue;
    const before = text.slice(Math.max(0, at - 24), at);
    if (NOT_STATUS_BEFORE.test(before)) continue;
    let strength: number = STRENGTH.bare;
    let found = 'number that is a status code';
    if (CONTEXT_BEFORE.test(before) || /^\s*(?:client|server)\s+error\b|^, message=/i.test(after)) {
      strength += STRENGTH.context;
      found = 'status code in a message';
    }
    if (phraseAgrees(ctx, code, at, m[0].length)) {
      strength += STRENGTH.phrase;
      found = 'status code with its reason phrase';
    }
    if (strength > STRENGTH.bare && !toolAsked) {
      toolOf = tool();
      toolAsked = true;
    }
    const toolName = strength > STRENGTH.bare ? toolOf : null;
    if (toolName) {
      strength += STRENGTH.tool;
      found = toolName;
    }
    add(ctx, code, strength, at, found);
  }
}

/**
 * An exception's class before its message (`PayloadTooLargeError: …`,
 * `django.core.exceptions.SuspiciousOperation: …`, `ActionController::UnknownFormat (…)`) whose
 * words, with or without a last "error" or "exception", are a status's phrase or keyword: the
 * frameworks name their exceptions for the status they answer with. A name of one word
 * ("Found: …") is prose, not a class.
 */
function exceptionNames(ctx: Context): void {
  const { text } = ctx;
  // The class name first (a capital starts it: a quick scan), then what stands before it.
  const re = /[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*(?=: | \(|:?$)/gm;
  let count = 0;
  for (let m = re.exec(text); m !== null && count < MAX_NAMES; m = re.exec(text)) {
    if (!standsAlone(text, m.index)) continue;
    count++;
    const name = tokenize(m[0]);
    const last = name[name.length - 1];
    const plain = last === 'error' || last === 'exception' ? name.slice(0, -1) : null;
    const entries =
      ctx.index.wholeKeys.get(name.join(' ')) ??
      (plain?.length ? ctx.index.wholeKeys.get(plain.join(' ')) : undefined);
    if (!entries) continue;
    for (const i of entries) {
      add(
        ctx,
        ctx.index.entries[i]!.code,
        STRENGTH.exception,
        m.index,
        "exception's name",
        'keyword',
      );
    }
  }
}

/** Whether the name at `at` starts a word, or follows its module path (`a.b.`, `A::`) that does. */
function standsAlone(text: string, at: number): boolean {
  let i = at;
  const before = text.charCodeAt(i - 1);
  if (isWordChar(before) || before === 36) return false;
  while (i > 0 && isNameChar(text.charCodeAt(i - 1))) i--;
  const path = text.slice(i, at);
  if (path && !/^(?:[A-Za-z_$][\w$]*(?:\.|::))+$/.test(path)) return false;
  return i === 0 || text[i - 1] === '(' || isSpace(text.charCodeAt(i - 1));
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Every status `text` carries, with how sure each is; empty for words alone ("rate limit"). */
export function recognise(index: SearchIndex, text: string): Evidence[] {
  // Most typed queries hold no digit and no punctuation of code: they are for the word search.
  const digits = /\d/.test(text);
  const oneToken = !/[\s(]/.test(text);
  if (!digits && (oneToken || !/[._:]/.test(text))) return [];
  const ctx: Context = {
    index,
    text,
    out: [],
    claimed: new Set(),
    websocket: WEBSOCKET_CONTEXT.test(text),
  };
  // Each recogniser runs only where its text could be: cheap tests first.
  if (digits) {
    if (text.includes('"')) accessLogs(ctx);
    // An ALB line's time ends in `Z `.
    if (text.length > 80 && text.includes('Z ')) loadBalancerLogs(ctx);
    if (text.includes('HTTP/')) statusLines(ctx);
    if (/[:=]\s*["']?\d/.test(text)) fields(ctx);
  }
  // A name typed on its own is the name search's (../query.ts), not a pasted text's.
  if (!oneToken && /[._:]/.test(text)) constants(ctx);
  if (/[a-z][A-Z]|[A-Z][a-z]+[:(]/.test(text)) exceptionNames(ctx);
  if (digits && /\d{3}/.test(text))
    numbers(ctx, () => TOOL_MESSAGES.find((t) => t.pattern.test(text))?.found ?? null);
  return ctx.out;
}

/**
 * The parts of a pasted text that say nothing about its status, blanked before its words are
 * scored: URLs, file paths, JSON keys, settings named through their module and the module path
 * before a class name (`websockets.exceptions.`). The message's own words stay.
 */
const NOISE = [
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]*/gi,
  /(?<=^|[\s"'(=:[])(?:\.{0,2}\/[^\s"'<>)\]]+)+/g,
  /"[\w-]+"\s*:/g,
  // A setting or constant named through its module (`settings.DATA_UPLOAD_MAX_MEMORY_SIZE`)
  // describes the configuration, not what went wrong; a status constant is read by `constants`.
  /\b(?:[a-z_][a-z0-9_]*\.)+(?!(?:HTTP|WS)_\d)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g,
  /\b(?:[a-z_][a-z0-9_]*\.)+(?=[A-Z])/g,
  // nginx's error log: the request's context after the message, the log level before it.
  /,\s*client: [^\n]*/g,
  /\[(?:debug|info|notice|warn|error|crit|alert|emerg)\]/gi,
];

export function withoutNoise(text: string): string {
  let out = text;
  for (const re of NOISE) out = out.replace(re, ' ');
  return out;
}
