/** Top-1 and top-3 of an engine over a labelled query set, and how long the pass took. */
import type { LabelledQuery } from '../tests/core/query-sets';
import type { Engine } from './engines';

export interface Quality {
  top1: number;
  top3: number;
  ms: number;
}

export function quality(engine: Engine, set: LabelledQuery[]): Quality {
  const start = performance.now();
  let top1 = 0;
  let top3 = 0;
  for (const { query, expected } of set) {
    const codes = engine.run(query);
    if (codes[0] !== undefined && expected.includes(codes[0])) top1++;
    if (codes.slice(0, 3).some((c) => expected.includes(c))) top3++;
  }
  return { top1: top1 / set.length, top3: top3 / set.length, ms: performance.now() - start };
}
