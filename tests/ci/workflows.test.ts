import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  missingScripts,
  parseWorkflow,
  runsElectronSuite,
  steps,
  unguardedElectronSteps,
  unpinnedActions,
  usesCount,
  type Workflow,
} from './workflow-rules';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, '.github/workflows');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const workflow = (name: string) => parseWorkflow(read(name));

describe('the rules catch a bad workflow', () => {
  const bad = `
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020
      - uses: "actions/cache@0123456789abcdef0123456789abcdef01234567" # v4.2.0
      - run: npm run -s no-such-script && npm run build
      - run: npm test
      - name: e2e
        run: npm run test:electron
        env:
          STATUS_PALETTE_REQUIRE_ELECTRON: 0
      - run: npm test -- --skip test:electron
`;
  const parsed = parseWorkflow(bad);

  it('flags a tag or a SHA without its version comment, and passes a quoted pinned one', () => {
    expect(unpinnedActions(bad)).toEqual([
      'actions/checkout@v4: not pinned by a 40-character commit SHA',
      'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020: no version comment (# vX.Y.Z) beside the SHA',
    ]);
  });

  it('flags npm run of a script package.json lacks', () => {
    expect(missingScripts(parsed, scripts)).toEqual([
      'test: "npm run -s no-such-script && npm run build" runs npm run no-such-script, not in package.json',
    ]);
  });

  it('flags every step that runs the e2e suite without requiring the binary', () => {
    expect(unguardedElectronSteps(parsed)).toEqual([
      'test: "npm test" runs the e2e suite without STATUS_PALETTE_REQUIRE_ELECTRON=1',
      'test: "e2e" runs the e2e suite without STATUS_PALETTE_REQUIRE_ELECTRON=1',
    ]);
    expect(runsElectronSuite({ run: 'npm test -- --skip test:electron' })).toBe(false);
  });
});

describe.each(files)('.github/workflows/%s', (name) => {
  it('declares its permissions at the top level', () => {
    expect(workflow(name).permissions).toBeDefined();
  });

  it('runs only npm scripts that package.json has', () => {
    expect(missingScripts(workflow(name), scripts)).toEqual([]);
  });

  it('requires the Electron binary in every step that runs the e2e suite', () => {
    expect(unguardedElectronSteps(workflow(name))).toEqual([]);
  });

  it('pins every action by commit SHA, with its version beside it', () => {
    const text = read(name);
    expect(unpinnedActions(text)).toEqual([]);
    // Every `uses:` the parser sees is one the text check saw: none in a form it misses.
    expect(text.match(/^\s*(?:-\s+)?uses:/gm)?.length ?? 0).toBe(usesCount(workflow(name)));
  });
});

describe('ci.yml', () => {
  const ci: Workflow = workflow('ci.yml');
  const all = [...steps(ci)].map(({ step }) => step);
  const job = ci.jobs.test as { strategy: { matrix: Record<string, unknown> } };

  it('runs the e2e suite on Linux and on the other systems, each step requiring the binary', () => {
    const e2e = all.filter(runsElectronSuite) as { if?: string }[];
    expect(e2e.map((step) => step.if)).toEqual(["runner.os == 'Linux'", "runner.os != 'Linux'"]);
  });

  it('fetches the Electron binary before any step that needs it', () => {
    const fetchAt = all.findIndex((step) => /npm run electron:fetch/.test(step.run ?? ''));
    const firstUse = all.findIndex(
      (step) => runsElectronSuite(step) || /smoke:packed|dist:dir/.test(step.run ?? ''),
    );
    expect(fetchAt).toBeGreaterThanOrEqual(0);
    expect(fetchAt).toBeLessThan(firstUse);
  });

  it('covers Ubuntu, macOS and Windows on Node 22, and Node 24 on one more leg', () => {
    expect(job.strategy.matrix).toMatchObject({
      os: ['ubuntu-latest', 'macos-latest', 'windows-latest'],
      node: [22],
      include: [{ node: 24 }],
    });
  });
});

describe('release.yml: the version check', () => {
  const release = workflow('release.yml');
  const check = release.jobs.version?.steps?.find((step) => step.name === 'Compare')?.run;

  function runCheck(version: string, tag: string) {
    const cwd = mkdtempSync(join(tmpdir(), 'palette-release-'));
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ version }));
    const result = spawnSync('bash', ['-e', '-c', check!], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, TAG: tag },
    });
    rmSync(cwd, { recursive: true, force: true });
    return result;
  }

  // Windows' `bash` may be WSL's, without this Node; Linux and macOS run the step's script as CI does.
  it.skipIf(process.platform === 'win32')('fails with a message when the tag differs', () => {
    const result = runCheck('0.1.0', 'v0.2.0');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("The tag is v0.2.0 but package.json's version is 0.1.0");
  });

  it.skipIf(process.platform === 'win32')('passes when they match', () => {
    expect(runCheck('1.4.2', 'v1.4.2').status).toBe(0);
  });
});

describe('dependabot.yml', () => {
  const config = parse(readFileSync(join(root, '.github/dependabot.yml'), 'utf8')) as {
    updates: {
      'package-ecosystem': string;
      groups?: Record<string, { 'dependency-type'?: string }>;
    }[];
  };

  it('keeps npm and the workflow actions current, with the dev tooling in one group', () => {
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
    const npm = config.updates.find((update) => update['package-ecosystem'] === 'npm');
    expect(Object.values(npm?.groups ?? {}).map((group) => group['dependency-type'])).toContain(
      'development',
    );
  });
});
