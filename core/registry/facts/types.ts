import type { DeprecatedAlias, FormerName, IanaStatus } from '../types';

/** One HTTP constant of starlette.status with what IANA says of its code. */
export interface HttpFact {
  code: number;
  constant: string;
  since: string;
  /** IANA's description, without the "(OBSOLETED)" marker that `iana` carries. */
  phrase: string;
  iana: Exclude<IanaStatus, 'unofficial'>;
  /** IANA's reference column, as written there. */
  ianaReference: string;
  deprecatedAliases: DeprecatedAlias[];
  /** The reason phrase servers send where IANA's description is not one (418's is "(Unused)"). */
  wirePhrase?: string;
}

/** One WebSocket close-code constant of starlette.status. */
export interface WebSocketFact {
  code: number;
  constant: string;
  since: string;
  phrase: string;
  maySendInCloseFrame: boolean;
  ianaReference: string;
  formerNames: FormerName[];
}
