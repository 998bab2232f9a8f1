/**
 * Words for the 63 HTTP status codes that Starlette's `status` module (and so FastAPI's) defines.
 *
 * Facts come from real sources, the words are ours:
 * - which RFC and section defines each code: the IANA HTTP Status Code Registry, updated
 *   2025-09-15 (tests/fixtures/reference/iana-http-status.json, `reference` field), quoted in
 *   the comment above each entry;
 * - what the codes mean: RFC 9110 and the other RFCs the registry cites;
 * - FastAPI/Starlette behaviour (defaults, what the framework sends itself): their source;
 * - MDN links are not typed here: the registry derives them from ./mdn-pages.ts.
 * Summaries are our own prose, never copied from MDN or the RFCs.
 */
import type { StatusWords } from '../types';

/** An HTTP status's words; its MDN link comes from the list of MDN's pages. */
export type HttpWords = Omit<StatusWords, 'mdn'>;

export const HTTP_WORDS: Readonly<Record<number, HttpWords>> = {
  // IANA: [RFC9110, Section 15.2.1]
  // Uvicorn sends it when the app starts reading the body
  100: {
    summary:
      'Interim answer telling a client that sent `Expect: 100-continue` to go ahead with the request body. The ASGI server (Uvicorn, Hypercorn) sends it when your app starts reading the body; FastAPI routes never return it themselves.',
    seeAlso: [417, 103, 102],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.2.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1',
    },
    keywords: [
      'expect 100-continue',
      'continue',
      'interim response',
      'send body',
      'large upload handshake',
      'proceed with body',
      'headers accepted',
      'curl expect continue',
    ],
  },
  // IANA: [RFC9110, Section 15.2.2]
  101: {
    summary:
      "The server accepts the client's Upgrade request and the connection switches to another protocol, in practice almost always WebSocket. The ASGI server sends it when your WebSocket endpoint calls `websocket.accept()`; HTTP routes never return it.",
    seeAlso: [426],
    headers: [
      {
        name: 'Upgrade',
        when: 'The protocol the connection switches to, e.g. `websocket`.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.2.2',
      },
      {
        name: 'Connection',
        when: 'Carries `upgrade` alongside the Upgrade header.',
        requirement: 'MUST',
        section: 'RFC 9110 §7.8',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.2.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2',
    },
    keywords: [
      'websocket handshake',
      'switching protocols',
      'protocol switch',
      'websocket accept',
      'connection upgrade',
      'upgrade to websocket',
      'websocket connected',
      'ws connect',
      'h2c upgrade',
      'socket opened',
    ],
  },
  // IANA: [RFC2518]; RFC 4918 dropped it from WebDAV
  102: {
    summary:
      "WebDAV interim response meaning 'still working on it, don't time out'. RFC 4918 removed it from WebDAV and browsers ignore it; for slow operations return 202 Accepted with a way to check progress instead.",
    seeAlso: [202, 100],
    headers: [],
    reference: {
      title: 'RFC 2518 §10.1',
      url: 'https://www.rfc-editor.org/rfc/rfc2518#section-10.1',
    },
    keywords: [
      'still processing',
      'webdav processing',
      'keep request alive',
      'still working',
      'long webdav operation',
      'prevent client timeout',
    ],
  },
  // IANA: [RFC8297]
  103: {
    summary:
      'Interim response sent before the final one so the browser can start preloading or preconnecting to the resources named in Link headers while the server is still building the page. Helps HTML pages behind servers or CDNs that support it; little use for JSON APIs.',
    seeAlso: [100],
    headers: [
      {
        name: 'Link',
        when: 'The hints themselves: `rel=preload` or `rel=preconnect` targets the client may fetch early.',
        requirement: null,
        section: 'RFC 8297 §2',
      },
    ],
    reference: { title: 'RFC 8297 §2', url: 'https://www.rfc-editor.org/rfc/rfc8297#section-2' },
    keywords: [
      'early hints',
      'preload',
      'preconnect',
      'link header hints',
      'resource hints',
      'preload hints',
      'faster page load',
      'cdn early hints',
    ],
  },
  // IANA: [RFC9110, Section 15.3.1]
  200: {
    summary:
      "The request succeeded and the body carries the result: the resource for GET, the outcome of the action for POST, PUT or PATCH. It is FastAPI's default for path operations; choose 201, 202 or 204 when a resource was created, accepted for later, or there is nothing to return.",
    seeAlso: [201, 204, 206, 226, 304, 203],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.3.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1',
    },
    keywords: [
      'ok',
      'success',
      'successful',
      'it worked',
      'default response',
      'everything fine',
      'request succeeded',
      'health check ok',
      'healthy',
      'ping',
      'pong',
      'all good',
      'liveness ok',
      'fetched successfully',
      'update successful',
      'login successful',
      'search results',
      'returned data',
      'standard response',
      'get success',
    ],
  },
  // IANA: [RFC9110, Section 15.3.2]
  201: {
    summary:
      "The request created a new resource, typically with POST (or PUT to a new URL). Send a Location header with the new resource's URL and usually its representation in the body. In FastAPI put `status_code=status.HTTP_201_CREATED` on the route decorator.",
    seeAlso: [200, 202, 303, 409],
    headers: [
      {
        name: 'Location',
        when: "The URL of the new resource. Without it, the request's target URL is taken to identify it.",
        requirement: null,
        section: 'RFC 9110 §15.3.2',
      },
      {
        name: 'ETag',
        when: 'The version tag of the new resource, for later conditional requests.',
        requirement: null,
        section: 'RFC 9110 §15.3.2',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.3.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2',
    },
    keywords: [
      'created',
      'new resource',
      'post success',
      'resource created',
      'inserted',
      'record created',
      'sign up success',
      'saved',
      'new record',
      'account created',
      'user created',
      'registered',
      'signup',
      'created successfully',
      'file uploaded',
      'order placed',
      'item added',
      'new id returned',
    ],
  },
  // IANA: [RFC9110, Section 15.3.3]
  202: {
    summary:
      'The request was accepted but the work is not done yet and may still fail: background jobs, queues, batch imports. Return a job ID or a status URL the client can poll, since HTTP cannot deliver the final result later on the same request.',
    seeAlso: [201, 102, 303],
    headers: [
      {
        name: 'Location',
        when: 'A status resource the client can poll for the outcome: a common convention, not one RFC 9110 names.',
        requirement: null,
        section: null,
      },
      {
        name: 'Retry-After',
        when: 'How long to wait before polling.',
        requirement: null,
        section: 'RFC 9110 §10.2.3',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.3.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3',
    },
    keywords: [
      'accepted',
      'async',
      'background job',
      'queued',
      'process later',
      'task started',
      'job id',
      'long running task',
      'asynchronous processing',
      'enqueued',
      'queued for processing',
      'celery task',
      'webhook accepted',
      'processing started',
      'not done yet',
      'poll for status',
      'batch import',
      'export started',
      'fire and forget',
      'async job',
    ],
  },
  // IANA: [RFC9110, Section 15.3.4]
  203: {
    summary:
      "Success, but a transforming proxy changed the payload it received from the origin (recompressed, filtered, annotated). Origin servers and APIs have no reason to send it; it lets clients know the content is not exactly the origin's.",
    seeAlso: [200],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.3.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4',
    },
    keywords: [
      'non-authoritative',
      'proxy modified response',
      'transformed response',
      'modified by proxy',
      'transforming proxy',
      'altered by proxy',
    ],
  },
  // IANA: [RFC9110, Section 15.3.5]
  204: {
    summary:
      'Success with nothing to send back: typical for DELETE, for PUT or PATCH that return nothing, and for toggles. The response must not contain content, so in FastAPI declare `status_code=204` and make sure the route sends no JSON body, not even `null`.',
    seeAlso: [200, 205, 304],
    headers: [
      {
        name: 'ETag',
        when: 'The new version tag after a successful PUT or PATCH.',
        requirement: null,
        section: 'RFC 9110 §15.3.5',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.3.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5',
    },
    keywords: [
      'no content',
      'empty response',
      'deleted',
      'delete success',
      'nothing to return',
      'no body',
      'empty body',
      'deleted successfully',
      'no response body',
      'nothing returned',
      'cors preflight',
      'options preflight',
      'successful delete',
      'logout success',
      'acknowledged',
      'returns nothing',
      'void response',
    ],
  },
  // IANA: [RFC9110, Section 15.3.6]
  205: {
    summary:
      'Success, and the client should reset the view that sent the request, for example clear a form so the user can enter the next item. Like 204 it must not carry content. Rarely used, and browsers do little with it.',
    seeAlso: [204],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.3.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6',
    },
    keywords: [
      'reset content',
      'clear form',
      'reset view',
      'reset form',
      'clear inputs',
      'reset document view',
    ],
  },
  // IANA: [RFC9110, Section 15.3.7]
  206: {
    summary:
      'Answer to a Range request carrying only the requested part(s) of the resource: resumable downloads, video seeking, parallel chunked fetches. A single range comes with Content-Range; several come as a multipart/byteranges body.',
    seeAlso: [200, 416],
    headers: [
      {
        name: 'Content-Range',
        when: 'For a single range: which bytes of the full representation this is, e.g. `bytes 0-1023/4096`.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.3.7.1',
      },
      {
        name: 'Content-Type',
        when: '`multipart/byteranges` with its boundary when several ranges are sent in one response.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.3.7.2',
      },
      {
        name: 'Date',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.3.7',
      },
      {
        name: 'Cache-Control',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.3.7',
      },
      {
        name: 'ETag',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.3.7',
      },
      {
        name: 'Expires',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.3.7',
      },
      {
        name: 'Content-Location',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.3.7',
      },
      {
        name: 'Vary',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.3.7',
      },
      {
        name: 'Accept-Ranges',
        when: 'Advertises range support, usually `bytes`.',
        requirement: null,
        section: 'RFC 9110 §14.3',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.3.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7',
    },
    keywords: [
      'partial content',
      'range request',
      'byte range',
      'resume download',
      'video streaming',
      'chunked download',
      'seek',
      'range header',
      'partial download',
      'video seek',
      'streaming video',
      'audio streaming',
      'content-range',
      'accept-ranges',
      'multipart byteranges',
      'byte serving',
      'download in parts',
    ],
  },
  // IANA: [RFC4918]
  207: {
    summary:
      'WebDAV response whose XML body carries a separate status for each of several resources, so one request can report mixed success and failure. Some JSON APIs borrow it for batch endpoints, though most return 200 with per-item results.',
    seeAlso: [208, 424],
    headers: [],
    reference: {
      title: 'RFC 4918 §11.1',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.1',
    },
    keywords: [
      'multi-status',
      'batch result',
      'mixed results',
      'bulk operation',
      'webdav',
      'partial success',
      'batch response',
      'per item status',
      'some items failed',
      'propfind',
      'mixed success',
    ],
  },
  // IANA: [RFC5842]
  208: {
    summary:
      'Used inside a WebDAV 207 Multi-Status body: the members of this collection were already listed earlier in the same response and are not repeated. It keeps enumeration finite when bindings make one collection reachable by several paths.',
    seeAlso: [207, 508],
    headers: [],
    reference: {
      title: 'RFC 5842 §7.1',
      url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.1',
    },
    keywords: [
      'already reported',
      'webdav binding',
      'duplicate member',
      'already enumerated',
      'repeated binding',
      'webdav bindings',
    ],
  },
  // IANA: [RFC3229]
  226: {
    summary:
      'The server answered a GET with the result of instance-manipulations, such as a delta against a version the client already holds, rather than the full representation (HTTP delta encoding). Only sent when the client asked with A-IM; hardly ever seen in practice.',
    seeAlso: [200],
    headers: [
      {
        name: 'ETag',
        when: 'The entity tag of the current instance, the one the client rebuilds from the delta.',
        requirement: 'MUST',
        section: 'RFC 3229 §10.4.1',
      },
      {
        name: 'IM',
        when: 'Lists the instance-manipulations applied to produce this response, e.g. `vcdiff`.',
        requirement: null,
        section: 'RFC 3229 §10.4.1',
      },
    ],
    reference: {
      title: 'RFC 3229 §10.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1',
    },
    keywords: [
      'delta encoding',
      'im used',
      'instance manipulation',
      'diff response',
      'a-im header',
      'delta update',
      'rfc 3229',
      'feed delta',
    ],
  },
  // IANA: [RFC9110, Section 15.4.1]
  300: {
    summary:
      'The resource exists in several representations (languages, formats) and the server lists them so the client can choose. No standard format for that list exists, so it is rarely used; servers usually negotiate or redirect instead.',
    seeAlso: [406, 506],
    headers: [
      {
        name: 'Location',
        when: 'When the server has a preferred choice: its URL, which clients may follow automatically.',
        requirement: 'SHOULD',
        section: 'RFC 9110 §15.4.1',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1',
    },
    keywords: [
      'multiple choices',
      'choose representation',
      'several variants',
      'choose format',
      'language choice',
      'multiple representations',
      'pick a variant',
      'disambiguation',
    ],
  },
  // IANA: [RFC9110, Section 15.4.2]
  // Starlette's RedirectResponse defaults to 307
  301: {
    summary:
      "The resource has a new permanent URL, given in Location; clients, bookmarks and search engines should switch to it. Clients may turn POST into GET when following it, so prefer 308 for non-GET endpoints. Starlette's `RedirectResponse` defaults to 307, so pass `status_code=301`.",
    seeAlso: [308, 302, 307, 303, 410],
    headers: [
      {
        name: 'Location',
        when: 'The new permanent URL.',
        requirement: 'SHOULD',
        section: 'RFC 9110 §15.4.2',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.4.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2',
    },
    keywords: [
      'moved permanently',
      'moved',
      'url changed',
      'seo redirect',
      'domain change',
      'old url',
      'redirect forever',
      'redirect permanently',
      'force https',
      'http to https',
      'redirect to https',
      'canonical url',
      'www redirect',
      'non-www to www',
      'domain migration',
      'moved to new domain',
      'permanent move',
      'slug changed',
      'old link',
      'htaccess redirect',
      'seo',
    ],
  },
  // IANA: [RFC9110, Section 15.4.3]
  302: {
    summary:
      'Temporary redirect to the URL in Location; keep using the original URL for later requests. Clients historically change POST to GET when following it, so use 303 to send the client to a result page and 307 when the method must be kept.',
    seeAlso: [307, 303, 301, 308],
    headers: [
      {
        name: 'Location',
        when: 'The temporary URL to follow.',
        requirement: 'SHOULD',
        section: 'RFC 9110 §15.4.3',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.4.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3',
    },
    keywords: [
      'redirect',
      'found',
      'moved temporarily',
      'login redirect',
      'temporary move',
      'redirect to login',
      'redirect after login',
      'oauth redirect',
      'sso redirect',
      'default redirect',
      'temporarily moved',
      'tracking redirect',
      'geo redirect',
      'language redirect',
      'redirect elsewhere for now',
      'res.redirect',
    ],
  },
  // IANA: [RFC9110, Section 15.4.4]
  303: {
    summary:
      'Sends the client to another URL to be fetched with GET, whatever method it used. The standard answer after a form POST (post/redirect/get) or to point at a result or job-status resource. In FastAPI: `RedirectResponse(url, status_code=303)`.',
    seeAlso: [302, 307, 301, 308, 201, 202],
    headers: [
      {
        name: 'Location',
        when: 'The URL the client should GET next.',
        requirement: null,
        section: 'RFC 9110 §15.4.4',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.4.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4',
    },
    keywords: [
      'see other',
      'post redirect get',
      'prg',
      'redirect after post',
      'redirect after form submit',
      'redirect to result',
      'after form post',
      'redirect to get',
      'post then redirect',
      'double submit',
      'form resubmission',
      'method becomes get',
      'checkout redirect',
      'job status redirect',
      'see result',
    ],
  },
  // IANA: [RFC9110, Section 15.4.5]
  304: {
    summary:
      "Answer to a conditional GET or HEAD (If-None-Match, If-Modified-Since) when the client's cached copy is still current, so it reuses the cache. It must not contain content, but should repeat the caching headers, such as ETag and Cache-Control, that a 200 would have carried.",
    seeAlso: [200, 412, 204],
    headers: [
      {
        name: 'Content-Location',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.4.5',
      },
      {
        name: 'Date',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.4.5',
      },
      {
        name: 'ETag',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.4.5',
      },
      {
        name: 'Vary',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.4.5',
      },
      {
        name: 'Cache-Control',
        when: 'When a 200 would have carried it, so caches refresh their freshness.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.4.5',
      },
      {
        name: 'Expires',
        when: 'When a 200 for the same request would have carried it.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.4.5',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.4.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5',
    },
    keywords: [
      'not modified',
      'cached',
      'cache hit',
      'etag',
      'if-none-match',
      'conditional get',
      'unchanged',
      'use cache',
      'browser cache',
      'if-modified-since',
      'last-modified',
      'cache validation',
      'revalidate',
      'not changed',
      'etag match',
      'cache still valid',
      'conditional request',
      'static file cached',
    ],
  },
  // IANA: [RFC9110, Section 15.4.6]
  305: {
    summary:
      "Deprecated: once told the client to repeat the request through the proxy named in Location. Letting a server choose the client's proxy is a security risk, so clients ignore it and servers must not send it.",
    seeAlso: [306, 407],
    headers: [
      {
        name: 'Location',
        when: 'Historically: the proxy to go through. Clients ignore it.',
        requirement: null,
        section: 'RFC 9110 §15.4.6',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.4.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6',
    },
    keywords: ['use proxy', 'deprecated proxy redirect', 'must use proxy', 'proxy location'],
  },
  // IANA: [RFC9110, Section 15.4.7] (Unused)
  306: {
    summary:
      "Reserved and unused: an HTTP/1.1 draft once defined it as 'Switch Proxy', but it was dropped and must not be sent. Starlette still defines `HTTP_306_RESERVED`; nothing should ever use it.",
    seeAlso: [305],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.4.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7',
    },
    keywords: [
      'switch proxy',
      'reserved code',
      'unused code',
      'reserved',
      'obsolete proxy code',
      'never used',
    ],
  },
  // IANA: [RFC9110, Section 15.4.8]
  // Starlette: RedirectResponse default, router's redirect_slashes
  307: {
    summary:
      "Temporary redirect to the URL in Location that keeps the method and body: a POST stays a POST. It is Starlette's `RedirectResponse` default and what FastAPI sends when it redirects a path to its form with or without the trailing slash.",
    seeAlso: [302, 308, 303, 301],
    headers: [
      {
        name: 'Location',
        when: 'The temporary URL to repeat the request at.',
        requirement: 'SHOULD',
        section: 'RFC 9110 §15.4.8',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.4.8',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8',
    },
    keywords: [
      'temporary redirect',
      'trailing slash',
      'redirect keep method',
      'redirect slashes',
      'redirect post body',
      'redirect_slashes',
      'missing trailing slash',
      'fastapi trailing slash',
      'redirectresponse default',
      'preserve method',
      'post stays post',
      'internal redirect',
      'hsts redirect',
      'httpsredirectmiddleware',
      'temporary redirect keep body',
      'slash redirect',
    ],
  },
  // IANA: [RFC9110, Section 15.4.9]
  308: {
    summary:
      'Permanent redirect to the URL in Location that keeps the method and body, unlike 301 where clients may switch POST to GET. Use it when an API endpoint moves for good; clients and caches should remember the new URL.',
    seeAlso: [301, 307, 302, 303],
    headers: [
      {
        name: 'Location',
        when: 'The new permanent URL.',
        requirement: 'SHOULD',
        section: 'RFC 9110 §15.4.9',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.4.9',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9',
    },
    keywords: [
      'permanent redirect',
      'endpoint moved',
      'api moved',
      'permanent redirect keep method',
      'api endpoint moved',
      'endpoint renamed',
      'api url changed',
      'new api base url',
      'moved permanently keep post',
      'method preserved',
      'permanent move keep body',
      'http to https',
    ],
  },
  // IANA: [RFC9110, Section 15.5.1]
  // FastAPI: RequestValidationError, including JSON decode errors, is answered with 422
  400: {
    summary:
      "The server won't process the request because of a client error no more specific code describes: bad syntax, invalid framing, a header or parameter your code rejects. FastAPI answers validation failures, even malformed JSON, with 422, so 400 is mostly what you raise yourself.",
    seeAlso: [422, 411, 421, 494, 495, 496, 497],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
    },
    keywords: [
      'bad request',
      'invalid request',
      'malformed request',
      'bad input',
      'wrong parameters',
      'bad syntax',
      'client error',
      'invalid header',
      'garbled request',
      'corrupt request',
      'parse error',
      'invalid json',
      'bad json',
      'malformed json',
      'missing host header',
      'malformed query string',
      'invalid query string',
      'invalid parameter',
      'bad parameter',
      'invalid argument',
      'cannot parse request',
      'malformed multipart',
      'malformed form data',
      'invalid header value',
      'invalid url encoding',
      'request smuggling',
      'invalid grant',
    ],
  },
  // IANA: [RFC9110, Section 15.5.2]
  // FastAPI: OAuth2PasswordBearer raises 401 with WWW-Authenticate: Bearer
  401: {
    summary:
      "The request lacks valid credentials: no token, an expired or invalid token, a wrong password. Despite the name it means unauthenticated. Send WWW-Authenticate naming the scheme (FastAPI's `OAuth2PasswordBearer` sends `Bearer`); use 403 when the user is known but not allowed.",
    seeAlso: [403, 407, 511, 496],
    headers: [
      {
        name: 'WWW-Authenticate',
        when: 'The authentication scheme(s) the client can use, e.g. `Bearer` or `Basic realm="api"`.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.5.2',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.5.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
    },
    keywords: [
      'unauthorized',
      'unauthenticated',
      'not logged in',
      'login required',
      'missing token',
      'invalid token',
      'expired token',
      'jwt expired',
      'authentication failed',
      'wrong password',
      'bad credentials',
      'no api key',
      'not authorized',
      'not authenticated',
      'unauthorised',
      'credentials required',
      'session expired',
      'token expired',
      'access token expired',
      'invalid api key',
      'missing api key',
      'missing authorization header',
      'missing authorisation header',
      'no auth header',
      'bearer token',
      'invalid signature',
      'login failed',
      'sign in required',
      'invalid credentials',
      'authentication required',
      'www-authenticate',
      'anonymous user',
      'incorrect password',
    ],
  },
  // IANA: [RFC9110, Section 15.5.3]
  402: {
    summary:
      "Reserved by HTTP for future use, with no standard meaning. Some APIs send it when the caller's plan or balance does not cover the request (expired subscription, used-up credits); document it if you do, because generic clients won't know what to do.",
    seeAlso: [403, 429],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3',
    },
    keywords: [
      'payment required',
      'subscription expired',
      'billing',
      'out of credits',
      'upgrade plan',
      'paywall',
      'card declined',
      'payment failed',
      'insufficient funds',
      'trial expired',
      'balance too low',
      'unpaid invoice',
      'premium feature',
      'paid feature',
      'billing required',
      'no credits left',
    ],
  },
  // IANA: [RFC9110, Section 15.5.4]
  403: {
    summary:
      "The server knows who is asking, or doesn't need to, and refuses: missing permission, a disallowed action, an IP or policy block. Logging in again won't help. Use 401 when credentials are missing or invalid, and 404 if you would rather not reveal that the resource exists.",
    seeAlso: [401, 404, 451, 402, 1008],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
    },
    keywords: [
      'forbidden',
      'permission denied',
      'access denied',
      'not allowed',
      'no permission',
      'insufficient permissions',
      'admin only',
      'role required',
      'banned',
      'blocked account',
      'account suspended',
      'not an admin',
      'read only',
      'insufficient scope',
      'csrf',
      'csrf token missing',
      'csrf verification failed',
      'ip blocked',
      'ip not allowed',
      'ip allowlist',
      'forbidden by policy',
      'row level security',
      'not the owner',
      'waf blocked',
      'authorization failed',
      'authorisation failed',
      'missing role',
      'account disabled',
      'email not verified',
      's3 access denied',
      'directory listing denied',
    ],
  },
  // IANA: [RFC9110, Section 15.5.5]
  404: {
    summary:
      "Nothing exists at this URL, or the server won't say whether something does. FastAPI returns it for unknown paths; raise `HTTPException(status_code=404)` yourself when an ID in the path matches no record. Use 410 when you know the resource was removed for good.",
    seeAlso: [410, 403, 405],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    },
    keywords: [
      'not found',
      'missing',
      "doesn't exist",
      'does not exist',
      'no such resource',
      'unknown id',
      'wrong url',
      'no route',
      'page not found',
      'record not found',
      'item not found',
      'unknown endpoint',
      'endpoint not found',
      'nonexistent',
      'user not found',
      'file not found',
      'resource not found',
      'route not found',
      'broken link',
      'dead link',
      'wrong path',
      'typo in url',
      'id not found',
      'no matching record',
      'no such key',
      'doesnotexist',
      'get_object_or_404',
      'noresultfound',
      'find',
      "can't find",
      'could not find',
      'cannot locate',
    ],
  },
  // IANA: [RFC9110, Section 15.5.6]
  // Starlette: Route answers a wrong method with 405 and Allow
  405: {
    summary:
      "The URL exists but doesn't support this method, such as DELETE on a read-only resource. Must carry an Allow header listing the methods that do work; Starlette's router sends 405 with Allow itself when a path matches but no route accepts the method.",
    seeAlso: [501, 404],
    headers: [
      {
        name: 'Allow',
        when: 'The methods the resource supports, e.g. `GET, POST`.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.5.6',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.5.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
    },
    keywords: [
      'method not allowed',
      'wrong method',
      'wrong http method',
      'get instead of post',
      'post not allowed',
      'unsupported method',
      'wrong verb',
      'delete not allowed',
      'method not supported',
      'allow header',
      'put not allowed',
      'patch not allowed',
      'get not allowed',
      'read-only endpoint',
      'wrong method for route',
      'post to get route',
      'http verb not allowed',
    ],
  },
  // IANA: [RFC9110, Section 15.5.7]
  406: {
    summary:
      "None of the representations the server can produce matches the request's Accept, Accept-Language or Accept-Encoding headers. Many APIs simply send their default format instead; if you do send 406, list the available formats in the body.",
    seeAlso: [415, 300, 506],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7',
    },
    keywords: [
      'not acceptable',
      'accept header',
      'content negotiation failed',
      'format not available',
      'unsupported response format',
      'accept-language',
      'language not available',
      'cannot produce format',
      'accept header json only',
      'client wants xml',
      'client wants html',
      'requested format not supported',
      'accept mismatch',
      'wrong accept header',
      'cannot satisfy accept',
      'accept-encoding not supported',
      'response type unavailable',
    ],
  },
  // IANA: [RFC9110, Section 15.5.8]
  407: {
    summary:
      "Like 401, but the credentials are wanted by a proxy between client and server. The proxy must send Proxy-Authenticate, and the client retries with Proxy-Authorization. Application servers don't send it; you meet it behind corporate proxies.",
    seeAlso: [401, 511, 305],
    headers: [
      {
        name: 'Proxy-Authenticate',
        when: 'The scheme(s) the proxy accepts.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.5.8',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.5.8',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8',
    },
    keywords: [
      'proxy authentication',
      'proxy login',
      'corporate proxy',
      'proxy credentials',
      'proxy-authenticate',
      'proxy-authorization',
      'proxy password',
      'squid auth',
      'proxy auth required',
    ],
  },
  // IANA: [RFC9110, Section 15.5.9]
  408: {
    summary:
      'The server gave up waiting for the client to finish sending its request (slow upload, idle keep-alive connection) and is closing the connection. Servers and proxies send it, not application code, and clients may retry on a new connection. A slow backend is 504.',
    seeAlso: [504, 499],
    headers: [
      {
        name: 'Connection',
        when: '`close` when the server closes the connection after this response.',
        requirement: 'SHOULD',
        section: 'RFC 9112 §9.6',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.5.9',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9',
    },
    keywords: [
      'request timeout',
      'client too slow',
      'slow upload',
      'idle connection',
      'client timeout',
      'request not sent in time',
      'client too slow to send',
      'body took too long',
      'slowloris',
      'keep-alive timeout',
      'upload stalled',
      'client_body_timeout',
      'client_header_timeout',
      'incomplete request body',
      'client never finished sending',
      'idle client',
    ],
  },
  // IANA: [RFC9110, Section 15.5.10]
  409: {
    summary:
      'The request clashes with the current state of the resource: a duplicate unique key, an edit based on a stale version, a state change not allowed right now. Explain the conflict in the body so the client can resolve it and retry.',
    seeAlso: [412, 428, 422, 423, 201],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.10',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
    },
    keywords: [
      'conflict',
      'already exists',
      'duplicate',
      'duplicate key',
      'unique constraint',
      'version conflict',
      'concurrent edit',
      'email already taken',
      'integrity error',
      'state conflict',
      'directory not empty',
      'resource in use',
      'state transition not allowed',
      'invalid state transition',
      'username taken',
      'user already exists',
      'already registered',
      'name already in use',
      'duplicate entry',
      'double booking',
      'edit conflict',
      'foreign key constraint',
      'still referenced',
      'already cancelled',
      'idempotency key reused',
    ],
  },
  // IANA: [RFC9110, Section 15.5.11]
  410: {
    summary:
      'The resource was here and has been removed on purpose, with no forwarding address and no plan to return. Stronger than 404: clients and search engines should drop their links. Fits retired API versions and deliberately deleted content.',
    seeAlso: [404, 301],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.11',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11',
    },
    keywords: [
      'gone',
      'permanently deleted',
      'removed',
      'no longer available',
      'retired api',
      'sunset endpoint',
      'api version removed',
      'removed for good',
      'deleted for good',
      'resource removed',
      'no longer exists',
      'link expired',
      'expired invite',
      'discontinued',
      'unpublished',
      'deleted account',
      'deprecated and removed',
      'old api version',
      'remove from search index',
    ],
  },
  // IANA: [RFC9110, Section 15.5.12]
  411: {
    summary:
      'The server refuses a request body sent without Content-Length, for example a chunked upload where it wants the size up front. The client can retry with the header. ASGI servers handle message framing, so FastAPI apps rarely send it themselves.',
    seeAlso: [400, 413],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.12',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12',
    },
    keywords: [
      'length required',
      'content-length missing',
      'chunked upload rejected',
      'missing content-length',
      'no content-length header',
      'content length required',
      'chunked encoding refused',
    ],
  },
  // IANA: [RFC9110, Section 15.5.13]
  412: {
    summary:
      'A condition in the request headers (If-Match, If-Unmodified-Since, If-None-Match on a write) evaluated to false, usually because the resource changed since the client read it. Refusing the update prevents a lost update; the client should re-fetch and try again.',
    seeAlso: [409, 428, 304],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.13',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
    },
    keywords: [
      'precondition failed',
      'if-match failed',
      'etag mismatch',
      'optimistic locking',
      'stale version',
      'lost update',
      'conditional update failed',
      'if-unmodified-since',
      'if-match mismatch',
      'mid-air collision',
      'stale etag',
      'outdated etag',
      'changed since read',
      'someone else modified',
      'conditional write failed',
    ],
  },
  // IANA: [RFC9110, Section 15.5.14]; before RFC 9110: Payload Too Large
  413: {
    summary:
      "The request body is bigger than the server or a proxy in front of it will accept: upload size limits, nginx's `client_max_body_size`. Close the connection or, if the limit is temporary, send Retry-After. RFC 9110 renamed it from 'Payload Too Large'.",
    seeAlso: [414, 431, 1009, 411, 507],
    headers: [
      {
        name: 'Retry-After',
        when: 'When the condition is temporary: when the client may try again.',
        requirement: 'SHOULD',
        section: 'RFC 9110 §15.5.14',
      },
      {
        name: 'Connection',
        when: '`close` when the server will not read the rest of the body and closes the connection.',
        requirement: 'SHOULD',
        section: 'RFC 9112 §9.6',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.5.14',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
    },
    keywords: [
      'payload too large',
      'request entity too large',
      'file too large',
      'upload too big',
      'body too large',
      'max body size',
      'upload limit',
      'client_max_body_size',
      'content too large',
      'request too large',
      'request body too large',
      'file size limit',
      'image too big',
      'upload size exceeded',
      'max upload size',
      'json body too large',
      'body size limit',
      'too much data',
      'large upload rejected',
      'max_content_length',
      'data_upload_max_memory_size',
    ],
  },
  // IANA: [RFC9110, Section 15.5.15]
  414: {
    summary:
      'The request target is longer than the server is willing to parse: usually a GET with a huge query string that should have been a POST with a body, or a redirect loop that keeps appending to the URL.',
    seeAlso: [413, 431],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.15',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15',
    },
    keywords: [
      'uri too long',
      'url too long',
      'query string too long',
      'long url',
      'too many query parameters',
      'huge query string',
      'get request too long',
      'path too long',
      'url length limit',
      'request-uri too long',
      'filter params in url',
    ],
  },
  // IANA: [RFC9110, Section 15.5.16]; Accept-Patch: RFC 5789; Accept-Post: W3C LDP
  415: {
    summary:
      "The server won't accept the format of the request body: a wrong or missing Content-Type (form data sent to a JSON endpoint, say) or an unsupported Content-Encoding. Tell the client what works with Accept-Post or Accept-Patch, or Accept-Encoding for codings.",
    seeAlso: [406, 422, 1003],
    headers: [
      {
        name: 'Accept',
        when: 'When the media type is the problem: the media types the server would have accepted.',
        requirement: null,
        section: 'RFC 9110 §15.5.16',
      },
      {
        name: 'Accept-Encoding',
        when: 'When the problem is a content coding: the codings the server accepts.',
        requirement: null,
        section: 'RFC 9110 §15.5.16',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.5.16',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16',
    },
    keywords: [
      'unsupported media type',
      'wrong content type',
      'content-type',
      'invalid content type',
      'expected json',
      'form data not supported',
      'wrong body format',
      'xml instead of json',
      'json only',
      'missing content-type',
      'content-type header',
      'sent wrong format',
      'form instead of json',
      'multipart not supported',
      'urlencoded not supported',
      'application/json required',
      'unsupported content-encoding',
      'gzip request body',
      'file type not allowed',
      'unsupported file type',
      'body format',
    ],
  },
  // IANA: [RFC9110, Section 15.5.17]
  416: {
    summary:
      "None of the ranges in the request's Range header overlap the resource, for example bytes past the end of the file. Send Content-Range with `bytes */<length>` so the client learns the real size.",
    seeAlso: [206],
    headers: [
      {
        name: 'Content-Range',
        when: '`bytes */<complete length>`, giving the actual size, for a byte-range request.',
        requirement: 'SHOULD',
        section: 'RFC 9110 §15.5.17',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.5.17',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17',
    },
    keywords: [
      'range not satisfiable',
      'invalid range',
      'range out of bounds',
      'bad byte range',
      'resume failed',
      'range beyond file size',
      'bytes past end',
      'seek past end',
      'requested range not satisfiable',
      'resume offset too large',
      'range header invalid',
    ],
  },
  // IANA: [RFC9110, Section 15.5.18]
  417: {
    summary:
      "The server cannot meet the request's Expect header; in practice a `100-continue` expectation sent to a server or proxy that won't honour it. The client should retry without the Expect header.",
    seeAlso: [100],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.18',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18',
    },
    keywords: [
      'expectation failed',
      'expect header',
      '100-continue rejected',
      'expectation not met',
      'proxy rejects expect',
      'remove expect header',
      'curl expect header',
    ],
  },
  // IANA: [RFC9110, Section 15.5.19] (Unused); origin: RFC 2324
  418: {
    summary:
      "'I'm a teapot', an April Fools' joke from the 1998 coffee-pot protocol (RFC 2324). RFC 9110 marks the code unused but reserved because so much software implements it. Real APIs shouldn't send it except as an easter egg.",
    seeAlso: [],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.19',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19',
    },
    keywords: [
      'teapot',
      "i'm a teapot",
      'joke',
      'easter egg',
      'april fools',
      'htcpcp',
      'coffee',
      'coffee pot',
      'brew coffee',
      'funny status',
      'humor',
      'joke status code',
    ],
  },
  // IANA: [RFC9110, Section 15.5.20]
  // Issue 3 suggested RFC 7540/9113. RFC 7540 introduced 421, but RFC 9110 §15.5.20 now defines it
  // for every HTTP version and is what IANA cites, so we cite RFC 9110 rather than RFC 9113.
  421: {
    summary:
      "The request reached a server that can't answer for this scheme and host, typically because an HTTP/2 or HTTP/3 connection was reused for a hostname the server or its certificate isn't set up for. The client may retry over a new connection.",
    seeAlso: [400],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.20',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20',
    },
    keywords: [
      'misdirected request',
      'wrong host',
      'connection reuse',
      'sni mismatch',
      'connection coalescing',
      'wrong hostname',
      'not configured for host',
      'virtual host mismatch',
      'wrong vhost',
      'http2 connection reuse',
      'certificate hostname mismatch',
      'domain fronting',
      'host not served here',
      'misrouted request',
    ],
  },
  // IANA: [RFC9110, Section 15.5.21] (first defined in RFC 4918); before RFC 9110: Unprocessable Entity
  // FastAPI: RequestValidationError handler answers 422 with {"detail": [...]}
  422: {
    summary:
      "The request is well-formed, but its content fails validation: a missing field, a wrong type, a value out of range. FastAPI sends it itself when Pydantic rejects the body, query or path parameters, with the error list under `detail`. Formerly named 'Unprocessable Entity'.",
    seeAlso: [400, 409, 415],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.5.21',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21',
    },
    keywords: [
      'validation error',
      'pydantic',
      'invalid body',
      'schema',
      'unprocessable entity',
      'missing field',
      'field required',
      'invalid input',
      'wrong type',
      'request validation',
      'json decode error',
      'unprocessable content',
      'validation failed',
      'pydantic validation error',
      'requestvalidationerror',
      'invalid email',
      'value out of range',
      'invalid field',
      'field errors',
      'form errors',
      'invalid enum value',
      'semantic error',
      'business rule violation',
      'record invalid',
    ],
  },
  // IANA: [RFC4918]
  423: {
    summary:
      "WebDAV: the resource is locked, for instance checked out by another user, so this method can't change it. Outside WebDAV some APIs use it for records locked for editing, though 409 is the more common choice.",
    seeAlso: [409, 424],
    headers: [],
    reference: {
      title: 'RFC 4918 §11.3',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.3',
    },
    keywords: [
      'locked',
      'resource locked',
      'file locked',
      'checked out',
      'account locked',
      'record locked',
      'edit lock',
      'webdav lock',
      'lock token',
      'being edited',
    ],
  },
  // IANA: [RFC4918]
  424: {
    summary:
      "WebDAV: this action wasn't carried out because another action it depended on failed, such as one part of a PROPPATCH. Some APIs reuse it when a step in a multi-step operation is skipped because an earlier step failed.",
    seeAlso: [207, 423],
    headers: [],
    reference: {
      title: 'RFC 4918 §11.4',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.4',
    },
    keywords: [
      'failed dependency',
      'dependent step failed',
      'previous request failed',
      'dependency failed',
      'cascade failure',
      'batch step failed',
      'prerequisite failed',
      'proppatch failed',
    ],
  },
  // IANA: [RFC8470]
  425: {
    summary:
      "The server won't process a request that arrived in TLS 1.3 early data (0-RTT), because an attacker could replay it. The client should send it again after the handshake has completed. Servers and CDNs send it; application code rarely needs to.",
    seeAlso: [],
    headers: [],
    reference: {
      title: 'RFC 8470 §5.2',
      url: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.2',
    },
    keywords: [
      'too early',
      'early data',
      '0-rtt',
      'replay attack',
      'tls 1.3',
      'replay protection',
      'early data rejected',
      'zero rtt',
      'retry after handshake',
    ],
  },
  // IANA: [RFC9110, Section 15.5.22]
  426: {
    summary:
      "The server won't handle the request over the current protocol but would after the client switches, e.g. to a newer HTTP version or to TLS. It must send an Upgrade header naming the acceptable protocol(s). Some APIs also use it to demand a newer client app.",
    seeAlso: [101, 505],
    headers: [
      {
        name: 'Upgrade',
        when: 'The protocol(s) the client must switch to.',
        requirement: 'MUST',
        section: 'RFC 9110 §15.5.22',
      },
      {
        name: 'Connection',
        when: 'Carries `upgrade` alongside the Upgrade header.',
        requirement: 'MUST',
        section: 'RFC 9110 §7.8',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.5.22',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22',
    },
    keywords: [
      'upgrade required',
      'protocol upgrade required',
      'client version too old',
      'upgrade client',
      'newer protocol',
      'tls required',
      'force app update',
      'minimum app version',
      'outdated client',
      'update your app',
      'http/2 required',
      'websocket required',
      'upgrade header',
    ],
  },
  // IANA: [RFC6585]
  428: {
    summary:
      "The server requires writes to be conditional: the client must send If-Match (or a similar header) so it cannot overwrite someone else's change unknowingly. Send it when PUT, PATCH or DELETE arrives without one; 412 is for a condition that is present but fails.",
    seeAlso: [412, 409],
    headers: [],
    reference: { title: 'RFC 6585 §3', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-3' },
    keywords: [
      'precondition required',
      'if-match required',
      'etag required',
      'conditional request required',
      'must send if-match',
      'conditional header missing',
      'missing if-match',
      'unconditional update refused',
      'require etag on write',
      'prevent lost update',
      'if-unmodified-since required',
    ],
  },
  // IANA: [RFC6585]
  429: {
    summary:
      'The client sent too many requests in a given time: rate limiting. Send Retry-After so well-behaved clients know when to come back, and say which limit was hit. FastAPI has no built-in limiter; a library such as slowapi or a gateway in front usually sends it.',
    seeAlso: [503, 402, 509],
    headers: [
      {
        name: 'Retry-After',
        when: 'Seconds to wait (or a date) before trying again.',
        requirement: 'MAY',
        section: 'RFC 6585 §4',
      },
    ],
    reference: { title: 'RFC 6585 §4', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' },
    keywords: [
      'rate limit',
      'rate limited',
      'throttle',
      'throttled',
      'quota',
      'quota exceeded',
      'too many requests',
      'slow down',
      'too many calls',
      'api limit',
      'backoff',
      'rate limit exceeded',
      'request limit exceeded',
      'too many login attempts',
      'brute force protection',
      'retry-after',
      'daily limit',
      'requests per minute',
      'burst limit',
      'token bucket',
      'slowapi',
      'cooldown',
      'abuse detection',
      'usage limit',
      'limit reached',
    ],
  },
  // IANA: [RFC6585]
  431: {
    summary:
      "The request headers are too big, either one field (often an oversized Cookie or token) or all of them together. The client may retry with smaller headers; in a browser, clearing the site's cookies usually fixes it.",
    seeAlso: [413, 414, 494],
    headers: [],
    reference: { title: 'RFC 6585 §5', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-5' },
    keywords: [
      'headers too large',
      'cookie too large',
      'header too big',
      'token too long',
      'too many cookies',
      'header fields too large',
      'header size limit',
      'max header size',
      'too many headers',
      'clear cookies',
      'oversized cookie',
      'cookie bloat',
      'authorization header too long',
    ],
  },
  // IANA: [RFC7725]
  451: {
    summary:
      'The server refuses to serve the resource because of a legal demand: a court order, government censorship, sanctions, a takedown notice. Explain in the body, and identify who demanded the block with a Link header of rel="blocked-by".',
    seeAlso: [403],
    headers: [
      {
        name: 'Link',
        when: '`rel="blocked-by"`: identifies the entity implementing the block (an ISP, a CDN, the server itself), not the authority demanding it.',
        requirement: 'SHOULD',
        section: 'RFC 7725 §4',
      },
    ],
    reference: { title: 'RFC 7725 §3', url: 'https://www.rfc-editor.org/rfc/rfc7725#section-3' },
    keywords: [
      'legal reasons',
      'censored',
      'blocked by law',
      'dmca',
      'court order',
      'takedown',
      'geoblocked',
      'sanctions',
      'government block',
      'censorship',
      'legal takedown',
      'unavailable in your country',
      'embargo',
      'copyright claim',
      'blocked-by',
      'country blocked',
    ],
  },
  // IANA: [RFC9110, Section 15.6.1]
  // Starlette: ServerErrorMiddleware turns uncaught exceptions into 500
  500: {
    summary:
      "The server hit an unexpected condition, usually an unhandled exception. Starlette's ServerErrorMiddleware turns any exception that escapes a FastAPI route into a plain 500. Log the details server-side and don't leak tracebacks to clients.",
    seeAlso: [502, 503, 504, 501, 1011],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.6.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1',
    },
    keywords: [
      'internal server error',
      'server error',
      'crash',
      'exception',
      'bug',
      'unhandled exception',
      'something went wrong',
      'traceback',
      'server crashed',
      'null pointer',
      'threw an error',
      'stack trace',
      'panic',
      'unhandled error',
      'unexpected error',
      'uncaught exception',
      'internal error',
      'database error',
      'fatal error',
      'runtime error',
      'keyerror',
      'typeerror',
      'nullpointerexception',
      'segfault',
      'server bug',
      'oops',
      'servererrormiddleware',
    ],
  },
  // IANA: [RFC9110, Section 15.6.2]
  501: {
    summary:
      "The server doesn't support the functionality needed, typically a request method it doesn't recognise at all. Unlike 405 it applies to the whole server, not one resource. Some APIs also send it for features that are planned but not built yet.",
    seeAlso: [405, 500, 505, 510],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.6.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2',
    },
    keywords: [
      'not implemented',
      'unsupported feature',
      'coming soon',
      'unknown method',
      'not supported yet',
      'not implemented yet',
      'notimplementederror',
      'stub endpoint',
      'placeholder endpoint',
      'todo endpoint',
      'unrecognised method',
      'custom http method',
      'planned feature',
    ],
  },
  // IANA: [RFC9110, Section 15.6.3]
  502: {
    summary:
      "A gateway or proxy (nginx, a load balancer, an API gateway) got an invalid response, or none, from the server behind it. Behind a proxy it usually means the app crashed, isn't listening on the expected port, or dropped the connection.",
    seeAlso: [504, 503, 500, 1014, 520, 521, 523, 525, 526, 527, 530],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.6.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3',
    },
    keywords: [
      'bad gateway',
      'upstream error',
      'proxy error',
      'invalid upstream response',
      'app not running',
      'connection refused',
      'load balancer error',
      'reverse proxy error',
      'nginx bad gateway',
      'upstream prematurely closed',
      'connection reset by peer',
      'upstream connection refused',
      'backend crashed',
      'worker crashed',
      'gunicorn worker died',
      'wrong upstream port',
      'php-fpm down',
      'malformed lambda response',
      'alb 502',
      'ingress bad gateway',
      'empty reply from upstream',
      'bad response from upstream',
    ],
  },
  // IANA: [RFC9110, Section 15.6.4]
  503: {
    summary:
      "The server can't handle requests right now because it is overloaded, under maintenance or still starting, and expects to recover. Send Retry-After when you can estimate how long; health and readiness endpoints often answer 503 until the app is ready.",
    seeAlso: [429, 502, 504, 500, 1013, 1012],
    headers: [
      {
        name: 'Retry-After',
        when: 'Seconds (or a date) until the service should be back.',
        requirement: 'MAY',
        section: 'RFC 9110 §15.6.4',
      },
    ],
    reference: {
      title: 'RFC 9110 §15.6.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4',
    },
    keywords: [
      'service unavailable',
      'maintenance',
      'overloaded',
      'down',
      'server down',
      'temporarily unavailable',
      'not ready',
      'starting up',
      'outage',
      'capacity',
      'deploy in progress',
      'deploying',
      'rolling restart',
      'draining',
      'cold start',
      'scaled to zero',
      'circuit breaker open',
      'maintenance mode',
      'down for maintenance',
      'health check failing',
      'readiness probe failed',
      'warming up',
      'no healthy upstream',
      'load shedding',
      'connection pool exhausted',
      'unhealthy',
      'retry later',
      'shutting down',
    ],
  },
  // IANA: [RFC9110, Section 15.6.5]
  504: {
    summary:
      'A gateway or proxy gave up waiting for the server behind it to answer. Behind nginx or a load balancer it means the app was too slow: a long query, a stuck call to another service. Raise the proxy timeout, or move the work to a background job and answer 202.',
    seeAlso: [502, 408, 503, 500, 522, 524, 599],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.6.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5',
    },
    keywords: [
      'gateway timeout',
      'timeout',
      'timed out',
      'upstream timeout',
      'proxy timeout',
      'slow response',
      'request took too long',
      'upstream timed out',
      'proxy_read_timeout',
      'nginx timeout',
      'load balancer timeout',
      'slow backend',
      'slow query',
      'backend too slow',
      'api gateway timeout',
      'lambda timeout',
      'downstream service slow',
      'no answer from upstream',
    ],
  },
  // IANA: [RFC9110, Section 15.6.6]
  505: {
    summary:
      "The server doesn't support, or refuses to support, the major HTTP version the request used. Rare in practice, since clients and servers agree on the version while setting up the connection.",
    seeAlso: [426, 501],
    headers: [],
    reference: {
      title: 'RFC 9110 §15.6.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6',
    },
    keywords: [
      'http version not supported',
      'unsupported http version',
      'protocol version',
      'wrong http version',
      'http/1.0 not supported',
      'http3 unsupported',
    ],
  },
  // IANA: [RFC2295]
  506: {
    summary:
      "Server misconfiguration in transparent content negotiation (RFC 2295): the chosen variant is itself set up to negotiate, creating a loop. It signals a configuration error on the server; applications don't send it.",
    seeAlso: [300, 406],
    headers: [],
    reference: {
      title: 'RFC 2295 §8.1',
      url: 'https://www.rfc-editor.org/rfc/rfc2295#section-8.1',
    },
    keywords: [
      'variant also negotiates',
      'negotiation loop',
      'server misconfiguration',
      'negotiation misconfigured',
      'transparent negotiation',
      'variant loop',
      'rfc 2295',
    ],
  },
  // IANA: [RFC4918]
  507: {
    summary:
      "WebDAV: the server can't store what the request needs, because the disk or a quota is full. The condition is considered temporary. Some APIs use it when an upload would exceed the user's storage quota.",
    seeAlso: [413],
    headers: [],
    reference: {
      title: 'RFC 4918 §11.5',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.5',
    },
    keywords: [
      'insufficient storage',
      'disk full',
      'out of space',
      'storage quota',
      'no space left',
      'disk quota exceeded',
      'storage full',
      'enospc',
      'cannot save file',
      'user storage limit',
      'drive full',
    ],
  },
  // IANA: [RFC5842]
  508: {
    summary:
      'WebDAV: the server stopped a Depth: infinity operation because it found an infinite loop in the collection bindings. Rarely seen outside WebDAV servers.',
    seeAlso: [208],
    headers: [],
    reference: {
      title: 'RFC 5842 §7.2',
      url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.2',
    },
    keywords: [
      'loop detected',
      'infinite loop',
      'circular binding',
      'webdav loop',
      'depth infinity',
      'resource limit is reached',
      'cpanel resource limit',
      'cycle detected',
    ],
  },
  // IANA: [RFC2774][Status change of HTTP experiments to Historic] (obsoleted)
  510: {
    summary:
      "From the experimental HTTP Extension Framework (RFC 2774): the request didn't declare an extension the server requires. The framework never caught on, and IANA now lists 510 as obsoleted; don't send it.",
    seeAlso: [501],
    headers: [],
    reference: { title: 'RFC 2774 §7', url: 'https://www.rfc-editor.org/rfc/rfc2774#section-7' },
    keywords: [
      'not extended',
      'extension required',
      'http extension framework',
      'rfc 2774',
      'extension declaration missing',
      'obsoleted status',
    ],
  },
  // IANA: [RFC6585]
  511: {
    summary:
      "Sent by captive portals (hotel or airport Wi-Fi), not by origin servers: the client must log in to the network before it gets through. The body should link to the login page; it tells clients the answer didn't come from the site they asked for.",
    seeAlso: [401, 407],
    headers: [
      {
        name: 'Cache-Control',
        when: '`no-store` is sensible: RFC 6585 says caches must not store a 511.',
        requirement: null,
        section: 'RFC 6585 §6',
      },
    ],
    reference: { title: 'RFC 6585 §6', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-6' },
    keywords: [
      'captive portal',
      'wifi login',
      'network login',
      'hotspot',
      'network authentication',
      'hotel wifi',
      'airport wifi',
      'public wifi login',
      'accept wifi terms',
      'splash page',
    ],
  },
};
