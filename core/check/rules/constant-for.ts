/** The finding for a bare status number that has a constant: what to write, and whether --fix can. */
import type { Finding } from '../findings';
import { preferredName } from '../names';
import type { SyntaxNode } from '../python';
import type { StatusKind } from '../status-sites';
import type { RuleContext } from './rule';

export function constantFinding(
  node: SyntaxNode,
  code: number,
  kind: StatusKind,
  { file, target, access }: RuleContext,
  rule: string,
  what: string,
): Finding | null {
  const name = preferredName(code, kind, target);
  // Codes without a Starlette name are ST006's question.
  if (!name) return null;
  // An import is only added to a file the parser read whole.
  const reachable =
    access.prefix !== '' && (access.importStatement === null || file.firstError === null);
  const constant = `${access.prefix || 'status'}.${name.name}`;
  return {
    rule,
    start: node.startIndex,
    end: node.endIndex,
    message: `${what} ${code}: use ${constant}`,
    replacement: reachable ? constant : null,
    needsStatusImport: access.importStatement !== null,
  };
}
