/** The `status-palette` executable: wires the CLI to the process. */
import { createInterface } from 'node:readline';
import { runCli } from './run';

declare const __APP_VERSION__: string;

function writer(stream: NodeJS.WriteStream) {
  return (text: string) => {
    stream.write(`${text}\n`);
  };
}

// `status-palette --list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: one line, no stack trace for the person at the terminal.
    process.stderr.write(
      `status-palette: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
