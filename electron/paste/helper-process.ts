/**
 * Runs a paste helper program with a time limit. The process is started through `spawn`, passed
 * in (node:child_process's in the app, a fake in tests), and every way it can end becomes one
 * HelperResult: it never throws, and it settles exactly once, at the latest when the time limit
 * kills the process.
 */

/** The part of a ChildProcess the paste helpers use; node's ChildProcess satisfies it. */
export interface HelperProcess {
  readonly pid?: number | undefined;
  readonly stdin: { write(chunk: string): boolean; end(): void } | null;
  readonly stdout: {
    on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  } | null;
  readonly stderr: {
    on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  } | null;
  once(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  once(
    event: 'close',
    listener: (code: number | null, signal: NodeJS.Signals | null) => void,
  ): unknown;
  kill(signal?: NodeJS.Signals): boolean;
}

export interface SpawnOptions {
  env: Readonly<Record<string, string | undefined>>;
  stdio: ['pipe' | 'ignore', 'pipe', 'pipe'];
  windowsHide: true;
}

export type Spawn = (command: string, args: string[], options: SpawnOptions) => HelperProcess;

export type HelperResult =
  | { ok: true; output?: string }
  | { ok: false; failure: 'missing' | 'timeout' | 'failed'; detail: string; output?: string };

/** The last non-empty line of what the helper printed: enough to tell the user what went wrong. */
export function lastLine(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.at(-1) ?? '';
}

export function runHelper(
  spawn: Spawn,
  command: string,
  args: string[],
  options: { env: SpawnOptions['env']; timeoutMs: number },
): Promise<HelperResult> {
  return new Promise((resolve) => {
    let child: HelperProcess;
    try {
      child = spawn(command, args, {
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });
    } catch (error) {
      // spawn throws synchronously for bad arguments; ENOENT arrives as an 'error' event.
      resolve(failureOf(command, error as NodeJS.ErrnoException));
      return;
    }

    let settled = false;
    const settle = (result: HelperResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };

    let output = '';
    const collect = (chunk: Buffer | string) => {
      if (output.length < 4096) output += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', (error) => {
      settle(failureOf(command, error));
      child.kill('SIGKILL');
    });
    child.once('close', (code, signal) => {
      if (code === 0) settle({ ok: true, output });
      else {
        const detail = lastLine(output) || (signal ? `killed by ${signal}` : `exit status ${code}`);
        settle({ ok: false, failure: 'failed', detail, output });
      }
    });
    const timer = setTimeout(() => {
      settle({
        ok: false,
        failure: 'timeout',
        detail: `${command} did not finish in ${options.timeoutMs} ms`,
      });
      child.kill('SIGKILL');
    }, options.timeoutMs);
  });
}

function failureOf(command: string, error: NodeJS.ErrnoException): HelperResult {
  if (error.code === 'ENOENT') {
    return { ok: false, failure: 'missing', detail: `${command} is not installed` };
  }
  return { ok: false, failure: 'failed', detail: error.message };
}
