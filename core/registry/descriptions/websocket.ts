/**
 * Descriptions of the 15 WebSocket close codes Starlette defines (WS_1000 .. WS_1015, no 1004).
 *
 * Facts come from real sources, the words are ours:
 * - RFC 6455 §7.4.1 (1000-1011, 1015) and errata 3227 (1011);
 * - the IANA WebSocket Close Code Number Registry (tests/fixtures/reference/
 *   iana-websocket-close.json), whose only reference for 1012-1014 is a hybi mailing-list
 *   registration, so those entries link to the registry itself;
 * - Starlette/FastAPI/Uvicorn behaviour: their source and docs.
 * Close frames carry no headers and MDN has no per-code pages, so `headers` is empty and `mdn`
 * null throughout.
 */
import type { StatusDescription } from '../types';

export const WEBSOCKET_DESCRIPTIONS: Readonly<Record<number, StatusDescription>> = {
  // IANA: [RFC6455]
  1000: {
    summary:
      "The connection did what it was opened for and is being closed cleanly, by either side. Starlette's `websocket.close()` sends it by default; use it when a session ends as planned, such as a logout or a finished stream.",
    seeAlso: [1001, 1005, 1006],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'normal closure',
      'closed normally',
      'clean close',
      'graceful close',
      'session ended',
      'socket closed cleanly',
      'normal close',
      'websocket closed normally',
      'logout close',
      'stream finished',
      'intentional disconnect',
      'default close code',
      'conversation over',
    ],
  },
  // IANA: [RFC6455]
  1001: {
    summary:
      'An endpoint is leaving: the server is shutting down or restarting, or the browser navigated away from the page or closed the tab. When a server sends it, clients usually reconnect with backoff.',
    seeAlso: [1000, 1012],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'going away',
      'server shutdown',
      'tab closed',
      'page navigation',
      'client left',
      'browser closed',
      'page refresh',
      'page unload',
      'navigated away from page',
      'server shutting down',
      'sigterm',
      'pod terminating',
      'client went away',
    ],
  },
  // IANA: [RFC6455]
  1002: {
    summary:
      'An endpoint is closing because the peer broke the WebSocket protocol itself: bad framing, an unmasked client frame, an unknown opcode. Normally the WebSocket library sends it, not your code; use 1003 or 1008 for application-level rule breaks.',
    seeAlso: [1003, 1007, 1010],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'protocol error',
      'invalid frame',
      'websocket protocol violation',
      'unmasked frame',
      'malformed frame',
      'unknown opcode',
      'reserved bits set',
      'fragmentation error',
      'control frame too long',
      'invalid close code',
      'bad websocket frame',
    ],
  },
  // IANA: [RFC6455]
  1003: {
    summary:
      "The endpoint received a kind of data it can't accept, for example binary messages sent to an endpoint that only handles text, or the reverse. Send it when a client uses the wrong message type for your protocol.",
    seeAlso: [1002, 1007, 1008, 415],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'unsupported data',
      'binary not supported',
      'text only',
      'wrong message type',
      'binary message rejected',
      'text message rejected',
      'expected text got binary',
      'unsupported message type',
      'wrong frame type',
      'bytes instead of text',
    ],
  },
  // IANA: [RFC6455]; must not be sent in a Close frame
  1005: {
    summary:
      'Never sent on the wire: it is what implementations report when a Close frame arrived without any status code. RFC 6455 forbids putting it in a Close frame; you may see it as the disconnect code when the peer closed without giving one.',
    seeAlso: [1006, 1000],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'no status received',
      'close without code',
      'empty close frame',
      'no close code',
      'close code missing',
      'closed without reason',
      'missing close status',
    ],
  },
  // IANA: [RFC6455]; must not be sent in a Close frame
  1006: {
    summary:
      'Reported locally when the connection ended without any Close frame: a network failure, a crashed process, a proxy that cut it. RFC 6455 forbids sending it. It means the other side vanished, so reconnect with backoff.',
    seeAlso: [1005, 1015, 1000],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'abnormal closure',
      'connection dropped',
      'connection lost',
      'disconnected unexpectedly',
      'network failure',
      'connection closed abnormally',
      'no close frame',
      'socket dropped',
      'network dropped',
      'heartbeat timeout',
      'missed heartbeat',
      'dead connection',
      'proxy cut connection',
      'process killed',
      'no close frame received or sent',
      'websocket connection failed',
    ],
  },
  // IANA: [RFC6455]
  1007: {
    summary:
      "A message's data did not match its type, classically a text message that is not valid UTF-8. Mostly sent by the WebSocket library itself; for application payloads that fail your own checks, 1008 is the usual choice.",
    seeAlso: [1002, 1003],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'invalid frame payload',
      'invalid utf-8',
      'bad message data',
      'malformed message',
      'invalid utf8',
      'bad text encoding',
      'wrong payload encoding',
      'inconsistent message data',
    ],
  },
  // IANA: [RFC6455]
  // FastAPI docs: WebSocketException(code=status.WS_1008_POLICY_VIOLATION) for auth
  1008: {
    summary:
      "Generic 'you broke the rules' close: a message or the client violates the endpoint's policy and no more specific code fits, or you'd rather not say why. The usual code for rejecting a FastAPI WebSocket whose token or session is missing or invalid.",
    seeAlso: [1011, 1003, 1009, 403],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'policy violation',
      'websocket auth failed',
      'websocket unauthorized',
      'websocket forbidden',
      'kicked',
      'banned',
      'auth failed on socket',
      'socket auth failed',
      'websocket token invalid',
      'websocket not authenticated',
      'websocket origin rejected',
      'reject connection',
      'kick user',
      'rule violation',
      'ws rate limit',
      'message flooding',
    ],
  },
  // IANA: [RFC6455]
  // Uvicorn: --ws-max-size, 16 MiB by default
  1009: {
    summary:
      'The endpoint received a message too large for it to process. Servers close with it when a message exceeds their limit; in Uvicorn that limit is `--ws-max-size`, 16 MiB by default.',
    seeAlso: [413, 1008],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'message too big',
      'message too large',
      'frame too large',
      'ws max size',
      'websocket size limit',
      'ws-max-size',
      'max message size',
      'message size limit',
      'frame size limit',
      'large message rejected',
      'websocket payload too big',
    ],
  },
  // IANA: [RFC6455]
  1010: {
    summary:
      "Sent by a client that expected the server to agree to one or more extensions, listed in the close reason, which the server's handshake response did not include. Servers don't send it: a server that can't accept the extensions fails the handshake instead.",
    seeAlso: [1002],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'mandatory extension',
      'extension negotiation failed',
      'missing extension',
      'permessage-deflate',
      'sec-websocket-extensions',
      'client expected extension',
      'compression extension missing',
    ],
  },
  // IANA: [RFC6455][RFC Errata 3227]
  1011: {
    summary:
      "The endpoint hit an unexpected condition and can't go on: the WebSocket counterpart of HTTP 500, such as an unhandled exception in your handler. RFC 6455 said only servers send it; errata 3227 lets either side use it.",
    seeAlso: [1008, 500, 1014],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'internal error',
      'websocket server error',
      'exception in handler',
      'websocket crash',
      'unhandled exception websocket',
      'websocket 500',
      'server error in handler',
      'ping timeout',
      'keepalive ping timeout',
      'handler raised',
    ],
  },
  // IANA: hybi mailing list registration, no RFC
  1012: {
    summary:
      "The service is restarting, for example during a deploy. The registration says a client may reconnect and, if it does, should wait a randomized 5 to 30 seconds first, so clients don't all return at once.",
    seeAlso: [1013, 1001, 503],
    headers: [],
    reference: {
      title: 'IANA WebSocket Close Code Number Registry',
      url: 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number',
    },
    mdn: null,
    keywords: [
      'service restart',
      'server restarting',
      'redeploy',
      'reconnect later',
      'server restart',
      'rolling update',
      'restart during deploy',
      'reconnect with jitter',
      'service restarting',
    ],
  },
  // IANA: hybi mailing list registration, no RFC
  1013: {
    summary:
      "The service is overloaded or can't take this connection right now. The registration advises clients to connect to a different server if there is one, and otherwise reconnect to the same one only when the user acts.",
    seeAlso: [503, 1012],
    headers: [],
    reference: {
      title: 'IANA WebSocket Close Code Number Registry',
      url: 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number',
    },
    mdn: null,
    keywords: [
      'try again later',
      'server busy',
      'websocket overloaded',
      'too many connections',
      'max connections reached',
      'connection limit reached',
      'socket server at capacity',
      'try another server',
      'websocket busy',
    ],
  },
  // IANA: hybi mailing list registration (2016-10-10), no RFC
  1014: {
    summary:
      'A server acting as a gateway or proxy got an invalid response from the upstream server: the WebSocket counterpart of HTTP 502. Starlette names it `WS_1014_BAD_GATEWAY`.',
    seeAlso: [502, 1011],
    headers: [],
    reference: {
      title: 'IANA WebSocket Close Code Number Registry',
      url: 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number',
    },
    mdn: null,
    keywords: [
      'websocket bad gateway',
      'websocket upstream error',
      'websocket proxy error',
      'ws gateway error',
      'proxied websocket failed',
      'backend websocket error',
      'invalid upstream websocket',
    ],
  },
  // IANA: [RFC6455]; must not be sent in a Close frame
  1015: {
    summary:
      "Reported locally when the connection failed because the TLS handshake did not succeed, for example when the server's certificate couldn't be verified. RFC 6455 forbids sending it in a Close frame.",
    seeAlso: [1006, 525],
    headers: [],
    reference: {
      title: 'RFC 6455 §7.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    },
    mdn: null,
    keywords: [
      'tls handshake failed',
      'wss certificate error',
      'ssl error websocket',
      'wss handshake failed',
      'tls failure websocket',
      'wss certificate verify failed',
      'self-signed wss',
    ],
  },
};
