/** ST001: a constant the project's newest allowed Starlette deprecates (it warns at start-up). */
import { judgeName } from '../names';
import type { Rule } from './rule';

export const deprecatedName: Rule = {
  id: 'ST001',
  name: 'deprecated-name',
  summary: 'a status constant that the Starlette version deprecates, with its replacement',
  onByDefault: true,
  check({ nameUses, target }) {
    return nameUses.flatMap(({ node, name, blocked }) => {
      const judgement = judgeName(name, target);
      if (judgement.kind !== 'deprecated') return [];
      const { replacement } = judgement;
      const valueNote =
        replacement.value !== name.value
          ? ` (its value was ${name.value}; the replacement's is ${replacement.value})`
          : '';
      return [
        {
          rule: this.id,
          start: node.startIndex,
          end: node.endIndex,
          message: `${name.name} is deprecated since Starlette ${judgement.since}; use ${replacement.name}${valueNote}${blocked ? ` (${blocked})` : ''}`,
          replacement: blocked ? null : replacement.name,
          needsStatusImport: false,
        },
      ];
    });
  },
};
