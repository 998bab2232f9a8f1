/**
 * Codes that no IANA registration defines but that real servers, proxies and CDNs emit.
 *
 * Facts come from the vendors, the words are ours:
 * - nginx: its docs (nginx.org, ngx_http_rewrite_module `return`, ngx_http_ssl_module "Error
 *   Processing") and, where the docs are silent (494, 499), src/http/ngx_http_request.h;
 * - Cloudflare: developers.cloudflare.com "Cloudflare 5xx errors" pages (cloudflare-docs repo,
 *   src/content/docs/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/);
 * - 509 and 599: not in the IANA registry (both fall in unassigned ranges); the constants in
 *   Spring/Django REST framework (509) and Dart (599) are the most authoritative pages found.
 * `mdn` is null throughout: MDN has no pages for these.
 */
import type { StatusDescription } from '../types';

export interface UnofficialStatus extends StatusDescription {
  code: number;
  phrase: string;
  vendor: string;
}

export const UNOFFICIAL_STATUSES: readonly UnofficialStatus[] = [
  // nginx docs: ngx_http_rewrite_module, return directive
  {
    code: 444,
    phrase: 'No Response',
    vendor: 'nginx',
    summary:
      "nginx closes the connection without sending anything when its config says `return 444;`, a common way to drop scanners and requests for unknown hosts. The client just sees the connection close; the code only appears in nginx's access log.",
    seeAlso: [499],
    headers: [],
    reference: {
      title: 'nginx docs: ngx_http_rewrite_module, return',
      url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return',
    },
    mdn: null,
    keywords: [
      'no response',
      'connection closed without response',
      'nginx drop',
      'empty reply',
      'return 444',
      'drop connection',
      'silently close',
      'block scanners',
      'reject unknown host',
      'nginx default server',
      'curl empty reply',
    ],
  },
  // nginx source: NGX_HTTP_REQUEST_HEADER_TOO_LARGE; sent as 400 by ngx_http_special_response.c
  {
    code: 494,
    phrase: 'Request Header Too Large',
    vendor: 'nginx',
    summary:
      "nginx's internal code for a request whose header fields don't fit its `large_client_header_buffers`. The client never sees 494: nginx answers 400 'Request Header Or Cookie Too Large', but `error_page 494` can match it.",
    seeAlso: [431, 400],
    headers: [],
    reference: {
      title: 'nginx source: src/http/ngx_http_request.h',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
    mdn: null,
    keywords: [
      'request header too large',
      'header or cookie too large',
      'large_client_header_buffers',
      'nginx header too large',
      'header buffer nginx',
    ],
  },
  // nginx docs: ngx_http_ssl_module, Error Processing
  {
    code: 495,
    phrase: 'SSL Certificate Error',
    vendor: 'nginx',
    summary:
      "nginx's internal code for a client certificate that failed verification under mutual TLS (`ssl_verify_client`). The client receives 400; `error_page 495` lets you serve a clearer page or redirect.",
    seeAlso: [496, 400],
    headers: [],
    reference: {
      title: 'nginx docs: ngx_http_ssl_module, Error Processing',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    mdn: null,
    keywords: [
      'client certificate error',
      'mtls failed',
      'certificate verification failed',
      'ssl_verify_client',
      'mutual tls',
      'client cert invalid',
      'client certificate expired',
      'mtls verification',
    ],
  },
  // nginx docs: ngx_http_ssl_module, Error Processing
  {
    code: 496,
    phrase: 'SSL Certificate Required',
    vendor: 'nginx',
    summary:
      "nginx's internal code for a client that presented no certificate although `ssl_verify_client` requires one. The client receives 400; `error_page 496` can explain that a client certificate is needed.",
    seeAlso: [495, 401, 400],
    headers: [],
    reference: {
      title: 'nginx docs: ngx_http_ssl_module, Error Processing',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    mdn: null,
    keywords: [
      'client certificate required',
      'no client certificate',
      'mtls required',
      'missing client certificate',
      'no client cert',
      'mtls certificate missing',
      'client auth certificate',
      'ssl_verify_client on',
    ],
  },
  // nginx docs: ngx_http_ssl_module, Error Processing
  {
    code: 497,
    phrase: 'HTTP Request Sent to HTTPS Port',
    vendor: 'nginx',
    summary:
      "nginx's internal code for a plain-HTTP request that arrived on a port set up for HTTPS. The client receives 400, but `error_page 497` is often used to redirect such requests to the https:// URL.",
    seeAlso: [400],
    headers: [],
    reference: {
      title: 'nginx docs: ngx_http_ssl_module, Error Processing',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    mdn: null,
    keywords: [
      'http to https port',
      'plain http on ssl port',
      'http request to https',
      'http on https port',
      'plain http to 443',
      'wrong scheme',
      'error_page 497',
    ],
  },
  // nginx source: NGX_HTTP_CLIENT_CLOSED_REQUEST and its comment
  {
    code: 499,
    phrase: 'Client Closed Request',
    vendor: 'nginx',
    summary:
      'nginx logs 499 when the client closed the connection before nginx could send the response: the user gave up, or a client-side timeout fired while your app was still working. Nothing reaches the client; many 499s usually mean the backend is too slow for its callers.',
    seeAlso: [408, 444],
    headers: [],
    reference: {
      title: 'nginx source: src/http/ngx_http_request.h',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
    mdn: null,
    keywords: [
      'client closed request',
      'client disconnected',
      'client gave up',
      'client aborted',
      'request cancelled',
      'client canceled',
      'user navigated away',
      'request aborted',
      'abortcontroller',
      'fetch aborted',
      'nginx 499',
      'request canceled',
      'client hung up',
      'caller timed out',
      'user closed page',
    ],
  },
  // Not in the IANA registry (509 is unassigned); constants in Spring HttpStatus (deprecated 7.0) and DRF status
  {
    code: 509,
    phrase: 'Bandwidth Limit Exceeded',
    vendor: 'Apache bandwidth modules, cPanel hosting',
    summary:
      'Not registered with IANA: shared hosts (Apache bandwidth modules, cPanel) show it when a site has used up its traffic allowance for the period. The site stays unavailable until the quota resets or is raised. Spring (deprecated in 7.0) and Django REST framework still define a constant.',
    seeAlso: [429],
    headers: [],
    reference: {
      title: 'Spring Framework javadoc: HttpStatus.BANDWIDTH_LIMIT_EXCEEDED',
      url: 'https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#BANDWIDTH_LIMIT_EXCEEDED',
    },
    mdn: null,
    keywords: [
      'bandwidth limit exceeded',
      'bandwidth exceeded',
      'hosting quota',
      'traffic limit',
      'monthly transfer',
      'bandwidth quota',
      'cpanel bandwidth',
      'data transfer limit',
      'over bandwidth',
      'traffic quota exceeded',
    ],
  },
  // Cloudflare docs: Error 520
  {
    code: 520,
    phrase: 'Web Server Returns an Unknown Error',
    vendor: 'Cloudflare',
    summary:
      "Cloudflare reached your origin but got back something it couldn't use: an empty, malformed or unexpected response, often after an origin crash, oversized headers or a firewall resetting the connection. The origin didn't send 520; check its logs.",
    seeAlso: [502],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Error 520',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    },
    mdn: null,
    keywords: [
      'cloudflare 520',
      'unknown error from origin',
      'empty response from origin',
      'origin sent empty reply',
      'empty reply from origin',
      'connection reset by origin',
      'origin reset connection',
      'origin crashed',
      'cloudflare unknown error',
      'origin headers too big',
    ],
  },
  // Cloudflare docs: Error 521
  {
    code: 521,
    phrase: 'Web Server Is Down',
    vendor: 'Cloudflare',
    summary:
      "The origin refused Cloudflare's connection: the web server isn't running, or a firewall blocks Cloudflare's IP ranges. Start the server, or allow Cloudflare's IPs at the origin.",
    seeAlso: [502],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Error 521',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    },
    mdn: null,
    keywords: [
      'cloudflare 521',
      'web server is down',
      'origin down',
      'origin refused connection',
      'origin offline',
      'web server down',
      'cloudflare ips blocked',
      'origin connection refused',
      'firewall blocking cloudflare',
    ],
  },
  // Cloudflare docs: Error 522
  {
    code: 522,
    phrase: 'Connection Timed Out',
    vendor: 'Cloudflare',
    summary:
      "Cloudflare timed out talking to your origin: no reply to its TCP handshake, or no acknowledgement of the request once connected. Usually the origin is overloaded or offline, or drops Cloudflare's IPs.",
    seeAlso: [504, 524],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Error 522',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    },
    mdn: null,
    keywords: [
      'cloudflare 522',
      'connection timed out',
      'origin connect timeout',
      'tcp handshake timeout',
      'origin not responding',
      'syn timeout',
      'cloudflare connection timeout',
      'origin overloaded',
    ],
  },
  // Cloudflare docs: Error 523
  {
    code: 523,
    phrase: 'Origin Is Unreachable',
    vendor: 'Cloudflare',
    summary:
      "Cloudflare couldn't reach your origin at all, typically because the DNS record points to a wrong or outdated IP address, or because of a routing problem between Cloudflare and the origin.",
    seeAlso: [502, 530],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Error 523',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    },
    mdn: null,
    keywords: [
      'cloudflare 523',
      'origin unreachable',
      'wrong origin ip',
      'wrong dns record',
      'origin ip changed',
      'routing problem',
      'bad a record',
      'origin network unreachable',
    ],
  },
  // Cloudflare docs: Error 524 page (cloudflare-docs @24bbba12: 120 s default Proxy Read Timeout)
  // and fundamentals/reference/connection-limits (@0010e3da: Proxy Read Timeout 100 s)
  {
    code: 524,
    phrase: 'A Timeout Occurred',
    vendor: 'Cloudflare',
    summary:
      "Cloudflare connected to your origin, but no HTTP response came back before its proxy read timeout. Cloudflare's pages disagree on the default: the Error 524 page says 120 seconds, the Connection limits page 100. Move long work to a background job the client polls, or raise the timeout where your plan allows.",
    seeAlso: [504, 522],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Error 524',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
    },
    mdn: null,
    keywords: [
      'cloudflare 524',
      'cloudflare timeout',
      'origin too slow',
      '100 second timeout',
      'origin response timeout',
      'waiting for origin',
      'cloudflare 100s timeout',
      'long request cloudflare',
      'origin slow response',
      'cloudflare gateway timeout',
    ],
  },
  // Cloudflare docs: Error 525
  {
    code: 525,
    phrase: 'SSL Handshake Failed',
    vendor: 'Cloudflare',
    summary:
      "With SSL mode Full or Full (strict), Cloudflare couldn't complete a TLS handshake with your origin: no certificate installed, port 443 closed, no SNI support, or no cipher suite in common.",
    seeAlso: [526, 502, 1015],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Error 525',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
    },
    mdn: null,
    keywords: [
      'cloudflare 525',
      'ssl handshake failed',
      'origin tls handshake',
      'tls handshake with origin',
      'no certificate on origin',
      'cipher mismatch',
      'full ssl mode',
      'port 443 closed',
    ],
  },
  // Cloudflare docs: Error 526
  {
    code: 526,
    phrase: 'Invalid SSL Certificate',
    vendor: 'Cloudflare',
    summary:
      "With SSL mode Full (strict), Cloudflare couldn't validate your origin's certificate: expired, revoked, self-signed, or not covering the hostname. Install a valid certificate or a Cloudflare Origin CA certificate.",
    seeAlso: [525, 502],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Error 526',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
    },
    mdn: null,
    keywords: [
      'cloudflare 526',
      'invalid ssl certificate',
      'origin certificate expired',
      'self-signed certificate',
      'origin cert invalid',
      'full strict',
      'expired origin certificate',
      'certificate hostname not covered',
      'origin ca certificate',
    ],
  },
  // Earlier Cloudflare 5xx docs (Railgun); the current 5xx pages no longer list 527, so we cite their index
  {
    code: 527,
    phrase: 'Railgun Listener to Origin Error',
    vendor: 'Cloudflare',
    summary:
      "Cloudflare's Railgun (a WAN optimiser running next to the origin) lost or timed out its connection to the origin web server. Railgun has been discontinued and Cloudflare's current docs no longer list 527, so you should only meet it in old logs.",
    seeAlso: [502],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Cloudflare 5xx errors',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
    },
    mdn: null,
    keywords: [
      'cloudflare 527',
      'railgun',
      'railgun error',
      'railgun connection lost',
      'wan optimiser',
    ],
  },
  // Cloudflare docs: Error 530 (cloudflare-docs @61fb059e: the body carries a 1xxx error)
  {
    code: 530,
    // Cloudflare's page is titled just "Error 530"; "Origin DNS error" is its name for error 1016.
    phrase: 'Unable to Resolve Origin Hostname',
    vendor: 'Cloudflare',
    summary:
      "Cloudflare couldn't resolve your origin's hostname, so it never reached the origin. The response body carries a Cloudflare 1xxx error that names the actual cause (such as 1016, which Cloudflare calls Origin DNS error); look that code up.",
    seeAlso: [523, 502],
    headers: [
      {
        name: 'CF-Ray',
        when: "Cloudflare's request ID; quote it when you ask Cloudflare support.",
        requirement: null,
        section: null,
      },
    ],
    reference: {
      title: 'Cloudflare docs: Error 530',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/',
    },
    mdn: null,
    keywords: [
      'cloudflare 530',
      'origin dns error',
      'cloudflare 1xxx error',
      'origin hostname not resolved',
      'dns resolution failed',
      'error 1016',
      'cloudflare tunnel down',
      'error 1033',
    ],
  },
  // Not in the IANA registry; Dart's HttpStatus defines it as a client-generated code
  {
    code: 599,
    phrase: 'Network Connect Timeout Error',
    vendor: 'HTTP proxies and client libraries (e.g. Dart)',
    summary:
      "Not registered anywhere: some proxies and HTTP client libraries use it to report that connecting to the next server timed out (Dart's HttpStatus defines it as a client-generated code). It points at the network path, not at the application's answer.",
    seeAlso: [504],
    headers: [],
    reference: {
      title: 'Dart API: HttpStatus.networkConnectTimeoutError',
      url: 'https://api.dart.dev/dart-io/HttpStatus/networkConnectTimeoutError-constant.html',
    },
    mdn: null,
    keywords: [
      'network connect timeout',
      'connect timeout',
      'proxy connect timeout',
      'connect timed out',
      'proxy could not connect',
      'client-side connect timeout',
    ],
  },
];
