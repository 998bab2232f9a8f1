/**
 * The registry: one entry per status, assembled once from the facts (Starlette, IANA), the
 * ecosystems' names and the descriptions for people. Everything here is plain data; the fronts read it.
 */
import { ECOSYSTEMS } from './ecosystems';
import { HTTP_FACTS } from './facts/http';
import { WEBSOCKET_FACTS } from './facts/websocket';
import { buildFormats } from './formats';
import { IANA_NOTES } from './iana-notes';
import { nameLifetimes } from './starlette-names';
import {
  ECOSYSTEM_IDS,
  type OtherName,
  type StatusClass,
  type StatusEntry,
  type StatusDescription,
} from './types';
import { HTTP_DESCRIPTIONS, type HttpDescription } from './descriptions/http';
import { mdnPageOf } from './descriptions/mdn-pages';
import { UNOFFICIAL_STATUSES } from './descriptions/unofficial';
import { WEBSOCKET_DESCRIPTIONS } from './descriptions/websocket';

export * from './types';
export { CLASS_DESCRIPTIONS } from './descriptions/classes';

/** Every name other ecosystems have for `code` besides the one their format copies. */
function otherNamesOf(code: number): OtherName[] {
  const others: OtherName[] = [];
  for (const id of ECOSYSTEM_IDS) {
    const ecosystem = ECOSYSTEMS[id];
    const [, ...rest] = ecosystem.names[code] ?? [];
    for (const name of rest) {
      others.push(
        typeof name === 'string'
          ? {
              ecosystem: id,
              name: ecosystem.prefix + name,
              note: 'another name in the same release',
            }
          : { ecosystem: id, name: ecosystem.prefix + name.name, note: name.note },
      );
    }
    for (const name of ecosystem.olderNames?.[code] ?? []) {
      others.push({ ecosystem: id, name: ecosystem.prefix + name.name, note: name.note });
    }
  }
  return others;
}

function descriptionOf<W>(table: Readonly<Record<number, W>>, code: number): W {
  const description = table[code];
  // A missing entry is a data bug that the tests report; failing here names it at once.
  if (!description) throw new Error(`no description for status ${code}`);
  return description;
}

function pickDescription(description: StatusDescription): StatusDescription {
  const { summary, seeAlso, headers, reference, mdn, keywords } = description;
  return { summary, seeAlso, headers, reference, mdn, keywords };
}

function httpDescription(description: HttpDescription, code: number): StatusDescription {
  return { ...description, mdn: mdnPageOf(code) };
}

function buildRegistry(): StatusEntry[] {
  const http = HTTP_FACTS.map((fact): StatusEntry => ({
    code: fact.code,
    kind: 'http',
    constant: fact.constant,
    phrase: fact.phrase,
    // Where IANA's description is not a name, the phrase servers put on the wire is the known one.
    commonPhrase: fact.wirePhrase ?? null,
    deprecatedAliases: fact.deprecatedAliases,
    formerNames: [],
    since: fact.since,
    flags: {
      noBody: fact.code < 200 || fact.code === 204 || fact.code === 205 || fact.code === 304,
      maySendInCloseFrame: null,
      ianaStatus: fact.iana,
    },
    formats: buildFormats(
      {
        code: fact.code,
        kind: 'http',
        phrase: fact.phrase,
        wirePhrase: fact.wirePhrase ?? null,
        maySendInCloseFrame: null,
      },
      fact.constant,
      ECOSYSTEMS,
    ),
    otherNames: otherNamesOf(fact.code),
    ianaNote: IANA_NOTES[fact.code] ?? null,
    vendor: null,
    ...pickDescription(httpDescription(descriptionOf(HTTP_DESCRIPTIONS, fact.code), fact.code)),
  }));
  const websocket = WEBSOCKET_FACTS.map((fact): StatusEntry => ({
    code: fact.code,
    kind: 'websocket',
    constant: fact.constant,
    phrase: fact.phrase,
    commonPhrase: null,
    deprecatedAliases: [],
    formerNames: fact.formerNames,
    since: fact.since,
    flags: { noBody: false, maySendInCloseFrame: fact.maySendInCloseFrame, ianaStatus: 'assigned' },
    formats: buildFormats(
      {
        code: fact.code,
        kind: 'websocket',
        phrase: fact.phrase,
        wirePhrase: null,
        maySendInCloseFrame: fact.maySendInCloseFrame,
      },
      fact.constant,
      ECOSYSTEMS,
    ),
    otherNames: [],
    ianaNote: IANA_NOTES[fact.code] ?? null,
    vendor: null,
    ...pickDescription(descriptionOf(WEBSOCKET_DESCRIPTIONS, fact.code)),
  }));
  const unofficial = UNOFFICIAL_STATUSES.map((status): StatusEntry => ({
    code: status.code,
    kind: 'unofficial',
    constant: null,
    phrase: status.phrase,
    commonPhrase: null,
    deprecatedAliases: [],
    formerNames: [],
    since: null,
    flags: { noBody: false, maySendInCloseFrame: null, ianaStatus: 'unofficial' },
    formats: buildFormats(
      {
        code: status.code,
        kind: 'unofficial',
        phrase: status.phrase,
        wirePhrase: null,
        maySendInCloseFrame: null,
      },
      null,
      ECOSYSTEMS,
    ),
    otherNames: otherNamesOf(status.code),
    ianaNote: null,
    vendor: status.vendor,
    ...pickDescription(status),
  }));
  return [...http, ...websocket, ...unofficial];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every status, HTTP by code, then WebSocket close codes, then unofficial codes. Frozen. */
export const REGISTRY: readonly StatusEntry[] = deepFreeze(buildRegistry());

const BY_CODE: ReadonlyMap<number, StatusEntry> = new Map(REGISTRY.map((e) => [e.code, e]));

/** The phrase to show a person: the familiar one where IANA's description is not a name. */
export function displayPhrase(entry: Pick<StatusEntry, 'phrase' | 'commonPhrase'>): string {
  return entry.commonPhrase ?? entry.phrase;
}

/** Codes are unique across kinds: WebSocket codes are 1000+, unofficial ones are unassigned HTTP codes. */
export function entryByCode(code: number): StatusEntry | undefined {
  return BY_CODE.get(code);
}

export function classOf(entry: Pick<StatusEntry, 'code' | 'kind'>): StatusClass {
  if (entry.kind !== 'http') return entry.kind;
  return `${Math.floor(entry.code / 100)}xx` as StatusClass;
}

/** Name lifetimes for the Starlette version option (see starlette-names.ts). */
export const STARLETTE_NAME_LIFETIMES = nameLifetimes(HTTP_FACTS, WEBSOCKET_FACTS);
