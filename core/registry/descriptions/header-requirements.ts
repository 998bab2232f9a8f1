/**
 * The evidence for every header a status lists: the RFC 2119 keyword the RFC uses for sending it
 * with that status, the section that says so, and the RFC's own words, quoted short. The words
 * files state `requirement` and `section` beside each header; tests/core/header-requirements
 * checks each one against its row here, and each row's quote against its keyword.
 *
 * Where the RFC texts were read:
 * - RFC 9110: httpwg/http-core, auth48/rfc9110-to-be.xml at bde37f634681bd5462568b73aa722af9c9a3ef5e
 *   (the editors' final text); section numbers counted from its <section> nesting.
 * - RFC 9112: the same repository and commit, auth48/rfc9112-to-be.xml.
 * - RFC 7231 (Appendix B, for 305): the same repository, archive/auth48-2014/rfc7231.txt.
 * - RFC 3229 §10.4.1: rmaake1/httpstatuses contents/codes/226.md (quotes the RFC, cites §10.4.1);
 *   §10.5.2, which defines IM itself, could not be read: no keyword is claimed for IM.
 * - RFC 6585 §4 and §6, RFC 7725 §4, RFC 8297 §2: copies of the RFC text found by the search
 *   tool (rfc-editor.org rfc7725.txt through retrosearch.org; code comments quoting 6585 and 8297).
 * - RFC 5789 §2.2 and W3C LDP 1.0 §7.1.2 (Accept-Patch, Accept-Post): code comments quoting them,
 *   found by the search tool; the texts themselves were not read.
 * - Cloudflare: cloudflare-docs, src/content/docs/fundamentals/reference/cloudflare-ray-id.mdx at
 *   09bc225cefd9cca9e1d1827e62961a6daad7fb16.
 */
import type { RequirementLevel } from '../types';

export interface HeaderRequirement {
  code: number;
  header: string;
  requirement: RequirementLevel | null;
  section: string | null;
  /** The source's words, short; for a keyword row they contain the keyword. */
  quote: string;
}

const LOCATION_REDIRECT = 'The server SHOULD generate a Location header field in the response';
const CLOSE =
  'A sender SHOULD send a Connection header field containing the "close" connection option when it intends to close a connection.';
const RAY_ID =
  'A Cloudflare Ray ID is an identifier given to every request that goes through Cloudflare.';
// 206 and 304 share one rule for the headers a 200 would have carried.
const MUST_206 =
  'A server that generates a 206 response MUST generate the following header fields ... if the field would have been sent in a 200 (OK) response to the same request: Date, Cache-Control, ETag, Expires, Content-Location, and Vary.';
const MUST_304 =
  'The server generating a 304 response MUST generate any of the following header fields that would have been sent in a 200 (OK) response to the same request: Content-Location, Date, ETag, and Vary; Cache-Control and Expires';

function same(
  codes: readonly number[],
  header: string,
  requirement: RequirementLevel | null,
  section: string | null,
  quote: string,
): HeaderRequirement[] {
  return codes.map((code) => ({ code, header, requirement, section, quote }));
}

export const HEADER_REQUIREMENTS: readonly HeaderRequirement[] = [
  {
    code: 101,
    header: 'Upgrade',
    requirement: 'MUST',
    section: 'RFC 9110 §15.2.2',
    quote:
      'The server MUST generate an Upgrade header field in the response that indicates which protocol(s) will be in effect after this response.',
  },
  ...same(
    [101, 426],
    'Connection',
    'MUST',
    'RFC 9110 §7.8',
    'A sender of Upgrade MUST also send an "Upgrade" connection option in the Connection header field',
  ),
  {
    code: 103,
    header: 'Link',
    requirement: null,
    section: 'RFC 8297 §2',
    quote:
      'indicates to the client that the server is likely to send a final response with the header fields included in the informational response',
  },
  {
    code: 201,
    header: 'Location',
    requirement: null,
    section: 'RFC 9110 §15.3.2',
    quote:
      'The primary resource created by the request is identified by either a Location header field in the response or, if no Location header field is received, by the target URI.',
  },
  {
    code: 201,
    header: 'ETag',
    requirement: null,
    section: 'RFC 9110 §15.3.2',
    quote:
      'Any validator fields sent in the response convey the current validators for a new representation created by the request.',
  },
  // RFC 9110 §15.3.3 names no header for 202: a status URL in Location is a convention.
  {
    code: 202,
    header: 'Location',
    requirement: null,
    section: null,
    quote:
      "The representation sent with this response ought to describe the request's current status and point to (or embed) a status monitor (RFC 9110 §15.3.3, about the content, not a header)",
  },
  {
    code: 202,
    header: 'Retry-After',
    requirement: null,
    section: 'RFC 9110 §10.2.3',
    quote:
      'Servers send the "Retry-After" header field to indicate how long the user agent ought to wait before making a follow-up request.',
  },
  {
    code: 204,
    header: 'ETag',
    requirement: null,
    section: 'RFC 9110 §15.3.5',
    quote:
      'if a 204 status code is received in response to a PUT request and the response contains an ETag field, then the PUT was successful',
  },
  {
    code: 206,
    header: 'Content-Range',
    requirement: 'MUST',
    section: 'RFC 9110 §15.3.7.1',
    quote:
      'If a single part is being transferred, the server generating the 206 response MUST generate a Content-Range header field',
  },
  {
    code: 206,
    header: 'Content-Type',
    requirement: 'MUST',
    section: 'RFC 9110 §15.3.7.2',
    quote:
      'If multiple parts are being transferred, the server generating the 206 response MUST generate "multipart/byteranges" content ... and a Content-Type header field containing the "multipart/byteranges" media type',
  },
  ...['Date', 'Cache-Control', 'ETag', 'Expires', 'Content-Location', 'Vary'].flatMap((header) =>
    same([206], header, 'MUST', 'RFC 9110 §15.3.7', MUST_206),
  ),
  {
    code: 206,
    header: 'Accept-Ranges',
    requirement: null,
    section: 'RFC 9110 §14.3',
    quote:
      'a server that supports byte-range requests can send the field to indicate that it supports byte range requests for that target resource',
  },
  {
    code: 226,
    header: 'ETag',
    requirement: 'MUST',
    section: 'RFC 3229 §10.4.1',
    quote:
      'The response MUST include an Etag header field giving the entity tag of the current instance.',
  },
  {
    code: 226,
    header: 'IM',
    requirement: null,
    section: 'RFC 3229 §10.4.1',
    quote:
      'the response is a representation of the result of one or more instance-manipulations applied to the current instance',
  },
  {
    code: 300,
    header: 'Location',
    requirement: 'SHOULD',
    section: 'RFC 9110 §15.4.1',
    quote:
      "If the server has a preferred choice, the server SHOULD generate a Location header field containing a preferred choice's URI reference.",
  },
  ...same([301], 'Location', 'SHOULD', 'RFC 9110 §15.4.2', LOCATION_REDIRECT),
  ...same([302], 'Location', 'SHOULD', 'RFC 9110 §15.4.3', LOCATION_REDIRECT),
  {
    code: 303,
    header: 'Location',
    requirement: null,
    section: 'RFC 9110 §15.4.4',
    quote:
      'the server is redirecting the user agent to a different resource, as indicated by a URI in the Location header field',
  },
  ...['Content-Location', 'Date', 'ETag', 'Vary', 'Cache-Control', 'Expires'].flatMap((header) =>
    same([304], header, 'MUST', 'RFC 9110 §15.4.5', MUST_304),
  ),
  {
    code: 305,
    header: 'Location',
    requirement: null,
    section: 'RFC 9110 §15.4.6',
    quote:
      'The 305 (Use Proxy) status code was defined in a previous version of this specification and is now deprecated',
  },
  ...same([307], 'Location', 'SHOULD', 'RFC 9110 §15.4.8', LOCATION_REDIRECT),
  ...same([308], 'Location', 'SHOULD', 'RFC 9110 §15.4.9', LOCATION_REDIRECT),
  {
    code: 401,
    header: 'WWW-Authenticate',
    requirement: 'MUST',
    section: 'RFC 9110 §15.5.2',
    quote:
      'The server generating a 401 response MUST send a WWW-Authenticate header field containing at least one challenge applicable to the target resource.',
  },
  {
    code: 405,
    header: 'Allow',
    requirement: 'MUST',
    section: 'RFC 9110 §15.5.6',
    quote:
      "The origin server MUST generate an Allow header field in a 405 response containing a list of the target resource's currently supported methods.",
  },
  {
    code: 407,
    header: 'Proxy-Authenticate',
    requirement: 'MUST',
    section: 'RFC 9110 §15.5.8',
    quote:
      'The proxy MUST send a Proxy-Authenticate header field containing a challenge applicable to that proxy for the request.',
  },
  ...same([408, 413], 'Connection', 'SHOULD', 'RFC 9112 §9.6', CLOSE),
  {
    code: 413,
    header: 'Retry-After',
    requirement: 'SHOULD',
    section: 'RFC 9110 §15.5.14',
    quote:
      'If the condition is temporary, the server SHOULD generate a Retry-After header field to indicate that it is temporary',
  },
  {
    code: 415,
    header: 'Accept',
    requirement: null,
    section: 'RFC 9110 §15.5.16',
    quote:
      'if the cause was an unsupported media type, the Accept response header field can be used to indicate which media types would have been accepted in the request',
  },
  {
    code: 415,
    header: 'Accept-Encoding',
    requirement: null,
    section: 'RFC 9110 §15.5.16',
    quote:
      'If the problem was caused by an unsupported content coding, the Accept-Encoding response header field ought to be used to indicate which (if any) content codings would have been accepted',
  },
  {
    code: 415,
    header: 'Accept-Patch',
    requirement: 'SHOULD',
    section: 'RFC 5789 §2.2',
    quote:
      'Such a response SHOULD include an Accept-Patch response header as described in Section 3.1 to notify the client what patch document media types are supported.',
  },
  // Not an RFC's header: W3C Linked Data Platform 1.0 §7.1.2 defines it, for OPTIONS responses.
  {
    code: 415,
    header: 'Accept-Post',
    requirement: null,
    section: null,
    quote:
      'The Accept-Post HTTP header SHOULD appear in the OPTIONS response for any resource that supports the use of the POST method.',
  },
  {
    code: 416,
    header: 'Content-Range',
    requirement: 'SHOULD',
    section: 'RFC 9110 §15.5.17',
    quote:
      'A server that generates a 416 response to a byte-range request SHOULD generate a Content-Range header field specifying the current length of the selected representation',
  },
  {
    code: 426,
    header: 'Upgrade',
    requirement: 'MUST',
    section: 'RFC 9110 §15.5.22',
    quote:
      'The server MUST send an Upgrade header field in a 426 response to indicate the required protocol(s)',
  },
  {
    code: 429,
    header: 'Retry-After',
    requirement: 'MAY',
    section: 'RFC 6585 §4',
    quote:
      'The response representations SHOULD include details explaining the condition, and MAY include a Retry-After header indicating how long to wait before making a new request.',
  },
  {
    code: 451,
    header: 'Link',
    requirement: 'SHOULD',
    section: 'RFC 7725 §4',
    quote:
      'When an entity blocks access to a resource and returns status 451, it SHOULD include a "Link" HTTP header field whose value is a URI reference identifying itself.',
  },
  {
    code: 503,
    header: 'Retry-After',
    requirement: 'MAY',
    section: 'RFC 9110 §15.6.4',
    quote:
      'The server MAY send a Retry-After header field to suggest an appropriate amount of time for the client to wait before retrying the request.',
  },
  {
    code: 511,
    header: 'Cache-Control',
    requirement: null,
    section: 'RFC 6585 §6',
    quote: 'Responses with the 511 status code MUST NOT be stored by a cache.',
  },
  ...same([520, 521, 522, 523, 524, 525, 526, 527, 530], 'CF-Ray', null, null, RAY_ID),
];
