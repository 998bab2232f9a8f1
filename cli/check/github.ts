/**
 * Findings as GitHub Actions workflow commands (`::warning file=…,line=…::message`), which the
 * runner turns into annotations on the pull request. Escaping as the runner reads it
 * (actions/toolkit packages/core/src/command.ts): % CR LF in the message; also : and , in values.
 */
import type { LocatedFinding } from './report';

const escapeData = (text: string) =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function githubLine(f: LocatedFinding, ruleName: string): string {
  const properties = [
    ['file', f.path],
    ['line', String(f.line)],
    ['col', String(f.column)],
    ['endLine', String(f.endLine)],
    ['endColumn', String(f.endColumn)],
    ['title', `${f.rule} ${ruleName}`],
  ]
    .map(([key, value]) => `${key}=${escapeProperty(value!)}`)
    .join(',');
  return `::warning ${properties}::${escapeData(f.message)}`;
}
