/**
 * One parsed Python file and what the rules ask of it: where positions are (in code points), how
 * the status module is reached, what was imported under which name, and which code is a
 * compatibility guard. Everything is read from the syntax tree; source text only by node span.
 */
import type { SyntaxNode, SyntaxTree } from './python';

export const STATUS_MODULES = ['starlette.status', 'fastapi.status'] as const;

export interface FromImport {
  /** The module imported from ("starlette.status", "fastapi.responses", ".models"). */
  module: string;
  /** The name as the module has it, and its node in the import statement. */
  name: string;
  nameNode: SyntaxNode;
  /** The name bound in this file (the alias, or the name itself). */
  local: string;
  aliased: boolean;
  guarded: boolean;
}

export interface SourceFile {
  source: string;
  tree: SyntaxTree;
  /** Local names bound to starlette.status / fastapi.status (`status`, `http_status`, ...). */
  statusModuleNames: Set<string>;
  /** Dotted roots imported whole (`import starlette`, `import fastapi.status`): "starlette", "fastapi". */
  importedPackages: Set<string>;
  fromImports: FromImport[];
  /** Every identifier node by its text, outside strings (for renames and free-name checks). */
  identifiers: Map<string, SyntaxNode[]>;
  /** Names read inside f-string interpolations, which --fix never edits. */
  namesInStrings: Set<string>;
  /** Nodes the rules look at, collected in the one walk (outside strings and broken parts). */
  calls: SyntaxNode[];
  attributes: SyntaxNode[];
  assignments: SyntaxNode[];
  comparisons: SyntaxNode[];
  /** Every comment, where suppressions are written. */
  comments: SyntaxNode[];
  /** Whether a node lies inside a compatibility guard (hasattr, getattr default, try/except). */
  isGuarded(node: SyntaxNode): boolean;
  /** Whether a node lies inside a part the parser could not read. */
  isBroken(node: SyntaxNode): boolean;
  /** Whether the expression refers to the status module. */
  isStatusModule(node: SyntaxNode): boolean;
  /** The first syntax error's node, or null. */
  firstError: SyntaxNode | null;
}

/** Depth-first over every node, skipping a subtree when `visit` returns false. */
export function walk(root: SyntaxNode, visit: (node: SyntaxNode) => boolean): void {
  const cursor = root.walk();
  let descend = visit(cursor.currentNode);
  for (;;) {
    if (descend && cursor.gotoFirstChild()) {
      descend = visit(cursor.currentNode);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return;
      }
    }
    descend = visit(cursor.currentNode);
  }
}

const STRING_TYPES = new Set(['string', 'concatenated_string', 'comment']);

function dottedText(node: SyntaxNode | null): string | null {
  if (!node) return null;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'dotted_name')
    return node.namedChildren.map((part) => part?.text ?? '').join('.');
  if (node.type === 'attribute') {
    const object = dottedText(node.childForFieldName('object'));
    const attribute = node.childForFieldName('attribute');
    return object && attribute ? `${object}.${attribute.text}` : null;
  }
  return null;
}

export { dottedText };

/** The names an `except` clause catches: `except AttributeError`, `except (A, B) as e`. */
function caughtNames(clause: SyntaxNode): string[] {
  const names: string[] = [];
  for (const child of clause.namedChildren) {
    if (!child || child.type === 'block') continue;
    walk(child, (node) => {
      if (node.type === 'identifier') names.push(node.text);
      return node.type !== 'block';
    });
  }
  return names;
}

function calleeName(call: SyntaxNode): string | null {
  const fn = call.childForFieldName('function');
  return fn?.type === 'identifier' ? fn.text : null;
}

function callArguments(call: SyntaxNode): SyntaxNode[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (n): n is SyntaxNode => n !== null && n.type !== 'comment',
  );
}

export { callArguments };

export function analyze(source: string, tree: SyntaxTree): SourceFile {
  const statusModuleNames = new Set<string>();
  const importedPackages = new Set<string>();
  const fromImports: FromImport[] = [];
  const identifiers = new Map<string, SyntaxNode[]>();
  const guardRanges: [number, number][] = [];
  const brokenRanges: [number, number][] = [];
  const guardCandidates: SyntaxNode[] = [];
  const calls: SyntaxNode[] = [];
  const attributes: SyntaxNode[] = [];
  const assignments: SyntaxNode[] = [];
  const comparisons: SyntaxNode[] = [];
  const comments: SyntaxNode[] = [];
  const namesInStrings = new Set<string>();
  let firstError: SyntaxNode | null = null;

  const insideAny = (ranges: [number, number][], node: SyntaxNode) =>
    ranges.some(([start, end]) => node.startIndex >= start && node.endIndex <= end);

  walk(tree.rootNode, (node) => {
    if (node.isError || node.isMissing) {
      firstError ??= node;
      brokenRanges.push([node.startIndex, node.endIndex]);
      return false;
    }
    if (STRING_TYPES.has(node.type)) {
      if (node.type === 'comment') comments.push(node);
      else if (node.type === 'string') {
        walk(node, (inner) => {
          if (inner.type === 'identifier') namesInStrings.add(inner.text);
          return true;
        });
      }
      return false;
    }
    switch (node.type) {
      case 'identifier': {
        const list = identifiers.get(node.text);
        if (list) list.push(node);
        else identifiers.set(node.text, [node]);
        break;
      }
      case 'attribute':
        attributes.push(node);
        break;
      case 'assignment':
        assignments.push(node);
        break;
      case 'comparison_operator':
        comparisons.push(node);
        break;
      case 'call':
        calls.push(node);
        guardCandidates.push(node);
        break;
      case 'import_statement':
      case 'import_from_statement':
      case 'if_statement':
      case 'conditional_expression':
      case 'try_statement':
        guardCandidates.push(node);
        break;
    }
    return true;
  });

  // Imports first: guards and module references depend on them.
  for (const node of guardCandidates) {
    if (node.type === 'import_statement') {
      for (const item of node.childrenForFieldName('name')) {
        const dotted = dottedText(
          item.type === 'aliased_import' ? item.childForFieldName('name') : item,
        );
        if (!dotted) continue;
        if (item.type === 'aliased_import') {
          const alias = item.childForFieldName('alias')?.text;
          if (alias && (STATUS_MODULES as readonly string[]).includes(dotted))
            statusModuleNames.add(alias);
        } else importedPackages.add(dotted.split('.')[0]!);
      }
    } else if (node.type === 'import_from_statement') {
      const moduleNode = node.childForFieldName('module_name');
      const module =
        moduleNode?.type === 'relative_import' ? moduleNode.text : dottedText(moduleNode);
      if (!module) continue;
      for (const item of node.childrenForFieldName('name')) {
        const aliased = item.type === 'aliased_import';
        const nameNode = aliased ? item.childForFieldName('name') : item;
        const name = dottedText(nameNode);
        const local = aliased ? item.childForFieldName('alias')?.text : name;
        if (!nameNode || !name || !local) continue;
        fromImports.push({ module, name, nameNode, local, aliased, guarded: false });
      }
    }
  }

  // `from fastapi import status` (unguarded or not, it names the module).
  for (const item of fromImports) {
    if ((item.module === 'fastapi' || item.module === 'starlette') && item.name === 'status')
      statusModuleNames.add(item.local);
  }

  const isStatusModule = (node: SyntaxNode): boolean => {
    const dotted = dottedText(node);
    if (!dotted) return false;
    if (node.type === 'identifier') return statusModuleNames.has(dotted);
    return (
      (STATUS_MODULES as readonly string[]).includes(dotted) &&
      importedPackages.has(dotted.split('.')[0]!)
    );
  };

  for (const node of guardCandidates) {
    if (node.type === 'try_statement') {
      const catches = node.namedChildren.some(
        (c) =>
          c?.type === 'except_clause' &&
          caughtNames(c).some(
            (n) => n === 'AttributeError' || n === 'ImportError' || n === 'ModuleNotFoundError',
          ),
      );
      if (catches) guardRanges.push([node.startIndex, node.endIndex]);
    } else if (node.type === 'call') {
      // getattr(status, "NEW_NAME", status.OLD_NAME): the default is the fallback on purpose.
      const args = callArguments(node);
      if (calleeName(node) === 'getattr' && args.length === 3 && isStatusModule(args[0]!))
        guardRanges.push([node.startIndex, node.endIndex]);
    } else if (node.type === 'if_statement' || node.type === 'conditional_expression') {
      let testsName = false;
      walk(node, (inner) => {
        if (inner.type === 'call' && calleeName(inner) === 'hasattr') {
          const first = callArguments(inner)[0];
          if (first && isStatusModule(first)) testsName = true;
        }
        return !testsName && !STRING_TYPES.has(inner.type);
      });
      if (testsName) guardRanges.push([node.startIndex, node.endIndex]);
    }
  }

  const isGuarded = (node: SyntaxNode) => insideAny(guardRanges, node);
  for (const item of fromImports) item.guarded = isGuarded(item.nameNode);

  return {
    source,
    tree,
    statusModuleNames,
    importedPackages,
    fromImports,
    identifiers,
    namesInStrings,
    calls,
    attributes,
    assignments,
    comparisons,
    comments,
    isGuarded,
    isBroken: (node) => insideAny(brokenRanges, node),
    isStatusModule,
    firstError,
  };
}
