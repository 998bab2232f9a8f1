import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWindowsHelper } from '../../../electron/paste/windows-helper';
import { type FakeProcess, FakeSpawn } from './fakes';

const APP_PID = 4242;

/** A helper that compiles, says ready, and answers each request with `answer(line)`. */
function answering(spawner: FakeSpawn, answer: (line: string) => string | null) {
  spawner.behave = (process: FakeProcess) => {
    process.onRequest = (line) => {
      const reply = answer(line);
      if (reply !== null) setImmediate(() => process.print(`${reply}\r\n`));
    };
    process.print('ready\r\n');
  };
}

function helper(spawner: FakeSpawn, timeouts = { startTimeoutMs: 15_000, timeoutMs: 2000 }) {
  return createWindowsHelper({ spawn: spawner.spawn, env: {}, appPid: APP_PID, ...timeouts });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the Windows SendInput helper', () => {
  it('starts one PowerShell on prepare() and serves every paste from it', async () => {
    const spawner = new FakeSpawn();
    answering(spawner, () => 'ok');
    const windows = helper(spawner);
    windows.prepare();
    expect(spawner.started).toHaveLength(1);
    expect(spawner.started[0]!.command).toBe('powershell.exe');
    expect(spawner.started[0]!.options.stdio).toEqual(['pipe', 'pipe', 'pipe']);
    await expect(windows.paste()).resolves.toEqual({ ok: true });
    await expect(windows.paste()).resolves.toEqual({ ok: true });
    expect(spawner.started).toHaveLength(1);
    expect(spawner.started[0]!.written).toEqual(['paste 4242 600\n', 'paste 4242 600\n']);
  });

  it('the first paste starts it when prepare() was not called, and writes only once ready', async () => {
    const spawner = new FakeSpawn();
    let ready: () => void = () => undefined;
    spawner.behave = (process) => {
      process.onRequest = () => setImmediate(() => process.print('ok\n'));
      ready = () => process.print('ready\n');
    };
    const windows = helper(spawner);
    const pasted = windows.paste();
    await new Promise((resolve) => setImmediate(resolve));
    expect(spawner.started[0]!.written).toEqual([]);
    ready();
    await expect(pasted).resolves.toEqual({ ok: true });
    expect(spawner.started[0]!.written).toEqual(['paste 4242 600\n']);
  });

  it('no PowerShell (ENOENT): `missing`', async () => {
    const spawner = new FakeSpawn();
    spawner.behave = (process) => {
      process.fail('ENOENT');
      process.exit(-4058);
    };
    await expect(helper(spawner).paste()).resolves.toEqual({
      ok: false,
      failure: 'missing',
      detail: 'powershell.exe was not found',
    });
  });

  it('a helper that never gets ready is killed at the start limit, and the next paste starts afresh', async () => {
    vi.useFakeTimers();
    const spawner = new FakeSpawn();
    spawner.behave = () => undefined;
    const windows = helper(spawner, { startTimeoutMs: 15_000, timeoutMs: 2000 });
    let result: unknown = null;
    void windows.paste().then((value) => (result = value));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(result).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({
      ok: false,
      failure: 'timeout',
      detail: 'the paste helper did not start in 15000 ms',
    });
    expect(spawner.started[0]!.signals).toEqual(['SIGKILL']);
    answering(spawner, () => 'ok');
    const again = windows.paste();
    await vi.advanceTimersByTimeAsync(1);
    await expect(again).resolves.toEqual({ ok: true });
    expect(spawner.started).toHaveLength(2);
  });

  it('a request that hangs is killed at the time limit; the keystroke is never sent twice', async () => {
    vi.useFakeTimers();
    const spawner = new FakeSpawn();
    answering(spawner, () => null); // ready, then silent
    const windows = helper(spawner);
    let result: unknown = null;
    void windows.paste().then((value) => (result = value));
    await vi.advanceTimersByTimeAsync(1999);
    expect(result).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({
      ok: false,
      failure: 'timeout',
      detail: 'the paste helper did not answer in 2000 ms',
    });
    expect(spawner.started[0]!.signals).toEqual(['SIGKILL']);
    expect(spawner.started[0]!.written).toHaveLength(1);
  });

  it('passes the helper’s refusals on: no target, blocked input', async () => {
    const spawner = new FakeSpawn();
    const answers = ['error no-target', 'error blocked 5'];
    answering(spawner, () => answers.shift() ?? 'ok');
    const windows = helper(spawner);
    await expect(windows.paste()).resolves.toEqual({
      ok: false,
      failure: 'failed',
      detail: 'no-target',
    });
    await expect(windows.paste()).resolves.toEqual({
      ok: false,
      failure: 'failed',
      detail: 'blocked 5',
    });
  });

  it('a helper that dies during a request fails that request with what it printed; the next starts a new one', async () => {
    const spawner = new FakeSpawn();
    spawner.behave = (process) => {
      process.onRequest = () =>
        setImmediate(() => {
          process.print('Add-Type : Cannot add type.\r\n', 'stderr');
          process.exit(1);
        });
      process.print('ready\n');
    };
    const windows = helper(spawner);
    await expect(windows.paste()).resolves.toEqual({
      ok: false,
      failure: 'failed',
      detail: 'Add-Type : Cannot add type.',
    });
    answering(spawner, () => 'ok');
    await expect(windows.paste()).resolves.toEqual({ ok: true });
    expect(spawner.started).toHaveLength(2);
  });

  it('dispose() closes its stdin and kills it', async () => {
    const spawner = new FakeSpawn();
    answering(spawner, () => 'ok');
    const windows = helper(spawner);
    await windows.paste();
    windows.dispose();
    expect(spawner.started[0]!.stdinEnded).toBe(true);
    expect(spawner.started[0]!.signals).toEqual(['SIGKILL']);
  });
});
