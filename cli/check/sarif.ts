/**
 * Findings as a SARIF 2.1.0 log, for GitHub code scanning: one run, the rules with their
 * metadata (id, name, short description, help URI into the README), each finding with its
 * region. Columns are code points, which the run says with `columnKind`.
 */
import { pathToFileURL } from 'node:url';
import { RULES, type Rule } from '../../core/check/rules';
import type { LocatedFinding } from './report';

/** The schema's own id (oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json). */
export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Where the README lives; each rule has a heading there ("ST003 bare-status" → #st003-bare-status). */
export const README_URL = 'https://github.com/status-palette/status-palette/blob/main/README.md';

export const ruleAnchor = (rule: Rule) => `${rule.id}-${rule.name}`.toLowerCase();

/** A path as a SARIF artifact URI: relative ones against the checked folder, with / and %-escapes. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
    return { uri: pathToFileURL(path).href };
  const uri = path.split(/[\\/]/).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: 'SRCROOT' };
}

export function sarifLog(
  findings: readonly LocatedFinding[],
  { version, cwd }: { version: string; cwd: string },
): object {
  const index = new Map(RULES.map((rule, i) => [rule.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'status-palette',
            version,
            informationUri: README_URL,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.summary },
              helpUri: `${README_URL}#${ruleAnchor(rule)}`,
              defaultConfiguration: { level: 'warning', enabled: rule.onByDefault },
            })),
          },
        },
        originalUriBaseIds: {
          SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href },
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: 'warning',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(f.path),
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  endLine: f.endLine,
                  endColumn: f.endColumn,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
