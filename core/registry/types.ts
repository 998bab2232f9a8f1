/**
 * The registry's vocabulary. Every front (CLI, main process, renderer) reads entries of this
 * shape; nothing here imports electron or the DOM.
 */

export type Kind = 'http' | 'websocket' | 'unofficial';

/** IANA's word for a code; `unofficial` for codes IANA has never assigned (nginx, Cloudflare...). */
export type IanaStatus = 'assigned' | 'unused' | 'obsoleted' | 'unofficial';

/** Section of the registry an entry is shown under. */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'websocket' | 'unofficial';

/** The ecosystems whose constant names we copy, besides FastAPI/Starlette. */
export const ECOSYSTEM_IDS = [
  'python',
  'drf',
  'go',
  'spring',
  'aspnet',
  'dotnet',
  'node',
  'rust',
  'symfony',
  'rails',
] as const;
export type EcosystemId = (typeof ECOSYSTEM_IDS)[number];

/** Every copy format, FastAPI first. Snippets come last. */
export const FORMAT_IDS = [
  'fastapi',
  'constant',
  'number',
  'status-line',
  ...ECOSYSTEM_IDS,
  'fastapi-raise',
  'fastapi-route',
  'fastapi-ws-close',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** A Starlette name that still works but warns (served by the module's `__getattr__`). */
export interface DeprecatedAlias {
  name: string;
  /** Starlette version that turned the plain constant into a deprecated alias. */
  deprecatedIn: string;
  /** Starlette version in which the name first appeared as a plain constant. */
  since: string;
}

/** A Starlette name that no longer exists at all. */
export interface FormerName {
  name: string;
  /** The value the name had: not always this entry's code (WS_1005_ABNORMAL_CLOSURE was 1005). */
  value: number;
  /** null when the name was removed without a deprecation period. */
  deprecatedIn: string | null;
  removedIn: string;
  since: string;
}

export interface Flags {
  /** The response must not carry content (1xx, 204, 205, 304; RFC 9110 §6.4.1, §15.3.6). */
  noBody: boolean;
  /** WebSocket only: whether RFC 6455 §7.4.1 allows an endpoint to send it in a Close frame. */
  maySendInCloseFrame: boolean | null;
  ianaStatus: IanaStatus;
}

/** A name for this status in some ecosystem other than the one copied by its format. */
export interface OtherName {
  ecosystem: EcosystemId | 'starlette';
  /** Written as code would use it, e.g. `HttpStatus.PAYLOAD_TOO_LARGE`. */
  name: string;
  /** Why it is not the copied one: "deprecated in Spring 7.0", "alias", "Python 3.12 and older"... */
  note: string;
}

/** An RFC 2119 keyword as the RFC applies it to sending a header. */
export type RequirementLevel = 'MUST' | 'SHOULD' | 'MAY';

export interface HeaderNote {
  name: string;
  when: string;
  /** The keyword the RFC uses for this header with this status; null where it states none. */
  requirement: RequirementLevel | null;
  /** Where that is said, e.g. "RFC 9110 §15.4.2"; null where no RFC speaks (a vendor's header). */
  section: string | null;
}

export interface Reference {
  title: string;
  url: string;
}

/** The description for people: what a status means and where it is defined (see core/registry/descriptions). */
export interface StatusDescription {
  summary: string;
  seeAlso: number[];
  headers: HeaderNote[];
  reference: Reference;
  /** The MDN page for the code, null where MDN has none. */
  mdn: string | null;
  keywords: string[];
}

export type Formats = Record<FormatId, string | null>;

export interface StatusEntry extends StatusDescription {
  code: number;
  kind: Kind;
  /** Starlette's current constant (what `from fastapi import status` offers); null for unofficial codes. */
  constant: string | null;
  /** IANA's description, or the vendor's phrase for unofficial codes. */
  phrase: string;
  /** The phrase people know where IANA's is not a name (418: "I'm a Teapot"); else null. */
  commonPhrase: string | null;
  deprecatedAliases: DeprecatedAlias[];
  formerNames: FormerName[];
  /** Starlette version in which `constant` first appeared; null for unofficial codes. */
  since: string | null;
  flags: Flags;
  formats: Formats;
  otherNames: OtherName[];
  /** Where IANA's record says something the constant does not (306, 418, 510, 1014); else null. */
  ianaNote: string | null;
  /** Who uses an unofficial code (nginx, Cloudflare...); null for registered codes. */
  vendor: string | null;
}
