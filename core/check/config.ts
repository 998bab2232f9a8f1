/**
 * A project's settings for the check, from its pyproject.toml's `[tool.status-palette]` table:
 * which rules run (select, extend-select, ignore), which files are left out (exclude), and the
 * Starlette version. Text in, settings or one clear message out.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import * as v from 'valibot';
import { parseVersion, starletteVersionProblem, type Version } from '../versions';
import type { ProjectFolders } from '../project/starlette-version';
import { RULE_LIST, unknownRules, type RuleSelection } from './rules/select';

export const CONFIG_FILE = 'pyproject.toml';
export const CONFIG_TABLE = 'tool.status-palette';

export interface CheckConfig extends RuleSelection {
  /** gitignore-style patterns, relative to the folder of the pyproject.toml. */
  exclude: string[];
  starlette: Version | null;
}

/** The config found, none (no `[tool.status-palette]` table), or what is wrong with it. */
export type ConfigRead = { ok: true; config: CheckConfig | null } | { ok: false; message: string };

const ruleList = (key: string) =>
  v.pipe(
    v.array(v.string(`${key} takes rule ids or names as strings`), `${key} must be a list`),
    v.check(
      (refs) => unknownRules(refs).length === 0,
      (issue) =>
        `${key}: ${unknownRules(issue.input as string[])
          .map((r) => `"${r}"`)
          .join(', ')} is not a rule (rules: ${RULE_LIST}, or ALL)`,
    ),
  );

const ConfigSchema = v.strictObject(
  {
    select: v.optional(ruleList('select')),
    'extend-select': v.optional(ruleList('extend-select')),
    ignore: v.optional(ruleList('ignore')),
    exclude: v.optional(
      v.array(v.string('exclude takes glob patterns as strings'), 'exclude must be a list'),
    ),
    starlette: v.optional(
      v.pipe(
        v.string('starlette must be a version in quotes, such as "0.47.3"'),
        v.check(
          (text) => starletteVersionProblem(text) === null,
          (issue) => `starlette: ${starletteVersionProblem(issue.input as string)}`,
        ),
      ),
    ),
  },
  (issue) =>
    `unknown key "${String(issue.input)}" (known: select, extend-select, ignore, exclude, starlette)`,
);

function tableOf(data: Record<string, unknown>): unknown {
  const tool = data.tool;
  return tool && typeof tool === 'object'
    ? (tool as Record<string, unknown>)['status-palette']
    : undefined;
}

export function readCheckConfig(text: string): ConfigRead {
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const where =
      error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `does not parse${where}: ${detail}` };
  }
  const table = tableOf(data);
  if (table === undefined) return { ok: true, config: null };
  if (!table || typeof table !== 'object' || Array.isArray(table))
    return { ok: false, message: `[${CONFIG_TABLE}] must be a table` };
  const parsed = v.safeParse(ConfigSchema, table);
  // Every message names its key.
  if (!parsed.success)
    return { ok: false, message: `[${CONFIG_TABLE}] ${parsed.issues[0].message}` };
  const { select, ignore, exclude, starlette } = parsed.output;
  return {
    ok: true,
    config: {
      select,
      extendSelect: parsed.output['extend-select'],
      ignore,
      exclude: exclude ?? [],
      starlette: starlette === undefined ? null : parseVersion(starlette),
    },
  };
}

export interface FoundConfig {
  config: CheckConfig;
  /** The folder of the pyproject.toml: exclude patterns are relative to it. */
  dir: string;
}

export type ConfigLookup =
  { ok: true; found: FoundConfig | null } | { ok: false; dir: string; message: string };

/**
 * The settings for files in a folder: those of the nearest pyproject.toml above it that has a
 * `[tool.status-palette]` table (one without the table is passed over, as ruff passes over those
 * without `[tool.ruff]`). Remembers every folder it has looked at.
 */
export function createConfigResolver(folders: ProjectFolders): (dir: string) => ConfigLookup {
  const cache = new Map<string, ConfigLookup>();
  const resolve = (dir: string): ConfigLookup => {
    const known = cache.get(dir);
    if (known) return known;
    let result: ConfigLookup | null = null;
    if (folders.list(dir)?.includes(CONFIG_FILE)) {
      const read = folders.read(dir, CONFIG_FILE);
      // Both messages start with the file's name: "pyproject.toml: does not parse…".
      const parsed = read.ok ? readCheckConfig(read.text) : read;
      if (!parsed.ok)
        result = {
          ok: false,
          dir,
          message: read.ok ? `${CONFIG_FILE}: ${parsed.message}` : parsed.message,
        };
      else if (parsed.config) result = { ok: true, found: { config: parsed.config, dir } };
    }
    if (!result) {
      const parent = folders.parent(dir);
      result = parent === null ? { ok: true, found: null } : resolve(parent);
    }
    cache.set(dir, result);
    return result;
  };
  return resolve;
}
