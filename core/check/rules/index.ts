/** Every rule, in the order of their ids. */
import { bareStatus } from './bare-status';
import { bodyNotAllowed } from './body-not-allowed';
import { deprecatedName } from './deprecated-name';
import { missingName } from './missing-name';
import type { Rule } from './rule';
import { statusComparison } from './status-comparison';
import { unnamedStatus } from './unnamed-status';
import { unsendableCloseCode } from './unsendable-close-code';

export type { Rule, RuleContext } from './rule';

export const RULES: readonly Rule[] = [
  deprecatedName,
  missingName,
  bareStatus,
  bodyNotAllowed,
  unsendableCloseCode,
  unnamedStatus,
  statusComparison,
];

/** The rules that run unless a configuration says otherwise. */
export const DEFAULT_RULES: readonly Rule[] = RULES.filter((r) => r.onByDefault);
