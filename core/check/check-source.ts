/** Checking one file's text, and mending it: the whole of what a rule run means for a file. */
import type { StarletteTarget } from '../project/starlette-version';
import type { Finding } from './findings';
import type { PythonParser, SyntaxNode } from './python';
import { statusNameUses } from './name-uses';
import { DEFAULT_RULES, type Rule } from './rules';
import { analyze, type SourceFile } from './source-file';
import { statusAccess, type StatusAccess } from './status-access';
import { statusSites } from './status-sites';
import { isSuppressed, readSuppressions, type SuppressionProblem } from './suppressions';

export interface SourceCheck {
  source: string;
  access: StatusAccess;
  /** Where an added import line goes. */
  importAt: number;
  /** Sorted by position; without those a `# status-palette: ignore` comment silences. */
  findings: Finding[];
  /** Suppression comments written wrong (an unknown rule), for a note. */
  suppressionProblems: SuppressionProblem[];
  /** Offset of the first part the parser could not read, or null. */
  syntaxError: number | null;
}

export function checkSource(
  parser: PythonParser,
  source: string,
  target: StarletteTarget,
  rules: readonly Rule[] = DEFAULT_RULES,
): SourceCheck {
  const tree = parser.parse(source);
  try {
    const file = analyze(source, tree);
    const access = statusAccess(file);
    const context = {
      file,
      target,
      access,
      sites: statusSites(file),
      nameUses: statusNameUses(file),
    };
    const { suppressions, problems } = readSuppressions(source, file.comments);
    const findings = rules
      .flatMap((rule) => rule.check(context))
      .filter((finding) => !isSuppressed(source, finding, suppressions))
      .sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
    return {
      source,
      access,
      importAt: importOffset(file),
      findings,
      suppressionProblems: problems,
      syntaxError: file.firstError ? (file.firstError as SyntaxNode).startIndex : null,
    };
  } finally {
    tree.delete();
  }
}

function isDocstring(node: SyntaxNode): boolean {
  return (
    node.type === 'expression_statement' &&
    node.namedChildCount === 1 &&
    node.namedChild(0)?.type === 'string'
  );
}

function isFutureImport(node: SyntaxNode): boolean {
  return node.type === 'future_import_statement';
}

/** Where a new import line goes: before the first statement after comments, docstring and __future__. */
function importOffset(file: SourceFile): number {
  const { source } = file;
  const children = file.tree.rootNode.namedChildren.filter((n): n is SyntaxNode => n !== null);
  const first = children.find((n) => n.type !== 'comment' && !isDocstring(n) && !isFutureImport(n));
  if (!first) return source.length;
  return source.lastIndexOf('\n', first.startIndex - 1) + 1;
}

/**
 * The text with every finding that has a replacement written over its span, and the status import
 * added where a replacement needs one. Every other character stays as it was.
 */
export function applyFixes(check: SourceCheck): { text: string; fixed: Finding[] } {
  const { source, access } = check;
  const fixed = check.findings.filter((f) => f.replacement !== null);
  if (!fixed.length) return { text: source, fixed };
  const edits = fixed.map((f) => ({ start: f.start, end: f.end, text: f.replacement! }));
  if (access.importStatement && fixed.some((f) => f.needsStatusImport)) {
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    const at = check.importAt;
    const before = at === source.length && at > 0 && !source.endsWith('\n') ? eol : '';
    edits.push({ start: at, end: at, text: `${before}${access.importStatement}${eol}` });
  }
  // Back to front, so earlier offsets stay valid; the tree's spans never overlap.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let text = source;
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return { text, fixed };
}
