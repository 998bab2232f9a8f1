/**
 * Where IANA's record of a code says something its Starlette constant does not.
 * Facts: IANA HTTP Status Code Registry (2025-09-15) with RFC 9110 §15.4.6, §15.4.7, §15.5.19 and
 * RFC 7231 Appendix B (why 305 was deprecated);
 * IANA WebSocket Close Code Number Registry (2026-06-10). Words: ours.
 */
export const IANA_NOTES: Readonly<Record<number, string>> = {
  305: 'IANA still lists 305 Use Proxy, but RFC 9110 §15.4.6 calls it deprecated; RFC 7231 Appendix B gives the reason, security concerns regarding in-band configuration of a proxy. Clients ignore it.',
  306: 'IANA lists 306 as (Unused) (RFC 9110 §15.4.7): it was Switch Proxy in an old draft and is only reserved. Starlette still defines HTTP_306_RESERVED.',
  418: "IANA lists 418 as (Unused) (RFC 9110 §15.5.19): it is reserved because the April Fools' HTCPCP teapot code is widely deployed. Starlette defines HTTP_418_IM_A_TEAPOT anyway.",
  510: "IANA marks 510 Not Extended as obsoleted: RFC 2774's extension framework was moved to Historic. Starlette still defines HTTP_510_NOT_EXTENDED.",
  1014: "IANA's record gives 1014 no short name, only a sentence: the server acted as a gateway or proxy and got an invalid response upstream, like HTTP 502. The phrase shown is Starlette's WS_1014_BAD_GATEWAY.",
};
