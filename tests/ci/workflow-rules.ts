/**
 * The rules every GitHub Actions workflow of this repository keeps, as functions of a workflow's
 * text that return the problems found, so that tests can show each rule catches a bad workflow
 * as well as pass ours.
 */
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, unknown>;
}
interface Job {
  steps?: Step[];
  uses?: string;
  env?: Record<string, unknown>;
}
export interface Workflow {
  permissions?: unknown;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

export function parseWorkflow(text: string): Workflow {
  const workflow = parse(text) as Workflow | null;
  if (!workflow || typeof workflow.jobs !== 'object') throw new Error('not a workflow: no jobs');
  return workflow;
}

export function* steps(workflow: Workflow): Generator<{ job: string; step: Step }> {
  for (const [job, { steps = [] }] of Object.entries(workflow.jobs)) {
    for (const step of steps) yield { job, step };
  }
}

const where = (job: string, step: Step) => `${job}: "${step.name ?? step.run ?? step.uses}"`;

/** Every `npm run X` (and `npm test`) a step runs must be a script in package.json. */
export function missingScripts(workflow: Workflow, scripts: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const { job, step } of steps(workflow)) {
    for (const [, name] of (step.run ?? '').matchAll(
      /\bnpm (?:run|run-script)(?: -s)? ([\w:.-]+)/g,
    )) {
      if (name && !(name in scripts))
        problems.push(`${where(job, step)} runs npm run ${name}, not in package.json`);
    }
    if (/\bnpm (?:test|t)\b/.test(step.run ?? '') && !('test' in scripts)) {
      problems.push(`${where(job, step)} runs npm test, and package.json has no test script`);
    }
  }
  return problems;
}

/**
 * A step runs the e2e-electron suite when it calls test:electron, or runs `npm test` without
 * leaving test:electron out. Each must require the binary, or it could pass by skipping.
 */
export function runsElectronSuite(step: Step): boolean {
  const run = step.run ?? '';
  if (/\btest:electron\b/.test(run.replace(/--skip test:electron/g, ''))) return true;
  return /\bnpm (?:test|t)\b/.test(run) && !/--skip test:electron\b/.test(run);
}

export function unguardedElectronSteps(workflow: Workflow): string[] {
  const problems: string[] = [];
  for (const { job, step } of steps(workflow)) {
    if (!runsElectronSuite(step)) continue;
    const value = step.env?.STATUS_PALETTE_REQUIRE_ELECTRON;
    if (String(value) !== '1') {
      problems.push(
        `${where(job, step)} runs the e2e suite without STATUS_PALETTE_REQUIRE_ELECTRON=1`,
      );
    }
  }
  return problems;
}

/**
 * Every `uses:` names an action or reusable workflow by a 40-hex commit SHA, with its version in
 * a comment (`# v1.2.3`). Read from the text, since YAML drops comments; local actions (./) are ours.
 */
export function unpinnedActions(text: string): string[] {
  const problems: string[] = [];
  for (const [, ref, rest] of text.matchAll(/^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?(.*)$/gm)) {
    if (!ref || ref.startsWith('./')) continue;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref)) {
      problems.push(`${ref}: not pinned by a 40-character commit SHA`);
    } else if (!/#\s*v\d+(\.\d+){0,2}\b/.test(rest ?? '')) {
      problems.push(`${ref}: no version comment (# vX.Y.Z) beside the SHA`);
    }
  }
  return problems;
}

/** `uses:` lines in the text, to be compared with what the parser saw: none may hide from the check. */
export function usesCount(workflow: Workflow): number {
  let count = 0;
  for (const job of Object.values(workflow.jobs)) {
    if (job.uses) count += 1;
    for (const step of job.steps ?? []) if (step.uses) count += 1;
  }
  return count;
}
