/** The `status-palette` executable: wires the CLI to the process. */
import { writeSync } from 'node:fs';
import { MAX_INPUT_LENGTH } from '../core/search';
import { boundedLines, paced } from './input';
import { EXIT_INTERNAL_ERROR, internalErrorLine, lineOutput, messageOutput } from './output';
import { runCli } from './run';

declare const __APP_VERSION__: string;

/** Written straight to the descriptor: the streams themselves may be what failed. */
function failInternally(error: unknown): never {
  try {
    writeSync(2, `${internalErrorLine(error)}\n`);
  } catch {
    // Nowhere left to say it; the exit status still does.
  }
  process.exit(EXIT_INTERNAL_ERROR);
}

// `status-palette --list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  failInternally(error);
});
process.on('uncaughtException', failInternally);

const stdout = lineOutput(process.stdout);
runCli(process.argv.slice(2), {
  stdout: (text) => stdout.write(text),
  stderr: messageOutput(process.stderr),
  lines: () => paced(boundedLines(process.stdin, MAX_INPUT_LENGTH), stdout.drained),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
}).then((code) => {
  process.exitCode = code;
}, failInternally);
