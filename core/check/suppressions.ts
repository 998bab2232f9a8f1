/**
 * `# status-palette: ignore` and `# status-palette: ignore[ST003, bare-status]` comments: read from
 * the syntax tree's comment nodes (a `#` inside a string is never one), each applying to findings
 * that start on its line.
 */
import type { Finding } from './findings';
import { findRule } from './rules/select';
import type { SyntaxNode } from './python';

const MARK = 'status-palette:';

export interface Suppression {
  /** Offset of the first character of the comment's line. */
  lineStart: number;
  /** Rule ids it silences; null: every rule. */
  rules: Set<string> | null;
}

export interface SuppressionProblem {
  offset: number;
  message: string;
}

const lineStartOf = (source: string, offset: number) => source.lastIndexOf('\n', offset - 1) + 1;

/** The directive in one comment's text, or a problem where it is written wrong. */
function parseDirective(text: string): { rules: Set<string> | null } | { problem: string } | null {
  const at = text.indexOf(MARK);
  if (at < 0) return null;
  const rest = text.slice(at + MARK.length).trimStart();
  if (!rest.startsWith('ignore'))
    return { problem: `"${MARK}" must be followed by ignore or ignore[RULE, ...]` };
  const after = rest.slice('ignore'.length);
  if (!after.startsWith('[')) {
    // `ignore` ends at the end of the comment, at a space, or before another tool's `# noqa`.
    return after === '' || /^[\s#]/.test(after)
      ? { rules: null }
      : { problem: `"${MARK} ${rest.split(/\s/)[0]}" is not ignore or ignore[RULE, ...]` };
  }
  const close = after.indexOf(']');
  if (close < 0) return { problem: `"${MARK} ignore[" has no closing ]` };
  const rules = new Set<string>();
  for (const reference of after.slice(1, close).split(',')) {
    if (!reference.trim()) continue;
    const rule = findRule(reference);
    if (!rule) return { problem: `"${reference.trim()}" in ${MARK} ignore[...] is not a rule` };
    rules.add(rule.id);
  }
  return rules.size ? { rules } : { problem: `${MARK} ignore[] names no rule` };
}

export function readSuppressions(
  source: string,
  comments: readonly SyntaxNode[],
): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  for (const comment of comments) {
    const directive = parseDirective(comment.text);
    if (!directive) continue;
    if ('problem' in directive)
      problems.push({ offset: comment.startIndex, message: directive.problem });
    else
      suppressions.push({
        lineStart: lineStartOf(source, comment.startIndex),
        rules: directive.rules,
      });
  }
  return { suppressions, problems };
}

export function isSuppressed(
  source: string,
  finding: Finding,
  suppressions: readonly Suppression[],
): boolean {
  if (!suppressions.length) return false;
  const lineStart = lineStartOf(source, finding.start);
  return suppressions.some(
    (s) => s.lineStart === lineStart && (s.rules === null || s.rules.has(finding.rule)),
  );
}
