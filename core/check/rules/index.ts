/** Every rule, in the order their ids run. */
import { bareStatus } from './bare-status';
import { deprecatedName } from './deprecated-name';
import { missingName } from './missing-name';
import type { Rule } from './rule';

export type { Rule, RuleContext } from './rule';

export const RULES: readonly Rule[] = [deprecatedName, missingName, bareStatus];
