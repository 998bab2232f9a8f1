/**
 * Fakes for the paste modules: a helper process that a test drives by hand (exit, print, fail,
 * hang), a spawn that records what it started, and a clipboard that records what was written.
 */
import { EventEmitter } from 'node:events';
import type { HelperProcess, Spawn, SpawnOptions } from '../../../electron/paste/helper-process';
import type { ClipboardText } from '../../../electron/paste/paster';

export class FakeProcess extends EventEmitter implements HelperProcess {
  readonly stdout = new EventEmitter();
  readonly stderr = new EventEmitter();
  readonly written: string[] = [];
  readonly signals: NodeJS.Signals[] = [];
  stdinEnded = false;
  /** Called with each line written to stdin (the Windows helper's requests). */
  onRequest: ((line: string) => void) | null = null;
  readonly stdin = {
    write: (chunk: string) => {
      this.written.push(chunk);
      for (const line of chunk.split('\n').filter(Boolean)) this.onRequest?.(line);
      return true;
    },
    end: () => {
      this.stdinEnded = true;
    },
  };
  closed = false;

  constructor(
    readonly command: string,
    readonly args: string[],
    readonly options: SpawnOptions,
  ) {
    super();
  }

  print(text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
    this[stream].emit('data', Buffer.from(text));
  }
  exit(code: number | null, signal: NodeJS.Signals | null = null): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', code, signal);
  }
  fail(code: string, message = `spawn ${this.command} ${code}`): void {
    this.emit('error', Object.assign(new Error(message), { code }));
  }
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.signals.push(signal);
    queueMicrotask(() => this.exit(null, signal));
    return true;
  }
}

/**
 * Records every spawn; `behave` decides what each process does once started (on the next
 * turn, as a real process would answer after spawn returns).
 */
export class FakeSpawn {
  readonly started: FakeProcess[] = [];
  behave: (process: FakeProcess) => void = (process) => process.exit(0);
  throws: Error | null = null;
  readonly spawn: Spawn = (command, args, options) => {
    if (this.throws) throw this.throws;
    const process = new FakeProcess(command, args, options);
    this.started.push(process);
    setImmediate(() => this.behave(process));
    return process;
  };
}

export class FakeClipboard implements ClipboardText {
  readonly writes: string[] = [];
  constructor(
    public text = '',
    readonly events: string[] = [],
  ) {}
  readText(): string {
    return this.text;
  }
  writeText(text: string): void {
    this.events.push(`clipboard:${text}`);
    this.writes.push(text);
    this.text = text;
  }
}
