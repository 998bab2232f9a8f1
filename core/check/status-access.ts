/**
 * How code written by --fix reaches the status module: the module the file already imports where
 * that name is safe, else a `from fastapi import status` (or starlette's, in a Starlette-only
 * file) under a name the file does not use for anything else.
 */
import type { SyntaxNode } from './python';
import type { SourceFile } from './source-file';

export interface StatusAccess {
  /** What goes before the constant's name: "status", "starlette.status", "http_status". */
  prefix: string;
  /** The import statement to add (without line ending), or null when the file has one. */
  importStatement: string | null;
}

const FALLBACK_NAMES = ['status', 'http_status', 'status_codes', 'fastapi_status'];

/** A part of an import statement that binds no name: `starlette` and `status` in `from starlette.status import X`. */
function bindsNothing(node: SyntaxNode): boolean {
  const dotted = node.parent;
  if (dotted?.type !== 'dotted_name') return false;
  const statement = dotted.parent;
  if (statement?.type === 'import_from_statement')
    return statement.childForFieldName('module_name')?.id === dotted.id;
  if (statement?.type === 'aliased_import') return true;
  if (statement?.type === 'import_statement') return dotted.namedChild(0)?.id !== node.id;
  return false;
}

function isImportPart(node: SyntaxNode): boolean {
  for (let up = node.parent; up; up = up.parent) {
    if (up.type === 'import_statement' || up.type === 'import_from_statement') return true;
    if (up.type.endsWith('_statement') || up.type === 'module') return false;
  }
  return false;
}

/**
 * Whether `name` means nothing in the file but, possibly, the status module: no assignment,
 * parameter, loop variable or other import binds it, and no code reads it as something else.
 */
export function isFreeForStatus(file: SourceFile, name: string): boolean {
  if (file.namesInStrings.has(name)) return false;
  for (const node of file.identifiers.get(name) ?? []) {
    const parent = node.parent;
    if (!parent || bindsNothing(node)) continue;
    // `x.status` and `f(status=...)` are not the name.
    if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.id === node.id)
      continue;
    if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id)
      continue;
    if (file.statusModuleNames.has(name)) {
      if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === node.id)
        continue;
      if (isImportPart(node)) continue;
    }
    return false;
  }
  return true;
}

/** Whether `name` is only ever the package: imported whole and read as `name.something`. */
function isOnlyThePackage(file: SourceFile, name: string): boolean {
  if (file.namesInStrings.has(name)) return false;
  return (file.identifiers.get(name) ?? []).every((node) => {
    const parent = node.parent;
    if (!parent || bindsNothing(node) || isImportPart(node)) return true;
    if (parent.type === 'attribute') return true;
    return parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id;
  });
}

export function statusAccess(file: SourceFile): StatusAccess {
  for (const name of file.statusModuleNames) {
    if (isFreeForStatus(file, name)) return { prefix: name, importStatement: null };
  }
  for (const module of ['fastapi', 'starlette']) {
    if (file.importedPackages.has(module) && isOnlyThePackage(file, module)) {
      // `import fastapi` alone does not load fastapi.status as an attribute: only reuse a whole import of it.
      const whole = file.identifiers
        .get(module)
        ?.some((n) => isImportPart(n) && n.parent?.text === `${module}.status`);
      if (whole) return { prefix: `${module}.status`, importStatement: null };
    }
  }
  const usesFastapi =
    file.importedPackages.has('fastapi') ||
    file.fromImports.some((i) => i.module.split('.')[0] === 'fastapi');
  const usesStarlette =
    file.importedPackages.has('starlette') ||
    file.fromImports.some((i) => i.module.split('.')[0] === 'starlette');
  const module = usesStarlette && !usesFastapi ? 'starlette' : 'fastapi';
  const name = FALLBACK_NAMES.find(
    (n) => isFreeForStatus(file, n) && !file.statusModuleNames.has(n),
  );
  if (!name) return { prefix: '', importStatement: null };
  return {
    prefix: name,
    importStatement:
      name === 'status'
        ? `from ${module} import status`
        : `from ${module} import status as ${name}`,
  };
}
