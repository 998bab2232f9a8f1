/**
 * ST007 (off by default): a bare number compared with a `.status_code`, as tests do:
 * `assert response.status_code == 200`, `r.status_code in (200, 201)`.
 */
import type { SyntaxNode } from '../python';
import { integerValue } from '../status-sites';
import { constantFinding } from './constant-for';
import type { Rule } from './rule';

const isStatusCode = (node: SyntaxNode) =>
  node.type === 'attribute' && node.childForFieldName('attribute')?.text === 'status_code';

/** The integer literals on the other side: the number itself, or the members of a tuple, list or set. */
function numbersIn(node: SyntaxNode): SyntaxNode[] {
  if (node.type === 'integer') return [node];
  if (
    node.type === 'tuple' ||
    node.type === 'list' ||
    node.type === 'set' ||
    node.type === 'parenthesized_expression'
  )
    return node.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type === 'integer');
  return [];
}

export const statusComparison: Rule = {
  id: 'ST007',
  name: 'status-comparison',
  summary: 'a bare number compared with .status_code, as in tests (off by default)',
  onByDefault: false,
  check(context) {
    return context.file.comparisons.flatMap((comparison) => {
      const operands = comparison.namedChildren.filter((c): c is SyntaxNode => c !== null);
      // `a == b == c` chains: each neighbouring pair is one comparison.
      const numbers: SyntaxNode[] = [];
      for (let i = 0; i + 1 < operands.length; i++) {
        const [left, right] = [operands[i]!, operands[i + 1]!];
        if (isStatusCode(left)) numbers.push(...numbersIn(right));
        else if (isStatusCode(right)) numbers.push(...numbersIn(left));
      }
      return numbers.flatMap((node) => {
        const code = integerValue(node);
        const found =
          code === null
            ? null
            : constantFinding(node, code, 'http', context, this.id, 'status compared as a number');
        return found ? [found] : [];
      });
    });
  },
};
