/**
 * HTTP status codes that have their own MDN reference page
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/NNN).
 *
 * Source: the MDN content repository, read through the code-search index (not the live site):
 * - repo mdn/content, one page per code at files/en-us/web/http/reference/status/NNN/index.md;
 *   the index lists exactly the 61 folders below under files/en-us/web/http/reference/status/
 *   (page commits vary, e.g. 404 at 62972a2966afcfa1c88688bfbfc2f2f20b25819f);
 * - cross-checked against the landing page files/en-us/web/http/reference/status/index.md at
 *   commit 222e383acccbeaec3b0054919e0f8b08f76ff1d4, which links every one of them except 102.
 *   102 still has its own page (read at 38c183f6bb8d0c593f72946cb4fbd992da451aac, slug
 *   Web/HTTP/Reference/Status/102, marked deprecated), so it is included.
 * - 305 and 306 have no page: the landing page mentions them as plain text only.
 * The index keeps file versions from the repository's history, not one commit's tree, so a page
 * deleted since could still be listed; none of these looked deleted.
 */
export const MDN_STATUS_PAGES: readonly number[] = [
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
  307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416,
  417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506,
  507, 508, 510, 511,
];

const MDN_STATUS_BASE = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/';
const HAS_PAGE: ReadonlySet<number> = new Set(MDN_STATUS_PAGES);

/** The MDN reference page of an HTTP status, or null where MDN has none. */
export function mdnPageOf(code: number): string | null {
  return HAS_PAGE.has(code) ? `${MDN_STATUS_BASE}${code}` : null;
}
