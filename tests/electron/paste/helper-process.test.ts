import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastLine, runHelper } from '../../../electron/paste/helper-process';
import { FakeSpawn } from './fakes';

const env = { PATH: '/usr/bin' };
const run = (spawner: FakeSpawn, timeoutMs = 2000) =>
  runHelper(spawner.spawn, 'xdotool', ['key', 'ctrl+v'], { env, timeoutMs });

afterEach(() => {
  vi.useRealTimers();
});

describe('runHelper', () => {
  it('starts the program with the env given, no stdin, hidden on Windows; exit 0 is success', async () => {
    const spawner = new FakeSpawn();
    await expect(run(spawner)).resolves.toEqual({ ok: true, output: '' });
    expect(spawner.started).toHaveLength(1);
    const [started] = spawner.started;
    expect([started!.command, started!.args]).toEqual(['xdotool', ['key', 'ctrl+v']]);
    expect(started!.options).toEqual({
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
  });

  it('hands back what a successful program printed', async () => {
    const spawner = new FakeSpawn();
    spawner.behave = (process) => {
      process.print('4242\n');
      process.exit(0);
    };
    await expect(run(spawner)).resolves.toEqual({ ok: true, output: '4242\n' });
  });

  it('a missing program (ENOENT) is `missing`, not an error', async () => {
    const spawner = new FakeSpawn();
    spawner.behave = (process) => {
      process.fail('ENOENT');
      process.exit(-2);
    };
    await expect(run(spawner)).resolves.toEqual({
      ok: false,
      failure: 'missing',
      detail: 'xdotool is not installed',
    });
  });

  it('a non-zero exit is `failed` with the last line the program printed', async () => {
    const spawner = new FakeSpawn();
    spawner.behave = (process) => {
      process.print('first\n', 'stderr');
      process.print('Compositor does not support the virtual keyboard protocol\n\n', 'stderr');
      process.exit(1);
    };
    await expect(run(spawner)).resolves.toEqual({
      ok: false,
      failure: 'failed',
      detail: 'Compositor does not support the virtual keyboard protocol',
      output: 'first\nCompositor does not support the virtual keyboard protocol\n\n',
    });
  });

  it('says how it ended when the program printed nothing', async () => {
    const spawner = new FakeSpawn();
    spawner.behave = (process) => process.exit(3);
    await expect(run(spawner)).resolves.toMatchObject({ detail: 'exit status 3' });
    spawner.behave = (process) => process.exit(null, 'SIGSEGV');
    await expect(run(spawner)).resolves.toMatchObject({ detail: 'killed by SIGSEGV' });
  });

  it('kills a program that hangs at the time limit, and settles once', async () => {
    vi.useFakeTimers();
    const spawner = new FakeSpawn();
    spawner.behave = () => undefined; // never exits by itself
    let result: unknown = null;
    void run(spawner, 2000).then((value) => (result = value));
    await vi.advanceTimersByTimeAsync(1999);
    expect(result).toBeNull();
    expect(spawner.started[0]!.signals).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({
      ok: false,
      failure: 'timeout',
      detail: 'xdotool did not finish in 2000 ms',
    });
    expect(spawner.started[0]!.signals).toEqual(['SIGKILL']);
    // The kill's own close event comes after: it changes nothing.
    await vi.advanceTimersByTimeAsync(10);
    expect(result).toMatchObject({ failure: 'timeout' });
  });

  it('a spawn that throws is `failed`, not a crash', async () => {
    const spawner = new FakeSpawn();
    spawner.throws = new TypeError('The argument "file" cannot be empty');
    await expect(run(spawner)).resolves.toEqual({
      ok: false,
      failure: 'failed',
      detail: 'The argument "file" cannot be empty',
    });
  });

  it('an error after start (EACCES) is `failed` with its message, and the process is killed', async () => {
    const spawner = new FakeSpawn();
    spawner.behave = (process) => process.fail('EACCES', 'spawn xdotool EACCES');
    await expect(run(spawner)).resolves.toEqual({
      ok: false,
      failure: 'failed',
      detail: 'spawn xdotool EACCES',
    });
    expect(spawner.started[0]!.signals).toEqual(['SIGKILL']);
  });

  it('lastLine skips blank lines and carriage returns', () => {
    expect(lastLine('a\r\nb\r\n\r\n')).toBe('b');
    expect(lastLine('')).toBe('');
  });
});
