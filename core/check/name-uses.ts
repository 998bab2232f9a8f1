/**
 * Every place a file names a starlette.status constant: `status.X`, `starlette.status.X`,
 * `fastapi.status.X`, `from starlette.status import X [as Y]`, and each use of an imported `X`.
 * Compatibility guards (hasattr, getattr with a default, try/except) are left out.
 */
import { STATUS_NAMES, type StatusName } from './names';
import type { SyntaxNode } from './python';
import { STATUS_MODULES, type FromImport, type SourceFile } from './source-file';

export interface NameUse {
  /** The span that holds the constant's name (and nothing else). */
  node: SyntaxNode;
  name: StatusName;
  how: 'attribute' | 'import' | 'imported-name';
  /** Why --fix cannot rename it, or null. */
  blocked: string | null;
}

function isInsideImport(node: SyntaxNode): boolean {
  for (let up = node.parent; up; up = up.parent) {
    if (up.type === 'import_from_statement' || up.type === 'import_statement') return true;
    if (up.type === 'module' || up.type === 'block') return false;
  }
  return false;
}

function isPlainUse(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.id === node.id)
    return false;
  if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id)
    return false;
  return !isInsideImport(node);
}

const fromStatusModule = (item: FromImport) =>
  (STATUS_MODULES as readonly string[]).includes(item.module);

export function statusNameUses(file: SourceFile): NameUse[] {
  const uses: NameUse[] = [];
  for (const attribute of file.attributes) {
    const nameNode = attribute.childForFieldName('attribute');
    const object = attribute.childForFieldName('object');
    const name = nameNode && STATUS_NAMES.get(nameNode.text);
    if (!name || !object || !file.isStatusModule(object) || file.isGuarded(attribute)) continue;
    uses.push({ node: nameNode, name, how: 'attribute', blocked: null });
  }
  const imports = file.fromImports.filter(fromStatusModule);
  const guardedLocals = new Set(imports.filter((i) => i.guarded).map((i) => i.local));
  for (const item of imports) {
    const name = STATUS_NAMES.get(item.name);
    if (!name || item.guarded) continue;
    // With `as`, the file's own name stays; without, every use is renamed with the import,
    // which cannot be done where an f-string reads the name (strings are never edited).
    const renamesUses = !item.aliased && !guardedLocals.has(item.local);
    const blocked =
      renamesUses && file.namesInStrings.has(item.local)
        ? `${item.local} is also read inside an f-string, which --fix does not edit`
        : null;
    uses.push({ node: item.nameNode, name, how: 'import', blocked });
    if (!renamesUses) continue;
    for (const node of file.identifiers.get(item.local) ?? []) {
      if (isPlainUse(node) && !file.isGuarded(node))
        uses.push({ node, name, how: 'imported-name', blocked });
    }
  }
  return uses;
}
