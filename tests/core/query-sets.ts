/** Reads the query sets: `query<TAB>code[,code...]`, with `#` comments. */
import { existsSync, readFileSync } from 'node:fs';

export interface LabelledQuery {
  query: string;
  expected: number[];
}

export function readQuerySet(path: string): LabelledQuery[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query, expected] = line.split('\t');
      if (query === undefined || expected === undefined)
        throw new Error(`${path}: no tab in "${line}"`);
      // A literal `\n` stands for a line break: pasted texts span lines, a set's line does not.
      return {
        query: query.replaceAll('\\n', '\n'),
        expected: expected.split(',').map((c) => Number(c.trim())),
      };
    });
}

const here = (p: string) => new URL(p, import.meta.url).pathname;

/**
 * The examples live in ../shared/search-examples.tsv beside the repo (CI has it there); the
 * committed copy in tests/fixtures stands in when the repo is used on its own.
 */
export function examplesPath(): string {
  const shared = here('../../../shared/search-examples.tsv');
  return existsSync(shared) ? shared : here('../fixtures/search-examples.tsv');
}

export const devQueriesPath = () => here('./queries-dev.tsv');
export const holdoutQueriesPath = () => here('./queries-holdout.tsv');
export const pastedQueriesPath = () => here('./queries-pasted.tsv');
export const pastedHoldoutQueriesPath = () => here('./queries-pasted-holdout.tsv');
