// How every script here runs npm and npx. On Linux and macOS they are executables on PATH; on
// Windows they are batch files (npm.cmd, npx.cmd), which Node spawns only through cmd.exe since
// its fix for CVE-2024-27980 (spawning one directly fails with EINVAL). cmd.exe sees one command
// line, so each argument is quoted for it here, and the line is handed over whole: Node does not
// escape arguments given with `shell: true` (DEP0190).
import { spawnSync } from 'node:child_process';

/** The command, arguments and shell option that run `tool args...` on `platform`. */
export function toolCommand(tool, args, platform = process.platform) {
  if (platform !== 'win32') return { command: tool, args: [...args], shell: false };
  return { command: [`${tool}.cmd`, ...args.map(quoteForCmd)].join(' '), args: [], shell: true };
}

// Characters that cmd.exe would read as syntax (redirection, pipes, separators, variables) or
// that split an argument; an argument without them passes as it is, so the logged line stays plain.
const CMD_SPECIAL = /[\s"&|<>^()%!,;=]/;

/**
 * One argument as cmd.exe and then the program's C runtime read it back unchanged: in double
 * quotes, an inner quote doubled, and `%` left outside the quotes and escaped with `^` so that
 * cmd.exe does not expand %VARIABLES%.
 */
export function quoteForCmd(arg) {
  if (/[\r\n\0]/.test(arg)) {
    throw new Error(`cannot pass an argument with a line break to cmd.exe: ${JSON.stringify(arg)}`);
  }
  if (arg !== '' && !CMD_SPECIAL.test(arg)) return arg;
  return `"${arg.replaceAll('"', '""').replaceAll('%', '"^%"')}"`;
}

/** spawnSync for npm or npx, the same on every platform. */
export function runTool(tool, args, options = {}, spawn = spawnSync) {
  const { command, args: commandArgs, shell } = toolCommand(tool, args);
  return spawn(command, commandArgs, { ...options, shell });
}
