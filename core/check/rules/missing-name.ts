/** ST002: a constant the project's Starlette does not have (an AttributeError or ImportError). */
import { judgeName } from '../names';
import type { Rule } from './rule';

export const missingName: Rule = {
  id: 'ST002',
  name: 'missing-name',
  summary: "a status constant that the project's Starlette does not have yet (or any more)",
  onByDefault: true,
  check({ nameUses, target }) {
    return nameUses.flatMap(({ node, name, blocked }) => {
      const judgement = judgeName(name, target);
      if (judgement.kind !== 'missing') return [];
      const advice = judgement.replacement
        ? `; use ${judgement.replacement.name}`
        : '; that version has no name for it';
      return [
        {
          rule: this.id,
          start: node.startIndex,
          end: node.endIndex,
          message: `${name.name} is not in Starlette ${target.label}: it ${judgement.why}${advice}${blocked ? ` (${blocked})` : ''}`,
          replacement: blocked ? null : (judgement.replacement?.name ?? null),
          needsStatusImport: false,
        },
      ];
    });
  },
};
