/**
 * The terminal front: the same registry, search and copy rules as the app, printed for a person
 * or as JSON for scripts. Takes its input and output as arguments so tests drive it in-process.
 */
import { copyExactly, copyText, formatsFor } from '../core/copy';
import { formatLabel } from '../core/registry/formats';
import {
  CLASS_DESCRIPTIONS,
  REGISTRY,
  classOf,
  displayPhrase,
  type StatusEntry,
} from '../core/registry';
import { search, type SearchResult } from '../core/search';
import { parseCommand, USAGE, type Command } from './args';
import { runCheck } from './check/command';
import { limitQuery } from './input-limit';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, line by line (only read by --batch). */
  lines: () => AsyncIterable<string>;
  color: boolean;
  version: string;
}

const CLASS_COLOR: Record<string, string> = {
  '1xx': '36',
  '2xx': '32',
  '3xx': '34',
  '4xx': '33',
  '5xx': '31',
  websocket: '35',
  unofficial: '90',
};

function entryJson(entry: StatusEntry, command: Command, result?: SearchResult) {
  const json: Record<string, unknown> = {
    ...entry,
    formats: formatsFor(entry, { starlette: command.starlette }),
  };
  if (result) {
    json.reasons = result.reasons;
    json.matchedName = result.matchedName;
    json.found = result.found;
  }
  return json;
}

function humanLine(result: SearchResult, command: Command, color: boolean): string {
  const { entry } = result;
  const outcome = copyText(entry, command.format ?? 'fastapi', { starlette: command.starlette });
  const name = !outcome.ok
    ? `(not in Starlette ${command.starlette})`
    : outcome.fellBackToNumber
      ? `(no ${formatLabel(outcome.format)} name)`
      : outcome.text;
  const code = String(entry.code).padEnd(5);
  const paint = (c: string, s: string) => (color ? `\u001b[${c}m${s}\u001b[0m` : s);
  const badges = [
    entry.kind === 'websocket' ? 'websocket' : null,
    entry.kind === 'unofficial' ? `unofficial: ${entry.vendor}` : null,
    entry.flags.maySendInCloseFrame === false ? 'never sent in a close frame' : null,
    entry.commonPhrase !== null
      ? `IANA: ${entry.phrase}`
      : entry.flags.ianaStatus === 'unused' || entry.flags.ianaStatus === 'obsoleted'
        ? `IANA: ${entry.flags.ianaStatus}`
        : null,
  ].filter(Boolean);
  let line = `${paint(CLASS_COLOR[classOf(entry)]!, code)} ${name.padEnd(44)} ${displayPhrase(entry)}`;
  if (badges.length) line += `  [${badges.join(', ')}]`;
  if (result.reasons.length) line += paint('2', `  · ${result.reasons.join(', ')}`);
  if (result.found) line += paint('2', ` · found: ${result.found}`);
  const note = matchNote(result, command);
  if (note) line += `\n      ${paint('33', `note: ${note}`)}`;
  return line;
}

/** The matched name's note, as true for the project's Starlette version as for the newest. */
function matchNote(result: SearchResult, command: Command): string | null {
  const matched = result.matchedName;
  if (!matched?.note) return null;
  if (matched.deprecated && command.starlette) {
    const there = copyText(result.entry, 'constant', { starlette: command.starlette });
    if (there.ok && there.text === matched.name) {
      return `${matched.name} is the name Starlette ${command.starlette} has; newer releases renamed it ${result.entry.constant}`;
    }
  }
  return matched.note;
}

function printResults(results: SearchResult[], command: Command, io: CliIO): void {
  if (command.format) {
    const first = results[0];
    if (!first) return;
    const outcome = copyExactly(first.entry, command.format, { starlette: command.starlette });
    if (command.json) io.stdout(JSON.stringify({ code: first.entry.code, ...outcome }));
    else if (outcome.ok) {
      io.stdout(outcome.text);
      if (outcome.note) io.stderr(`note: ${outcome.note}`);
    } else io.stderr(outcome.message);
    return;
  }
  if (command.json)
    io.stdout(
      JSON.stringify(
        results.map((r) => entryJson(r.entry, command, r)),
        null,
        2,
      ),
    );
  else for (const r of results) io.stdout(humanLine(r, command, io.color));
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  // A subcommand only as the first argument: `status-palette -- check` searches the word.
  if (argv[0] === 'check') return runCheck(argv.slice(1), io);
  const parsed = parseCommand(argv);
  if (!parsed.ok) {
    io.stderr(`status-palette: ${parsed.message}`);
    io.stderr('Run status-palette --help for usage.');
    return 2;
  }
  const { command } = parsed;
  switch (command.mode) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'version':
      io.stdout(io.version);
      return 0;
    case 'list': {
      if (command.format) {
        for (const entry of REGISTRY) {
          const outcome = copyExactly(entry, command.format, { starlette: command.starlette });
          // An empty field where the format has no name for the code (no fallback number).
          io.stdout(
            `${entry.code}\t${outcome.ok && !outcome.fellBackToNumber ? outcome.text : ''}`,
          );
        }
      } else if (command.json) {
        io.stdout(
          JSON.stringify(
            REGISTRY.map((e) => entryJson(e, command)),
            null,
            2,
          ),
        );
      } else {
        // Section headers with their descriptions, as the window shows them.
        for (const section of CLASS_DESCRIPTIONS) {
          io.stdout(`\n${section.title}\n  ${section.description}`);
          for (const entry of REGISTRY.filter((e) => classOf(e) === section.id)) {
            io.stdout(
              humanLine(
                { entry, score: 0, reasons: [], matchedName: null, found: null },
                command,
                io.color,
              ),
            );
          }
        }
      }
      return 0;
    }
    case 'batch': {
      // One output line per input line, in order, so a script can pair them up.
      let matchedAny = false;
      let lineNumber = 0;
      for await (const line of io.lines()) {
        const { query, note } = limitQuery(line, `line ${++lineNumber}`);
        if (note) io.stderr(note);
        const results = search(query, { limit: command.limit });
        if (results.length) matchedAny = true;
        if (command.format) {
          const first = results[0];
          const outcome = first
            ? copyExactly(first.entry, command.format, { starlette: command.starlette })
            : null;
          if (command.json)
            io.stdout(
              JSON.stringify(outcome && first ? { code: first.entry.code, ...outcome } : null),
            );
          else io.stdout(outcome?.ok ? outcome.text : '');
        } else if (command.json) {
          io.stdout(JSON.stringify(results.map((r) => entryJson(r.entry, command, r))));
        } else io.stdout(results.map((r) => r.entry.code).join(' '));
      }
      return matchedAny ? 0 : 1;
    }
    case 'search': {
      const { query, note } = limitQuery(command.query, 'the query');
      if (note) io.stderr(note);
      const results = search(query, { limit: command.limit });
      if (results.length === 0) {
        // JSON readers always get a value: [] for matches, null for a copy text.
        if (command.json) io.stdout(command.format ? 'null' : '[]');
        io.stderr(`status-palette: nothing matches "${command.query.slice(0, 80)}"`);
        return 1;
      }
      printResults(results, command, io);
      const first = results[0]!;
      if (
        command.format &&
        !copyExactly(first.entry, command.format, { starlette: command.starlette }).ok
      )
        return 1;
      return 0;
    }
  }
}
