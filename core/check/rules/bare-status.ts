/**
 * ST003: a bare number where FastAPI or Starlette take a status (see status-sites.ts), with the
 * constant to write. Comparisons are not arguments or assignments: ST007 is theirs.
 */
import { integerValue } from '../status-sites';
import { constantFinding } from './constant-for';
import type { Rule } from './rule';

export const bareStatus: Rule = {
  id: 'ST003',
  name: 'bare-status',
  summary: 'a bare number where FastAPI or Starlette take a status, with the constant to write',
  onByDefault: true,
  check(context) {
    return context.sites.flatMap((site) => {
      const code = integerValue(site.node);
      const found =
        code === null
          ? null
          : constantFinding(site.node, code, site.kind, context, this.id, 'bare status');
      return found ? [found] : [];
    });
  },
};
