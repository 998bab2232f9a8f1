/**
 * A pyproject.toml's `exclude` patterns: gitignore's globs (the `ignore` package, as for
 * .gitignore), relative to the folder of the pyproject.toml. A pattern naming a folder leaves out
 * everything in it. Files given by name are left out too, so pre-commit, which names each file,
 * honours them.
 */
import ignore, { type Ignore } from 'ignore';
import { relative, sep } from 'node:path';
import type { FoundConfig } from '../../core/check/config';

export function createExcluder(): (found: FoundConfig, path: string) => boolean {
  const matchers = new Map<FoundConfig, Ignore | null>();
  return (found, path) => {
    let matcher = matchers.get(found);
    if (matcher === undefined) {
      matcher = found.config.exclude.length ? ignore().add(found.config.exclude) : null;
      matchers.set(found, matcher);
    }
    if (!matcher) return false;
    const rel = relative(found.dir, path).split(sep).join('/');
    return rel !== '' && !rel.startsWith('..') && matcher.ignores(rel);
  };
}
