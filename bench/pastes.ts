/** The 4 KB pastes bench:search times: the pasted texts one after another, cut at 4 096 characters, from several starts. */
import {
  pastedHoldoutQueriesPath,
  pastedQueriesPath,
  readQuerySet,
} from '../tests/core/query-sets';

export function fourKbPastes(count = 20): string[] {
  const texts = [
    ...readQuerySet(pastedQueriesPath()),
    ...readQuerySet(pastedHoldoutQueriesPath()),
  ].map((q) => q.query);
  return Array.from({ length: count }, (_, k) => {
    let paste = '';
    for (let i = k; paste.length < 4096; i++) paste += `${texts[i % texts.length]!}\n`;
    return paste.slice(0, 4096);
  });
}
