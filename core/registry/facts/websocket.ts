/**
 * Facts about every WebSocket close-code constant of `starlette.status`, one line per code.
 *
 * Sources (recorded in tests/fixtures/reference):
 * - constant, since, formerNames: starlette/status.py of Starlette 1.7.0 and its history. 0.5.2 (67b8d716)
 *   replaced the first names of 0.5.0 without a deprecation period; 0.19.1 (93291604) deprecated
 *   WS_1004_NO_STATUS_RCVD and WS_1005_ABNORMAL_CLOSURE, whose values were one below their meaning,
 *   and 0.45.0 (b133ab45) removed them. A former name is listed on the entry that replaced it, or on
 *   the entry of its value where nothing replaced it by name.
 * - phrase, ianaReference: IANA WebSocket Close Code Number Registry (websocket.xml, updated 2026-06-10).
 *   1014's IANA record is a sentence, not a name: its phrase is Starlette's, see ianaNote in the registry.
 * - maySendInCloseFrame: RFC 6455 §7.4.1 says 1005, 1006 and 1015 MUST NOT be set in a Close frame.
 */
import type { WebSocketFact } from './types';

export const WEBSOCKET_FACTS: readonly WebSocketFact[] = [
  {
    code: 1000,
    constant: 'WS_1000_NORMAL_CLOSURE',
    since: '0.5.2',
    phrase: 'Normal Closure',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455',
    formerNames: [
      { name: 'WS_1000_OK', value: 1000, since: '0.5.0', deprecatedIn: null, removedIn: '0.5.2' },
    ],
  },
  {
    code: 1001,
    constant: 'WS_1001_GOING_AWAY',
    since: '0.5.2',
    phrase: 'Going Away',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455',
    formerNames: [
      {
        name: 'WS_1001_LEAVING',
        value: 1001,
        since: '0.5.0',
        deprecatedIn: null,
        removedIn: '0.5.2',
      },
    ],
  },
  {
    code: 1002,
    constant: 'WS_1002_PROTOCOL_ERROR',
    since: '0.5.0',
    phrase: 'Protocol error',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455',
    formerNames: [],
  },
  {
    code: 1003,
    constant: 'WS_1003_UNSUPPORTED_DATA',
    since: '0.5.2',
    phrase: 'Unsupported Data',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455',
    formerNames: [
      {
        name: 'WS_1003_UNSUPPORTED_TYPE',
        value: 1003,
        since: '0.5.0',
        deprecatedIn: null,
        removedIn: '0.5.2',
      },
    ],
  },
  {
    code: 1005,
    constant: 'WS_1005_NO_STATUS_RCVD',
    since: '0.19.1',
    phrase: 'No Status Rcvd',
    maySendInCloseFrame: false,
    ianaReference: 'RFC6455',
    formerNames: [
      {
        name: 'WS_1004_NO_STATUS_RCVD',
        value: 1004,
        since: '0.5.2',
        deprecatedIn: '0.19.1',
        removedIn: '0.45.0',
      },
    ],
  },
  {
    code: 1006,
    constant: 'WS_1006_ABNORMAL_CLOSURE',
    since: '0.19.1',
    phrase: 'Abnormal Closure',
    maySendInCloseFrame: false,
    ianaReference: 'RFC6455',
    formerNames: [
      {
        name: 'WS_1005_ABNORMAL_CLOSURE',
        value: 1005,
        since: '0.5.2',
        deprecatedIn: '0.19.1',
        removedIn: '0.45.0',
      },
    ],
  },
  {
    code: 1007,
    constant: 'WS_1007_INVALID_FRAME_PAYLOAD_DATA',
    since: '0.5.2',
    phrase: 'Invalid frame payload data',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455',
    formerNames: [
      {
        name: 'WS_1007_INALID_DATA',
        value: 1007,
        since: '0.5.0',
        deprecatedIn: null,
        removedIn: '0.5.2',
      },
    ],
  },
  {
    code: 1008,
    constant: 'WS_1008_POLICY_VIOLATION',
    since: '0.5.0',
    phrase: 'Policy Violation',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455',
    formerNames: [],
  },
  {
    code: 1009,
    constant: 'WS_1009_MESSAGE_TOO_BIG',
    since: '0.5.2',
    phrase: 'Message Too Big',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455',
    formerNames: [
      {
        name: 'WS_1009_TOO_BIG',
        value: 1009,
        since: '0.5.0',
        deprecatedIn: null,
        removedIn: '0.5.2',
      },
    ],
  },
  {
    code: 1010,
    constant: 'WS_1010_MANDATORY_EXT',
    since: '0.5.2',
    phrase: 'Mandatory Ext.',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455',
    formerNames: [
      {
        name: 'WS_1010_TLS_FAIL',
        value: 1010,
        since: '0.5.0',
        deprecatedIn: null,
        removedIn: '0.5.2',
      },
    ],
  },
  {
    code: 1011,
    constant: 'WS_1011_INTERNAL_ERROR',
    since: '0.5.2',
    phrase: 'Internal Error',
    maySendInCloseFrame: true,
    ianaReference: 'RFC6455, RFC Errata 3227',
    formerNames: [],
  },
  {
    code: 1012,
    constant: 'WS_1012_SERVICE_RESTART',
    since: '0.5.2',
    phrase: 'Service Restart',
    maySendInCloseFrame: true,
    ianaReference: 'https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/',
    formerNames: [],
  },
  {
    code: 1013,
    constant: 'WS_1013_TRY_AGAIN_LATER',
    since: '0.5.2',
    phrase: 'Try Again Later',
    maySendInCloseFrame: true,
    ianaReference: 'https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/',
    formerNames: [],
  },
  {
    code: 1014,
    constant: 'WS_1014_BAD_GATEWAY',
    since: '0.5.2',
    phrase: 'Bad Gateway',
    maySendInCloseFrame: true,
    ianaReference: 'https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/',
    formerNames: [],
  },
  {
    code: 1015,
    constant: 'WS_1015_TLS_HANDSHAKE',
    since: '0.5.2',
    phrase: 'TLS handshake',
    maySendInCloseFrame: false,
    ianaReference: 'RFC6455',
    formerNames: [],
  },
];
