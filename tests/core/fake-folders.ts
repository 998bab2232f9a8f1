import type { ProjectFolders } from '../../core/project/starlette-version';

/** A file system of folders written as { '/a/b': { 'uv.lock': '...' } }. */
export function folders(tree: Record<string, Record<string, string>>): ProjectFolders {
  return {
    list: (dir) => (tree[dir] ? Object.keys(tree[dir]) : null),
    read: (dir, name) => {
      const text = tree[dir]?.[name];
      return text === undefined ? { ok: false, message: `${name}: missing` } : { ok: true, text };
    },
    parent: (dir) => (dir === '/' ? null : dir.slice(0, dir.lastIndexOf('/')) || '/'),
  };
}
