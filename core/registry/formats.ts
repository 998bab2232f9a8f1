/**
 * The text each copy format produces. Ecosystem formats come from the ecosystems' data;
 * Starlette formats and snippets are built around a constant name, so that the Starlette
 * version option can rebuild them with an older name.
 */
import { ECOSYSTEM_IDS, FORMAT_IDS, type FormatId, type Formats, type Kind } from './types';
import type { Ecosystem } from './ecosystems';

export interface FormatInfo {
  id: FormatId;
  label: string;
  /** Snippets are whole lines of FastAPI code; the rest are names or numbers. */
  snippet: boolean;
}

export const FORMAT_INFO: readonly FormatInfo[] = [
  { id: 'fastapi', label: 'FastAPI status.X', snippet: false },
  { id: 'constant', label: 'Bare constant', snippet: false },
  { id: 'number', label: 'Number', snippet: false },
  { id: 'status-line', label: 'Status line', snippet: false },
  { id: 'python', label: 'Python HTTPStatus', snippet: false },
  { id: 'drf', label: 'Django REST framework', snippet: false },
  { id: 'go', label: 'Go net/http', snippet: false },
  { id: 'spring', label: 'Spring HttpStatus', snippet: false },
  { id: 'aspnet', label: 'ASP.NET Core StatusCodes', snippet: false },
  { id: 'dotnet', label: '.NET HttpStatusCode', snippet: false },
  { id: 'node', label: 'Node http-status-codes', snippet: false },
  { id: 'rust', label: 'Rust http::StatusCode', snippet: false },
  { id: 'symfony', label: 'Symfony Response', snippet: false },
  { id: 'rails', label: 'Rails symbol', snippet: false },
  { id: 'fastapi-raise', label: 'FastAPI raise', snippet: true },
  { id: 'fastapi-route', label: 'FastAPI route', snippet: true },
  { id: 'fastapi-ws-close', label: 'FastAPI WebSocket close', snippet: true },
];

const FORMAT_BY_ID: ReadonlyMap<FormatId, FormatInfo> = new Map(FORMAT_INFO.map((f) => [f.id, f]));

/** The one name a format goes by: in the tray, the window, the CLI and copy notes. */
export function formatLabel(format: FormatId): string {
  return FORMAT_BY_ID.get(format)?.label ?? format;
}

export function isSnippet(format: FormatId): boolean {
  return FORMAT_BY_ID.get(format)?.snippet ?? false;
}

/**
 * The kinds of code a format is written for, where it is not every kind: a close frame carries
 * no HTTP status, and a status line, a route or another ecosystem's HTTP constant mean nothing
 * for a WebSocket close code. `fastapi-raise` fits both (HTTPException, WebSocketException).
 */
const HTTP_KINDS: readonly Kind[] = ['http', 'unofficial'];
const FORMAT_KINDS: Readonly<Partial<Record<FormatId, readonly Kind[]>>> = {
  'status-line': HTTP_KINDS,
  'fastapi-route': HTTP_KINDS,
  'fastapi-ws-close': ['websocket'],
  ...Object.fromEntries(ECOSYSTEM_IDS.map((id) => [id, HTTP_KINDS])),
};

/** Whether a format is one to offer for a code of this kind at all. */
export function formatAppliesTo(format: FormatId, kind: Kind): boolean {
  return FORMAT_KINDS[format]?.includes(kind) ?? true;
}

/** The formats to offer for a code of this kind, in FORMAT_IDS order. */
export function formatsApplyingTo(kind: Kind): readonly FormatId[] {
  return FORMAT_IDS.filter((format) => formatAppliesTo(format, kind));
}

/** The formats whose text is built from Starlette's constant name. */
export const STARLETTE_FORMATS: ReadonlySet<FormatId> = new Set([
  'fastapi',
  'constant',
  'fastapi-raise',
  'fastapi-route',
  'fastapi-ws-close',
]);

export interface FormatSubject {
  code: number;
  kind: Kind;
  phrase: string;
  /** What goes on the wire after the code when it differs from `phrase` (418's phrase is "(Unused)"). */
  wirePhrase: string | null;
  /** null for HTTP codes; false for 1005, 1006, 1015. */
  maySendInCloseFrame: boolean | null;
}

/** The HTTP method a route answering with this code most plausibly has. */
export function routeMethodFor(code: number): 'get' | 'post' | 'put' | 'delete' {
  if (code === 201 || code === 202 || code === 205 || code === 207) return 'post';
  if (code === 204) return 'delete';
  if (code === 409 || code === 412 || code === 428) return 'put';
  if (code === 413 || code === 415 || code === 422) return 'post';
  return 'get';
}

/** The Starlette-based formats for a subject, given the constant name to use (null: none). */
export function starletteFormats(
  subject: FormatSubject,
  constant: string | null,
): Pick<Formats, 'fastapi' | 'constant' | 'fastapi-raise' | 'fastapi-route' | 'fastapi-ws-close'> {
  const ref = constant === null ? null : `status.${constant}`;
  const http = subject.kind === 'http';
  const sendable = subject.kind === 'websocket' && subject.maySendInCloseFrame === true;
  return {
    fastapi: ref,
    constant,
    // HTTPException is for errors; a 2xx or 3xx is returned, not raised.
    'fastapi-raise':
      ref === null
        ? null
        : http && subject.code >= 400
          ? `raise HTTPException(status_code=${ref}, detail="...")`
          : sendable
            ? `raise WebSocketException(code=${ref}, reason="...")`
            : null,
    // A 1xx is never a route's final status.
    'fastapi-route':
      ref !== null && http && subject.code >= 200
        ? `@app.${routeMethodFor(subject.code)}("/items/", status_code=${ref})`
        : null,
    'fastapi-ws-close': ref !== null && sendable ? `await websocket.close(code=${ref})` : null,
  };
}

/** The copied name of `code` in an ecosystem, written as code, or null where it has none. */
export function ecosystemName(ecosystem: Ecosystem, code: number): string | null {
  const first = ecosystem.names[code]?.[0];
  if (first === undefined) return null;
  return ecosystem.prefix + (typeof first === 'string' ? first : first.name);
}

export function buildFormats(
  subject: FormatSubject,
  constant: string | null,
  ecosystems: Readonly<Record<(typeof ECOSYSTEM_IDS)[number], Ecosystem>>,
): Formats {
  const texts: Partial<Formats> = {
    ...starletteFormats(subject, constant),
    number: String(subject.code),
    'status-line': `${subject.code} ${subject.wirePhrase ?? subject.phrase}`,
  };
  for (const id of ECOSYSTEM_IDS) {
    // The ecosystems collected here name HTTP codes only; none has WebSocket close codes.
    texts[id] = subject.kind === 'websocket' ? null : ecosystemName(ecosystems[id], subject.code);
  }
  // In FORMAT_IDS order, so JSON output lists FastAPI first.
  return Object.fromEntries(FORMAT_IDS.map((id) => [id, texts[id] ?? null])) as Formats;
}
