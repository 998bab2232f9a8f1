/** `status-palette check`'s own options. */
import { parseArgs } from 'node:util';
import { optionProblem } from '../args';
import { RULES } from '../../core/check/rules';
import { RULE_LIST, unknownRules, type RuleSelection } from '../../core/check/rules/select';
import { parseVersion, starletteVersionProblem, type Version } from '../../core/versions';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CheckCommand {
  mode: 'check' | 'help';
  paths: string[];
  starlette: Version | null;
  fix: boolean;
  diff: boolean;
  output: OutputFormat;
  /** --select, --extend-select, --ignore: over the pyproject.toml's. */
  rules: RuleSelection;
}

export type ParsedCheck = { ok: true; command: CheckCommand } | { ok: false; message: string };

export const CHECK_USAGE = `Usage: status-palette check [options] [PATH...]

Checks a FastAPI or Starlette project's Python files (.py, .pyi; default: the current folder) for
status constants its Starlette deprecates or lacks, bare status numbers, and statuses used where
they cannot be, and mends what can be mended. .gitignore is honoured; .venv, venv, node_modules,
build, dist and __pycache__ are skipped. The nearest pyproject.toml's [tool.status-palette]
(select, extend-select, ignore, exclude, starlette) applies to each file; a
"# status-palette: ignore" or "# status-palette: ignore[RULE]" comment silences its line.

Options:
  --starlette VER          judge names for Starlette VER (default: read from the nearest uv.lock,
                           pylock.toml, poetry.lock, pdm.lock, Pipfile.lock or requirements*.txt)
  --fix                    rewrite the files: only the reported spans change
  --diff                   print the fix as a unified diff and write nothing
  --select RULES           run only these rules (ids or names, comma-separated; ALL for every one)
  --extend-select RULES    run these as well as the selected ones
  --ignore RULES           do not run these
  --output-format FORMAT   text (default), json, sarif (SARIF 2.1.0) or github (workflow commands)
  --json                   short for --output-format json
  -h, --help               show this help

Rules:
${RULES.map((r) => `  ${r.id}  ${r.name.padEnd(22)} ${r.summary}`).join('\n')}

Exit status: 0 when no finding is left (after --fix: nothing was left unfixed), 1 when findings
remain, 2 on a usage error. Unreadable files are reported and skipped.`;

export function parseCheckCommand(argv: readonly string[]): ParsedCheck {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        starlette: { type: 'string' },
        fix: { type: 'boolean' },
        diff: { type: 'boolean' },
        'output-format': { type: 'string' },
        json: { type: 'boolean' },
        select: { type: 'string', multiple: true },
        'extend-select': { type: 'string', multiple: true },
        ignore: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { ok: false, message: optionProblem(error) };
  }
  const { values, positionals } = parsed;
  const format = values.json ? 'json' : (values['output-format'] ?? 'text');
  if (values.json && values['output-format'] && values['output-format'] !== 'json')
    return { ok: false, message: `--json contradicts --output-format ${values['output-format']}` };
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
    return {
      ok: false,
      message: `unknown output format "${format}"; choose one of: ${OUTPUT_FORMATS.join(', ')}`,
    };
  const lists = {
    select: listOption(values.select),
    extendSelect: listOption(values['extend-select']),
    ignore: listOption(values.ignore),
  };
  const unknown = unknownRules(Object.values(lists).flatMap((list) => list ?? []));
  if (unknown.length)
    return {
      ok: false,
      message: `${unknown.map((r) => `"${r}"`).join(', ')} is not a rule (rules: ${RULE_LIST}, or ALL)`,
    };
  let starlette: Version | null = null;
  if (values.starlette !== undefined) {
    const problem = starletteVersionProblem(values.starlette);
    if (problem) return { ok: false, message: problem };
    starlette = parseVersion(values.starlette);
  }
  return {
    ok: true,
    command: {
      mode: values.help ? 'help' : 'check',
      paths: positionals.length ? positionals : ['.'],
      starlette,
      fix: values.fix ?? false,
      diff: values.diff ?? false,
      output: format as OutputFormat,
      rules: lists,
    },
  };
}

/** `--select A,B --select C` → [A, B, C]; not given → undefined (the configuration decides). */
function listOption(values: string[] | undefined): string[] | undefined {
  return values?.flatMap((v) => v.split(',')).filter((v) => v.trim() !== '');
}
