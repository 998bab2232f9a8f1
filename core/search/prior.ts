/**
 * How often APIs send each status, in three bands: a tie-breaker and a small nudge, so that
 * "internal error" or "too large" offer the status people mean most often first. Judgement of
 * common API practice (FastAPI's docs and tutorials use these codes), not measured traffic.
 */
const COMMON = [200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];
const FREQUENT = [
  202, 206, 301, 302, 303, 304, 307, 308, 405, 406, 408, 410, 412, 413, 415, 1000, 1001, 1008, 1011,
];

export function priorOf(code: number): number {
  if (COMMON.includes(code)) return 2;
  if (FREQUENT.includes(code)) return 1;
  return 0;
}
