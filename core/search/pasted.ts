/**
 * Recognisers for pasted text: access-log lines, status lines, key/value fields (JSON, logfmt,
 * keyword arguments), constants and numbers in code, and numbers in tool messages. Each says
 * which status the text carries, how sure it is, and what it recognised; a number that stands
 * for something else (an address, a port, a size, a time, an errno, a pid) is never a status.
 */
import type { NameHit, SearchIndex } from './build-index';
import { compact, words } from './text';
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

/** `"GET /x HTTP/1.1" 200 2326`, `"WebSocket /ws" 403`, nginx's `"-" 400 0`. */
function accessLogs(ctx: Context): void {
  const re = /"([^"\n]{0,400})"\s+(\d{3})\b(?![.:]\d)/g;
  let count = 0;
  for (const m of ctx.text.matchAll(re)) {
    const request = m[1]!;
    if (!/^(?:[A-Z]{3,10}|WebSocket) \S|HTTP\/\d|^-$|\\x[0-9A-F]{2}/.test(request)) continue;
    const at = m.index + m[0].length - m[2]!.length;
    ctx.claimed.add(at);
    add(ctx, Number(m[2]), STRENGTH.field, at, 'status field of an access-log line');
    if (++count >= MAX_NUMBERS) break;
  }
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
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const quote = text[i - 1] === '"' || text[i - 1] === "'" ? text[i - 1] : null;
  if (quote) i--;
  const stop = i;
  while (i > 0 && stop - i < 41 && /[\w-]/.test(text[i - 1]!)) i--;
  if (!/[A-Za-z_]/.test(text[i] ?? '') || i === stop) return null;
  if (quote && text[i - 1] !== quote) return null;
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

/** `status.HTTP_404_NOT_FOUND`, `http.StatusOK`, `HttpStatus.CONFLICT`, `:no_content`. */
function constants(ctx: Context): void {
  const re =
    /(?<![\w.:$])(?::[a-z][a-z_]+\b|[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)+|(?:HTTP|WS)_\d{3,4}_[A-Z0-9_]+|Status\d{3}[A-Za-z]+)/g;
  let count = 0;
  for (const m of ctx.text.matchAll(re)) {
    if (++count > MAX_NAMES) break;
    const name = m[0];
    const hits = nameHits(ctx.index, name);
    if (!hits) continue;
    for (const h of hits) {
      const code = ctx.index.entries[h.entry]!.code;
      add(ctx, code, STRENGTH.constant, m.index, 'status constant in code', h.reason, h.matched);
    }
  }
}

function nameHits(index: SearchIndex, name: string): readonly NameHit[] | null {
  if (name.startsWith(':')) {
    // A Ruby symbol is a status only as Rails names one.
    const hits = index.qualifiedKeys
      .get(compact(name))
      ?.filter((h) => h.matched.name.startsWith(':'));
    return hits?.length ? hits : null;
  }
  const segments = name.split(/\.|::/);
  const last = segments[segments.length - 1]!;
  for (let k = Math.max(0, segments.length - 2); k < segments.length - 1; k++) {
    const hits = index.qualifiedKeys.get(compact(segments.slice(k).join('.')));
    if (hits?.length) return hits;
  }
  if (/^(?:HTTP|WS)_\d{3,4}_|^Status\d{3}/.test(last)) {
    const hits = index.nameKeys.get(compact(last));
    if (hits?.length) return hits;
  }
  return null;
}

/** Whether the words after (or just before) a number are its reason phrase: "404 Not Found". */
function phraseAgrees(ctx: Context, code: number, at: number, length: number): boolean {
  const phrase = ctx.index.phraseWords[ctx.index.byCode.get(code)!]!;
  if (phrase.length === 0) return false;
  const need = Math.min(phrase.length, 2);
  const after = words(ctx.text.slice(at + length, at + length + 60)).slice(0, need);
  if (need > 0 && after.length === need && after.every((w, k) => w === phrase[k])) return true;
  // Django's "Forbidden (403)", "Page not found (404)".
  if (ctx.text[at - 1] === '(') {
    const before = words(ctx.text.slice(Math.max(0, at - 60), at - 1));
    const tail = before.slice(-phrase.length);
    return tail.length === phrase.length && tail.every((w, k) => w === phrase[k]);
  }
  return false;
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
    if (ctx.claimed.has(at)) continue;
    const code = Number(m[0]);
    if (!ctx.index.byCode.has(code)) continue;
    const prev = text[at - 1] ?? ' ';
    const next = text[at + m[0].length] ?? ' ';
    const next2 = text[at + m[0].length + 1] ?? ' ';
    // Part of a word, an address, a path, a version, a time or a date.
    if (/[\w.:/#*+$\\-]/.test(prev) || /\w/.test(next)) continue;
    if (/[.:/-]/.test(next) && /\d/.test(next2)) continue;
    // A pid in brackets, an errno before its message: "[12]", "(110: Connection timed out)".
    if (prev === '[' && next === ']') continue;
    if (prev === '(' && next === ':') continue;
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
    if (text.length > 80 && /\d{4}-\d\d-\d\dT/.test(text)) loadBalancerLogs(ctx);
    if (text.includes('HTTP/')) statusLines(ctx);
    if (/[:=]\s*["']?\d/.test(text)) fields(ctx);
  }
  // A name typed on its own is the name search's (../query.ts), not a pasted text's.
  if (!oneToken && /[._:]/.test(text)) constants(ctx);
  if (digits && /\d{3}/.test(text))
    numbers(ctx, () => TOOL_MESSAGES.find((t) => t.pattern.test(text))?.found ?? null);
  return ctx.out;
}

/**
 * The parts of a pasted text that say nothing about its status, blanked before its words are
 * scored: URLs, file paths, JSON keys and the module path before a class name
 * (`websockets.exceptions.`). The message's own words stay.
 */
const NOISE = [
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]*/gi,
  /(?<=^|[\s"'(=:[])(?:\.{0,2}\/[^\s"'<>)\]]+)+/g,
  /"[\w-]+"\s*:/g,
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
