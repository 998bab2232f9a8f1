/** The command line, parsed into what to do, or a message for a person who typed it wrong. */
import { parseArgs } from 'node:util';
import { FORMAT_IDS, type FormatId } from '../core/registry/types';
import { MAX_INPUT_LENGTH } from '../core/search/limits';
import { starletteVersionProblem } from '../core/versions';

export interface Command {
  mode: 'search' | 'list' | 'batch' | 'help' | 'version';
  query: string;
  json: boolean;
  format: FormatId | null;
  starlette: string | null;
  limit: number;
}

export type Parsed = { ok: true; command: Command } | { ok: false; message: string };

export const USAGE = `Usage: status-palette [options] <query...>
       status-palette check [options] [PATH...]

Finds HTTP and WebSocket statuses by number, constant name (FastAPI/Starlette, deprecated, or
another framework's), reason phrase or plain words, and prints them.

A query can also be pasted text: an access-log line, a status line, a tool's error message
(curl, requests, httpx, axios, nginx...), a JSON error body, a WebSocket close report or a line
of code. The status it carries comes first, and each match says what was found ("found" in
--json). Only the first ${MAX_INPUT_LENGTH} characters (4 KB) of a query or a --batch line are
searched; a note on stderr says when the rest was ignored.

Examples:
  status-palette 404
  status-palette rate limit
  status-palette HTTP_422_UNPROCESSABLE_ENTITY
  status-palette --format go 429
  status-palette --list --json
  status-palette 'curl: (22) The requested URL returned error: 503'
  tail -f access.log | status-palette --batch --format number

Options:
  --format ID        print only the copy text of the first match (with --list: of every status)
                     ID: ${FORMAT_IDS.join(', ')}
  --starlette VER    write Starlette names as version VER has them (e.g. 0.47)
  --limit N          at most N matches (default 10)
  --json             print JSON: an array of registry entries with their match reasons
  --list             print the whole registry
  --batch            read queries from standard input, one per line; with --json, one JSON
                     array per line, in order ([] when nothing matches)
  -h, --help         show this help
  -v, --version      show the version

status-palette check checks a FastAPI project's Python files for deprecated, missing and bare
status codes, and mends them with --fix (see status-palette check --help). To search for the
word "check" itself, write status-palette -- check.

Exit status: 0 when something matched, 1 when nothing did, 2 on a usage error, 70 on an
internal error.`;

/** node:util's parseArgs error in a line for people: it names the flag; its code and hint go. */
export function optionProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\.?\s*(?:Did you forget|To specify)/)[0]!.replace(/^TypeError \[\w+\]: /, '');
}

export function parseCommand(argv: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        starlette: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        list: { type: 'boolean' },
        batch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { ok: false, message: optionProblem(error) };
  }
  const { values, positionals } = parsed;
  const command: Command = {
    mode: values.help
      ? 'help'
      : values.version
        ? 'version'
        : values.list
          ? 'list'
          : values.batch
            ? 'batch'
            : 'search',
    query: positionals.join(' ').trim(),
    json: values.json ?? false,
    format: null,
    starlette: null,
    limit: 10,
  };
  if (values.format !== undefined) {
    if (!(FORMAT_IDS as readonly string[]).includes(values.format)) {
      return {
        ok: false,
        message: `unknown format "${values.format}"; choose one of: ${FORMAT_IDS.join(', ')}`,
      };
    }
    command.format = values.format as FormatId;
  }
  if (values.starlette !== undefined) {
    const problem = starletteVersionProblem(values.starlette);
    if (problem) return { ok: false, message: problem };
    command.starlette = values.starlette;
  }
  if (values.limit !== undefined) {
    if (!/^\d{1,6}$/.test(values.limit) || Number(values.limit) < 1) {
      return {
        ok: false,
        message: `--limit takes a whole number of at least 1, not "${values.limit}"`,
      };
    }
    command.limit = Number(values.limit);
  }
  if (values.list && values.batch)
    return { ok: false, message: '--list and --batch cannot be used together' };
  if ((values.list || values.batch) && command.query) {
    return {
      ok: false,
      message: `--${values.list ? 'list' : 'batch'} takes no query, but got "${command.query}"`,
    };
  }
  if (command.mode === 'search' && !command.query) {
    return { ok: false, message: 'no query given (try: status-palette 404, or --help)' };
  }
  return { ok: true, command };
}
