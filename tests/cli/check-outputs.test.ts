import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubLine } from '../../cli/check/github';
import type { LocatedFinding } from '../../cli/check/report';
import { README_URL, ruleAnchor } from '../../cli/check/sarif';
import { RULES } from '../../core/check/rules';
import { check, project } from './check-env';

const ROOT = new URL('../..', import.meta.url).pathname;

/** The official SARIF 2.1.0 schema (JSON Schema draft-04; see tests/fixtures/sarif/README.md). */
function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'),
  ) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const APP = [
  'from fastapi import FastAPI, HTTPException',
  'from fastapi.responses import Response',
  'app = FastAPI()',
  'raise HTTPException(404)',
  'Response(content="gone", status_code=204)',
  'x = "ü"; raise HTTPException(418)',
  '',
].join('\n');

describe('--output-format sarif', () => {
  it('writes a SARIF 2.1.0 log that the official schema accepts, with rules and regions', async () => {
    const dir = project({ 'app/main.py': APP, 'app/dir with space/x.py': APP });
    const run = await check(dir, ['--output-format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.out) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string; shortDescription: object }[] } };
        columnKind: string;
        results: {
          ruleId: string;
          ruleIndex: number;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> };
          }[];
        }[];
      }[];
    };
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const [sarifRun] = log.runs;
    const { rules } = sarifRun!.tool.driver;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules[3]).toMatchObject({
      id: 'ST004',
      shortDescription: { text: RULES[3]!.summary },
      helpUri: `${README_URL}#st004-body-not-allowed`,
    });
    expect(sarifRun!.columnKind).toBe('unicodeCodePoints');
    const results = sarifRun!.results;
    const perFile = ['ST003', 'ST004', 'ST003', 'ST003'];
    expect(results.map((r) => r.ruleId)).toEqual([...perFile, ...perFile]);
    for (const result of results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const spaced = results.find((r) =>
      r.locations[0]!.physicalLocation.artifactLocation.uri.includes('dir%20with%20space'),
    );
    expect(spaced?.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'app/dir%20with%20space/x.py',
    );
    // `x = "ü"; raise HTTPException(418)`: columns in code points, end exclusive.
    const last = results.find((r) => r.locations[0]!.physicalLocation.region.startLine === 6)!;
    expect(last.locations[0]!.physicalLocation.region).toEqual({
      startLine: 6,
      startColumn: 30,
      endLine: 6,
      endColumn: 33,
    });
  });
  it('is still a valid log when nothing is found', async () => {
    const run = await check(project({ 'a.py': 'print(1)\n' }), ['--output-format', 'sarif']);
    expect(run.code).toBe(0);
    expect(sarifValidator()(JSON.parse(run.out))).toBe(true);
  });
  it('points every rule at its heading in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const anchors = new Set(
      [...readme.matchAll(/^#{2,6} (.+)$/gm)].map((m) =>
        m[1]!
          .trim()
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replaceAll(' ', '-'),
      ),
    );
    for (const rule of RULES) expect(anchors, rule.id).toContain(ruleAnchor(rule));
  });
});

describe('--output-format github', () => {
  const finding: LocatedFinding = {
    path: 'app/a,b:c.py',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    rule: 'ST003',
    message: 'bare status 100%: use\r\nthis, or: that',
    replacement: null,
  };
  it('writes one workflow command per finding, escaped as the runner reads them', () => {
    expect(githubLine(finding, 'bare-status')).toBe(
      '::warning file=app/a%2Cb%3Ac.py,line=3,col=5,endLine=3,endColumn=9,title=ST003 bare-status::bare status 100%25: use%0D%0Athis, or: that',
    );
  });
  it('prints the commands on stdout and the summary on stderr', async () => {
    const run = await check(project({ 'a.py': APP }), ['--output-format', 'github']);
    expect(run.code).toBe(1);
    const lines = run.out.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '::warning file=a.py,line=4,col=21,endLine=4,endColumn=24,title=ST003 bare-status::bare status 404: use status.HTTP_404_NOT_FOUND',
    );
    expect(lines[1]).toMatch(
      /^::warning file=a\.py,line=5,col=18,.*title=ST004 body-not-allowed::a 204 No Content response has no content/,
    );
    expect(run.err).toContain('4 findings in 1 file');
  });
});

describe('configuration in pyproject.toml', () => {
  const PY =
    'from fastapi import HTTPException\nraise HTTPException(422)\nraise HTTPException(499)\nassert r.status_code == 200\n';
  it('applies the nearest [tool.status-palette] to each file: rules, version, exclude', async () => {
    const dir = project({
      'pyproject.toml':
        '[tool.status-palette]\nextend-select = ["status-comparison"]\nignore = ["ST006"]\nexclude = ["migrations", "generated_*.py"]\nstarlette = "0.47"\n',
      'app/main.py': PY,
      'app/migrations/0001.py': PY,
      'app/generated_models.py': PY,
      'svc/pyproject.toml': '[project]\nname = "svc"\n',
      'svc/main.py': PY,
      'other/pyproject.toml': '[tool.status-palette]\nselect = ["ST006"]\n',
      'other/main.py': PY,
    });
    const run = await check(dir, ['--json']);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.out) as LocatedFinding[]).map(
      (f) => `${f.path} ${f.rule} ${f.message.split(':')[0]}`,
    );
    expect(found).toEqual([
      'app/main.py ST003 bare status 422',
      'app/main.py ST007 status compared as a number 200',
      'other/main.py ST006 499 has no name in fastapi.status',
      'svc/main.py ST003 bare status 422',
      'svc/main.py ST007 status compared as a number 200',
    ]);
    // Starlette 0.47 (from the config) has only the old name for 422.
    expect(run.out).toContain('HTTP_422_UNPROCESSABLE_ENTITY');
    expect(run.err).toContain(
      'Starlette 0.47.0 for 2 files: set in [tool.status-palette] in pyproject.toml',
    );
  });
  it('leaves out excluded files even when they are named, as pre-commit names them', async () => {
    const dir = project({
      'pyproject.toml': '[tool.status-palette]\nexclude = ["migrations/"]\n',
      'migrations/0001.py': PY,
    });
    const run = await check(dir, ['migrations/0001.py']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('No findings left in 0 files checked.');
  });
  it('lets the command line override the rules', async () => {
    const dir = project({
      'pyproject.toml': '[tool.status-palette]\nselect = ["ST006"]\n',
      'a.py': PY,
    });
    const run = await check(dir, ['--json', '--select', 'ST003,ST007', '--ignore', 'ST007']);
    expect((JSON.parse(run.out) as LocatedFinding[]).map((f) => f.rule)).toEqual(['ST003']);
    const bad = await check(dir, ['--select', 'ST3']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"ST3" is not a rule');
  });
  it('stops with a clear message, before reading any file, when a configuration is broken', async () => {
    const dir = project({
      'pyproject.toml': '[tool.status-palette]\nselect = ["ST001"]\n',
      'a.py': PY,
      'pkg/pyproject.toml': '[tool.status-palette]\nignore = ["nope"]\n',
      'pkg/b.py': PY,
      'pkg/c.py': PY,
      'bad/pyproject.toml': '[tool.status-palette\n',
      'bad/d.py': PY,
    });
    const run = await check(dir, ['--fix']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.split('\n')).toEqual([
      expect.stringMatching(
        /^status-palette check: bad\/pyproject\.toml: does not parse at line 1, column \d+: /,
      ),
      'status-palette check: pkg/pyproject.toml: [tool.status-palette] ignore: "nope" is not a rule (rules: ST001 (deprecated-name), ST002 (missing-name), ST003 (bare-status), ST004 (body-not-allowed), ST005 (unsendable-close-code), ST006 (unnamed-status), ST007 (status-comparison), or ALL)',
    ]);
    expect(readFileSync(join(dir, 'pkg/b.py'), 'utf8')).toBe(PY);
  });
});
