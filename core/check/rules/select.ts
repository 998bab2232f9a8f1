/**
 * Which rules run: a rule is named by its id or its name (`ST003`, `bare-status`), `ALL` names
 * every rule. As in ruff, `select` replaces the default set, `extend-select` adds to it, and
 * `ignore` takes away last.
 */
import { DEFAULT_RULES, RULES, type Rule } from './index';

export function findRule(reference: string): Rule | null {
  const wanted = reference.trim().toLowerCase();
  return RULES.find((r) => r.id.toLowerCase() === wanted || r.name === wanted) ?? null;
}

export interface RuleSelection {
  select?: readonly string[];
  extendSelect?: readonly string[];
  ignore?: readonly string[];
}

/** The references that name no rule, for a message that lists them. */
export function unknownRules(references: readonly string[]): string[] {
  return references.filter((r) => r.trim().toUpperCase() !== 'ALL' && !findRule(r));
}

function expand(references: readonly string[]): Rule[] {
  return references.flatMap((r) => (r.trim().toUpperCase() === 'ALL' ? RULES : [findRule(r)!]));
}

/** The rules a selection leaves, in id order; unknown references are ignored (check them first). */
export function selectRules(...layers: readonly RuleSelection[]): Rule[] {
  let chosen = new Set<Rule>(DEFAULT_RULES);
  for (const layer of layers) {
    if (layer.select) chosen = new Set(expand(unknownFree(layer.select)));
    for (const rule of expand(unknownFree(layer.extendSelect ?? []))) chosen.add(rule);
    for (const rule of expand(unknownFree(layer.ignore ?? []))) chosen.delete(rule);
  }
  return RULES.filter((r) => chosen.has(r));
}

const unknownFree = (references: readonly string[]) =>
  references.filter((r) => !unknownRules([r]).length);

/** The list people read in messages: "ST001 (deprecated-name), ST002 (missing-name), …". */
export const RULE_LIST = RULES.map((r) => `${r.id} (${r.name})`).join(', ');
