/**
 * `status-palette check`: finds the files, learns each one's Starlette version, runs the rules,
 * and reports, fixes or shows the fix as a diff. Bad input of any kind is a line of its own and
 * the run goes on.
 */
import { createTwoFilesPatch } from 'diff';
import { dirname, join, relative } from 'node:path';
import { applyFixes, checkSource } from '../../core/check/check-source';
import { createConfigResolver, type FoundConfig } from '../../core/check/config';
import { createLineIndex } from '../../core/check/findings';
import { RULES, type Rule } from '../../core/check/rules';
import { selectRules } from '../../core/check/rules/select';
import { projectFolders } from '../../core/project/folders';
import {
  createStarletteResolver,
  fixedTarget,
  type ProjectFolders,
  type StarletteTarget,
} from '../../core/project/starlette-version';
import type { CliIO } from '../run';
import { CHECK_USAGE, parseCheckCommand, type CheckCommand } from './args';
import { createExcluder } from './exclude';
import { findPythonFiles, type FoundFile } from './files';
import { describeFsError, nodeFs, type CheckFs } from './fs';
import { githubLine } from './github';
import { locate, summaryLine, textLine, type LocatedFinding } from './report';
import { sarifLog } from './sarif';
import { pythonParser } from './wasm';
import { writeAtomically } from './write';

export interface CheckEnv {
  fs: CheckFs;
  cwd: string;
}

/** Larger files are generated or data, not code a person wrote: skipped with a note. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const BOM = '\uFEFF';

type Source =
  { ok: true; bytes: Uint8Array; text: string; bom: boolean } | { ok: false; message: string };

function readSource(fs: CheckFs, path: string): Source {
  let bytes: Uint8Array;
  try {
    const { size } = fs.stat(path);
    if (size > MAX_FILE_BYTES)
      return {
        ok: false,
        message: `${(size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; skipped`,
      };
    bytes = fs.readFile(path);
  } catch (error) {
    return { ok: false, message: `cannot read: ${describeFsError(error)}; skipped` };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, message: 'binary data, not Python source; skipped' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'not UTF-8 text; skipped' };
  }
  // The parser and the positions start after a byte-order mark; writing puts it back.
  const bom = text.startsWith(BOM);
  return { ok: true, bytes, text: bom ? text.slice(1) : text, bom };
}

function folders(fs: CheckFs): ProjectFolders {
  return projectFolders({
    names: (dir) => fs.readdir(dir).map((e) => e.name),
    bytes: (dir, name) => fs.readFile(join(dir, name)),
    describe: describeFsError,
    parent: (dir) => (dirname(dir) === dir ? null : dirname(dir)),
  });
}

interface VersionGroup {
  target: StarletteTarget;
  files: number;
}

/** Relative to the current folder where the path is inside it, else absolute. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function versionLine(group: VersionGroup, cwd: string): string {
  const { target, files } = group;
  const where =
    target.dir && target.file ? ` in ${shownPath(cwd, join(target.dir, target.file))}` : '';
  return `Starlette ${target.label} for ${files} file${files === 1 ? '' : 's'}: ${target.basis}${where}`;
}

export async function runCheck(
  argv: readonly string[],
  io: CliIO,
  env: CheckEnv = { fs: nodeFs, cwd: process.cwd() },
): Promise<number> {
  const parsed = parseCheckCommand(argv);
  if (!parsed.ok) {
    io.stderr(`status-palette check: ${parsed.message}`);
    io.stderr('Run status-palette check --help for usage.');
    return 2;
  }
  const { command } = parsed;
  if (command.mode === 'help') {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  return check(command, io, env);
}

/** Each file with the settings of its nearest pyproject.toml; null where one is broken (said on stderr). */
function configure(
  fs: CheckFs,
  cwd: string,
  files: readonly FoundFile[],
  io: CliIO,
): { file: FoundFile; config: FoundConfig | null }[] | null {
  const lookup = createConfigResolver(folders(fs));
  const excluded = createExcluder();
  const broken = new Set<string>();
  const kept: { file: FoundFile; config: FoundConfig | null }[] = [];
  for (const file of files) {
    const found = lookup(dirname(file.path));
    if (!found.ok) {
      const folder = shownPath(cwd, found.dir);
      const where = `${folder ? `${folder}/` : ''}${found.message}`;
      if (!broken.has(where)) io.stderr(`status-palette check: ${where}`);
      broken.add(where);
    } else if (!found.found || !excluded(found.found, file.path)) {
      kept.push({ file, config: found.found });
    }
  }
  return broken.size ? null : kept;
}

async function check(command: CheckCommand, io: CliIO, { fs, cwd }: CheckEnv): Promise<number> {
  const output = command.output;
  const notes: string[] = [];
  const note = (text: string) => {
    if (!notes.includes(text)) {
      notes.push(text);
      io.stderr(text);
    }
  };
  const found: string[] = [];
  const { files, missing } = findPythonFiles(fs, cwd, command.paths, found);
  found.forEach(note);
  if (missing === command.paths.length) return 2;
  // A broken configuration stops the run before anything is read or written, as ruff's does.
  const configured = configure(fs, cwd, files, io);
  if (!configured) return 2;
  const rulesFor = new Map<FoundConfig | null, Rule[]>();
  const rulesOf = (config: FoundConfig | null) => {
    let rules = rulesFor.get(config);
    if (!rules) {
      rules = selectRules(config?.config ?? {}, command.rules);
      rulesFor.set(config, rules);
    }
    return rules;
  };

  let parser;
  try {
    parser = await pythonParser();
  } catch (error) {
    // A broken install, not bad input: say what is missing, as main.ts does for other bugs.
    io.stderr(
      `status-palette check: cannot load the Python parser: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 70;
  }
  const resolve = createStarletteResolver(folders(fs));
  const forced = command.starlette ? fixedTarget(command.starlette, 'set with --starlette') : null;
  const groups = new Map<string, VersionGroup>();
  const remaining: LocatedFinding[] = [];
  let fixedCount = 0;
  let checked = 0;

  for (const { file, config } of configured) {
    const source = readSource(fs, file.path);
    if (!source.ok) {
      note(`${file.display}: ${source.message}`);
      continue;
    }
    let target = forced;
    if (!target && config?.config.starlette) {
      target = {
        ...fixedTarget(config.config.starlette, 'set in [tool.status-palette]'),
        dir: config.dir,
        file: 'pyproject.toml',
      };
    }
    if (!target) {
      const resolution = resolve(dirname(file.path));
      for (const n of resolution.notes) note(`${shownPath(cwd, n.dir) || '.'}: ${n.message}`);
      target = resolution.target;
    }
    const key = `${target.label}\u0000${target.basis}\u0000${target.dir}\u0000${target.file}`;
    const group = groups.get(key) ?? { target, files: 0 };
    group.files++;
    groups.set(key, group);
    checked++;

    const result = checkSource(parser, source.text, target, rulesOf(config));
    if (result.syntaxError !== null || result.suppressionProblems.length) {
      const lineOf = createLineIndex(source.text);
      const where = (offset: number) => {
        const at = lineOf(offset);
        return `${file.display}:${at.line}:${at.column}`;
      };
      if (result.syntaxError !== null)
        note(`${where(result.syntaxError)}: syntax error; the broken part is not checked`);
      for (const problem of result.suppressionProblems)
        note(`${where(problem.offset)}: ${problem.message}; the line is not silenced`);
    }
    const located = locate(file.display, source.text, result.findings);
    if (!command.fix && !command.diff) {
      remaining.push(...located);
      continue;
    }
    const { text, fixed } = applyFixes(result);
    const unfixed = located.filter((f) => f.replacement === null);
    if (!fixed.length) {
      remaining.push(...located);
      continue;
    }
    const written = (source.bom ? BOM : '') + text;
    if (command.diff) {
      const original = (source.bom ? BOM : '') + source.text;
      io.stdout(
        createTwoFilesPatch(file.display, file.display, original, written, '', '').trimEnd(),
      );
      remaining.push(...located);
      continue;
    }
    const outcome = writeAtomically(fs, file.path, source.bytes, written);
    if (outcome.ok) {
      fixedCount += fixed.length;
      remaining.push(...unfixed);
    } else {
      note(`${file.display}: ${outcome.message}`);
      remaining.push(...located);
    }
  }

  const versionLines = [...groups.values()].map((g) => versionLine(g, cwd));
  if (output === 'json' || output === 'sarif') {
    const log = output === 'json' ? remaining : sarifLog(remaining, { version: io.version, cwd });
    io.stdout(JSON.stringify(log, null, 2));
    versionLines.forEach((line) => io.stderr(line));
  } else if (output === 'github') {
    const names = new Map(RULES.map((r) => [r.id, r.name]));
    for (const f of remaining) io.stdout(githubLine(f, names.get(f.rule) ?? ''));
    versionLines.forEach((line) => io.stderr(line));
    io.stderr(summaryLine(remaining, checked, fixedCount));
  } else {
    if (!command.diff) for (const f of remaining) io.stdout(textLine(f, io.color));
    const say = command.diff ? io.stderr : io.stdout;
    versionLines.forEach((line) => say(line));
    say(summaryLine(remaining, checked, fixedCount));
  }
  return remaining.length ? 1 : 0;
}
