/** Findings as people read them (path:line:col: rule message) and as scripts read them (JSON). */
import { createLineIndex, type Finding } from '../../core/check/findings';

export interface LocatedFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  message: string;
  replacement: string | null;
}

export function locate(
  display: string,
  source: string,
  findings: readonly Finding[],
): LocatedFinding[] {
  const at = createLineIndex(source);
  return findings.map((f) => {
    const start = at(f.start);
    const end = at(f.end);
    return {
      path: display,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      rule: f.rule,
      message: f.message,
      replacement: f.replacement,
    };
  });
}

const paint = (color: boolean, code: string, text: string) =>
  color ? `\u001b[${code}m${text}\u001b[0m` : text;

export function textLine(f: LocatedFinding, color: boolean): string {
  const where = paint(color, '1', `${f.path}:${f.line}:${f.column}:`);
  const fixable = f.replacement !== null ? paint(color, '2', ' [fixable]') : '';
  return `${where} ${paint(color, '31', f.rule)} ${f.message}${fixable}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(
  remaining: readonly LocatedFinding[],
  checked: number,
  fixed: number,
): string {
  const files = new Set(remaining.map((f) => f.path)).size;
  const fixedPart = fixed ? `Fixed ${plural(fixed, 'finding')}. ` : '';
  if (!remaining.length)
    return `${fixedPart}No findings left in ${plural(checked, 'file')} checked.`;
  const fixable = remaining.filter((f) => f.replacement !== null).length;
  return `${fixedPart}${plural(remaining.length, 'finding')} in ${plural(files, 'file')} (${checked} checked)${
    fixable ? `; ${fixable} fixable with --fix` : ''
  }.`;
}
