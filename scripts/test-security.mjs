// `npm run test:security`: electronegativity over electron/ and over the built main and preload.
// Its CLI's exit status says nothing about findings, so this runs it as a library and reads the
// findings it returns: any HIGH finding
// fails, and so does any other finding not listed with a reason in
// electronegativity-exceptions.json, a file it could not parse, or an exception that no longer
// matches anything. It cannot reach the network here, so the Electron version is passed with -e.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { electronVersion } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..');
const electronegativity = createRequire(import.meta.url)('@doyensec/electronegativity');
const { exceptions, excludedChecks } = JSON.parse(
  readFileSync(join(root, 'electronegativity-exceptions.json'), 'utf8'),
);

for (const entry of [...exceptions, ...excludedChecks]) {
  if (!entry.reason?.trim() || !entry.coveredBy?.length) {
    fail(`electronegativity-exceptions.json: ${entry.check} needs a reason and coveredBy`);
  }
  for (const file of entry.coveredBy) {
    if (!existsSync(join(root, file))) fail(`${entry.check}: coveredBy ${file} does not exist`);
  }
}

if (
  !existsSync(join(root, 'out/main/index.js')) ||
  !existsSync(join(root, 'out/preload/index.cjs'))
) {
  fail('out/main or out/preload is missing: run `npm run build` first');
}

// The built main and preload, and nothing else of out/ (the renderer and the CLI are not
// Electron code), copied so that one scan sees both: several checks are app-wide.
const work = mkdtempSync(join(tmpdir(), 'palette-security-'));
const built = join(work, 'out');
cpSync(join(root, 'out/main'), join(built, 'main'), { recursive: true });
cpSync(join(root, 'out/preload'), join(built, 'preload'), { recursive: true });

function fail(message) {
  process.stderr.write(`test:security: FAILED: ${message}\n`);
  process.exit(1);
}

// A window that breaks the checklist: if the scan stops flagging it, the scan is broken.
const canary = join(work, 'canary');
mkdirSync(canary);
writeFileSync(
  join(canary, 'main.js'),
  "const { BrowserWindow } = require('electron');\n" +
    'new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true } });\n',
);

async function scan(name, input, toRepoPath) {
  const result = await electronegativity({
    input,
    // It cannot read Electron's release list here: say which Electron we ship (the CLI's -e).
    electronVersionOverride: electronVersion(),
    excludeFromScan: excludedChecks.map((c) => c.check),
    customScan: [],
    isRelative: false,
    output: null,
    parserPlugins: [],
  });
  // A file it could not parse is a file it did not check.
  const problems = result.errors
    .filter((e) => !e.tolerable)
    .map((e) => `could not parse ${toRepoPath(e.file)}: ${e.message}`);
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? 'N/A' : toRepoPath(issue.file),
    location: `${issue.location.line}:${issue.location.column}`,
    description: issue.description,
    scan: name,
  }));
  return { findings, problems, checks: result.globalChecks + result.atomicChecks };
}

const canaryScan = await scan('canary', canary, (file) => file);
if (
  !canaryScan.findings.some(
    (f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK' && f.severity === 'HIGH',
  )
) {
  fail('electronegativity did not flag a window with contextIsolation: false; the scan is broken');
}
const results = [
  await scan('electron', join(root, 'electron'), (file) => relative(root, file)),
  await scan('built', built, (file) => join('out', relative(built, file))),
];
rmSync(work, { recursive: true, force: true });

const findings = results.flatMap((r) => r.findings);
const problems = results.flatMap((r) => r.problems);
const used = new Set();
const failures = [];
let excepted = 0;
for (const finding of findings) {
  const where = `${finding.check} ${finding.severity}/${finding.confidence} in ${finding.file}:${finding.location}`;
  if (finding.severity === 'HIGH') {
    failures.push(`${where}: HIGH findings cannot be excepted (${finding.description})`);
    continue;
  }
  const exception = exceptions.find(
    (e) => e.check === finding.check && e.files.includes(finding.file),
  );
  if (!exception) {
    failures.push(`${where}: not in electronegativity-exceptions.json (${finding.description})`);
    continue;
  }
  used.add(exception);
  excepted += 1;
  process.stdout.write(`  excepted  ${where}\n            ${exception.reason}\n`);
}
for (const exception of exceptions) {
  if (!used.has(exception)) {
    failures.push(`exception ${exception.check} matched nothing: remove it from the list`);
  }
}
failures.push(...problems);

const checks = results[0].checks;
process.stdout.write(
  `test:security: electronegativity, ${checks} checks as for Electron ${electronVersion()}, over ` +
    `electron/ and out/{main,preload}: ${findings.length} findings, ${excepted} excepted with reasons\n`,
);
if (failures.length) fail(`\n  ${failures.join('\n  ')}`);
process.stdout.write('test:security: passed\n');
