import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPaster, type PasterOptions } from '../../../electron/paste/paster';
import { FakeClipboard, type FakeProcess, FakeSpawn } from './fakes';

const APP_PID = 4242;
const X11 = { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0', PATH: '/usr/bin' };
const SWAY = {
  XDG_SESSION_TYPE: 'wayland',
  WAYLAND_DISPLAY: 'wayland-1',
  XDG_CURRENT_DESKTOP: 'sway',
};
const TEXT = 'status.HTTP_429_TOO_MANY_REQUESTS';

function setup(overrides: Partial<PasterOptions> = {}, installed = ['xdotool', 'wtype']) {
  const events: string[] = [];
  const spawner = new FakeSpawn();
  const clipboard = new FakeClipboard('what was copied before', events);
  const trustAsked: boolean[] = [];
  const realSpawn = spawner.spawn;
  spawner.behave = (process) => process.exit(0);
  const paster = createPaster({
    platform: 'linux',
    env: X11,
    spawn: (command, args, options) => {
      events.push(`spawn:${command}`);
      return realSpawn(command, args, options);
    },
    installed: (program) => installed.includes(program),
    clipboard,
    isTrusted: (prompt) => {
      trustAsked.push(prompt);
      return true;
    },
    hideApp: () => void events.push('hide'),
    appPid: APP_PID,
    sleep: async (ms) => void events.push(`sleep:${ms}`),
    ...overrides,
  });
  return { paster, spawner, clipboard, events, trustAsked };
}

/** What xdotool 3.20160805 prints when `getwindowfocus` finds no focused window. */
const XDOTOOL_NO_FOCUS = [
  'XGetInputFocus returned the focused window of 1. This is likely a bug in the X server.',
  'X Error of failed request:  BadWindow (invalid Window parameter)',
  '  Major opcode of failed request:  20 (X_GetProperty)',
  '  Serial number of failed request:  20',
  '  Current serial number in output stream:  20',
].join('\n');

/** Makes each helper process print `stderr` and exit with `code`. */
const failingWith = (code: number, stderr: string) => (process: FakeProcess) => {
  process.print(`${stderr}\n`, 'stderr');
  process.exit(code);
};

afterEach(() => {
  vi.useRealTimers();
});

describe('createPaster: the sequence', () => {
  it('copies, then hides the app, then sends the keystroke once', async () => {
    const { paster, spawner, events } = setup();
    await expect(paster.paste(TEXT)).resolves.toEqual({ kind: 'pasted', backend: 'xdotool' });
    expect(events).toEqual([`clipboard:${TEXT}`, 'hide', 'spawn:xdotool']);
    expect(spawner.started[0]!.args).toEqual([
      'getwindowfocus',
      'key',
      '--window',
      '0',
      '--clearmodifiers',
      'ctrl+v',
    ]);
    expect(spawner.started[0]!.options.env).toBe(X11);
  });

  it('waits for the window to be hidden before sending the keystroke', async () => {
    let hidden: () => void = () => undefined;
    const { paster, events } = setup({
      hideApp: () => new Promise<void>((resolve) => (hidden = resolve)),
    });
    const pasted = paster.paste(TEXT);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([`clipboard:${TEXT}`]);
    hidden();
    await pasted;
    expect(events).toEqual([`clipboard:${TEXT}`, 'spawn:xdotool']);
  });

  it('serves overlapping requests one after another, one keystroke each', async () => {
    const { paster, spawner, events } = setup();
    const first = paster.paste('one');
    const second = paster.paste('two');
    await Promise.all([first, second]);
    const each = ['hide', 'spawn:xdotool'];
    expect(events).toEqual(['clipboard:one', ...each, 'clipboard:two', ...each]);
    expect(spawner.started).toHaveLength(2);
  });

  it('X11: while no window has the focus yet, tries again (nothing was typed); then pastes once', async () => {
    const { paster, spawner, events } = setup();
    let attempts = 0;
    spawner.behave = (process) => {
      if (++attempts < 3) failingWith(1, XDOTOOL_NO_FOCUS)(process);
      else process.exit(0);
    };
    await expect(paster.paste(TEXT)).resolves.toEqual({ kind: 'pasted', backend: 'xdotool' });
    expect(spawner.started).toHaveLength(3);
    expect(events.filter((event) => event.startsWith('sleep'))).toEqual(['sleep:20', 'sleep:20']);
  });

  it('X11: no focus within the wait: a copy and the advice; other failures are never retried', async () => {
    const noFocus = setup({ sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
    noFocus.spawner.behave = failingWith(1, XDOTOOL_NO_FOCUS);
    const started = Date.now();
    await expect(noFocus.paster.paste(TEXT)).resolves.toMatchObject({
      kind: 'copied',
      reason: 'no-target',
      message: expect.stringMatching(/click where the text should go and press Ctrl\+V/),
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(noFocus.spawner.started.length).toBeGreaterThan(1);
    expect(noFocus.clipboard.text).toBe(TEXT);

    const other = setup();
    other.spawner.behave = failingWith(1, 'Segmentation fault');
    await other.paster.paste(TEXT);
    expect(other.spawner.started).toHaveLength(1);
  });

  it('Wayland (wlroots) uses wtype', async () => {
    const { paster, spawner } = setup({ env: SWAY });
    await expect(paster.paste(TEXT)).resolves.toEqual({ kind: 'pasted', backend: 'wtype' });
    expect(spawner.started[0]!.args).toEqual(['-M', 'ctrl', 'v', '-m', 'ctrl']);
  });
});

describe('createPaster: where pasting cannot work, the text is copied and the user told once', () => {
  it('no xdotool: no process, a copy, the advice, then the same reason marked repeated', async () => {
    const { paster, spawner, clipboard, events } = setup({}, []);
    const first = await paster.paste(TEXT);
    expect(first).toEqual({
      kind: 'copied',
      reason: 'xdotool-missing',
      message: expect.stringContaining('install xdotool'),
      repeated: false,
    });
    expect(clipboard.text).toBe(TEXT);
    expect(spawner.started).toEqual([]);
    expect(events).toEqual([`clipboard:${TEXT}`, 'hide']);
    await expect(paster.paste(TEXT)).resolves.toMatchObject({
      reason: 'xdotool-missing',
      repeated: true,
    });
  });

  it('GNOME on Wayland: copy, name the desktop, run nothing', async () => {
    const env = { ...SWAY, XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' };
    const { paster, spawner } = setup({ env });
    const outcome = await paster.paste(TEXT);
    expect(outcome).toMatchObject({ kind: 'copied', reason: 'wayland-no-virtual-keyboard' });
    expect(outcome.kind === 'copied' && outcome.message).toMatch(
      /^Copied, not pasted\. GNOME on Wayland .* press Ctrl\+V/,
    );
    expect(spawner.started).toEqual([]);
  });

  const failures: [
    string,
    Partial<PasterOptions>,
    (process: FakeProcess) => void,
    string,
    RegExp,
  ][] = [
    [
      'xdotool gone at run time (ENOENT)',
      {},
      (p) => {
        p.fail('ENOENT');
        p.exit(-2);
      },
      'xdotool-missing',
      /install xdotool/,
    ],
    [
      'xdotool without a display',
      {},
      failingWith(1, "Error: Can't open display: (null)"),
      'no-display',
      /No display/,
    ],
    [
      'xdotool failing some other way',
      {},
      failingWith(1, 'Segmentation fault'),
      'failed',
      /Pasting failed \(Segmentation fault\)/,
    ],
    [
      'wtype on a compositor without the protocol',
      { env: SWAY },
      failingWith(1, 'Compositor does not support the virtual keyboard protocol'),
      'wayland-no-virtual-keyboard',
      /lets no app type/,
    ],
    [
      'wtype gone at run time',
      { env: SWAY },
      (p) => {
        p.fail('ENOENT');
        p.exit(-2);
      },
      'wtype-missing',
      /install wtype/,
    ],
    [
      'macOS: Accessibility refused',
      { platform: 'darwin' },
      failingWith(
        1,
        'execution error: Error: Error: osascript is not allowed to send keystrokes. (1002)',
      ),
      'accessibility-not-granted',
      /Privacy & Security > Accessibility.*Cmd\+V/,
    ],
    [
      'macOS: Automation of System Events refused',
      { platform: 'darwin' },
      failingWith(
        1,
        'execution error: Error: Error: Not authorized to send Apple events to System Events. (-1743)',
      ),
      'automation-not-granted',
      /Automation/,
    ],
    [
      'macOS: no other app in front',
      { platform: 'darwin' },
      failingWith(1, 'execution error: Error: Error: no-target (-2700)'),
      'no-target',
      /previous app may have closed/,
    ],
  ];
  for (const [name, overrides, behave, reason, message] of failures) {
    it(`${name}: ${reason}, one message, one attempt, the text copied`, async () => {
      const { paster, spawner, clipboard } = setup(overrides);
      spawner.behave = behave;
      const outcome = await paster.paste(TEXT);
      expect(outcome).toMatchObject({ kind: 'copied', reason, repeated: false });
      expect(outcome.kind === 'copied' && outcome.message).toMatch(message);
      expect(outcome.kind === 'copied' && outcome.message).toMatch(/^Copied, not pasted\./);
      expect(spawner.started).toHaveLength(1);
      expect(clipboard.text).toBe(TEXT);
    });
  }

  it('a helper that hangs is killed at the time limit: a copy and one message, no retry', async () => {
    vi.useFakeTimers();
    const { paster, spawner, clipboard } = setup({ timeoutMs: 1500 });
    spawner.behave = () => undefined;
    let outcome: unknown = null;
    void paster.paste(TEXT).then((value) => (outcome = value));
    await vi.advanceTimersByTimeAsync(1500);
    expect(outcome).toMatchObject({
      kind: 'copied',
      reason: 'timeout',
      message: expect.stringMatching(/took too long.*Ctrl\+V/),
    });
    expect(spawner.started).toHaveLength(1);
    expect(spawner.started[0]!.signals).toEqual(['SIGKILL']);
    expect(clipboard.text).toBe(TEXT);
  });

  it('a hide or a clipboard read that throws does not stop the paste', async () => {
    const log: string[] = [];
    const { paster, clipboard } = setup({
      hideApp: () => {
        throw new Error('window destroyed');
      },
      log: (line) => log.push(line),
    });
    clipboard.readText = () => {
      throw new Error('clipboard busy');
    };
    await expect(paster.paste(TEXT, { restoreClipboard: true })).resolves.toEqual({
      kind: 'pasted',
      backend: 'xdotool',
    });
    expect(log).toEqual(['paste: hiding the window failed: window destroyed']);
  });
});

describe('createPaster: restoring the clipboard', () => {
  it('puts the previous text back once the target has had time to read it', async () => {
    const { paster, clipboard, events } = setup({ restoreDelayMs: 350 });
    await paster.paste(TEXT, { restoreClipboard: true });
    expect(events.slice(-2)).toEqual(['sleep:350', 'clipboard:what was copied before']);
    expect(clipboard.text).toBe('what was copied before');
  });

  it('leaves the clipboard alone when not asked, after a failure, or when something else was copied meanwhile', async () => {
    const notAsked = setup();
    await notAsked.paster.paste(TEXT);
    expect(notAsked.clipboard.writes).toEqual([TEXT]);

    const failed = setup();
    failed.spawner.behave = failingWith(1, 'Segmentation fault');
    await failed.paster.paste(TEXT, { restoreClipboard: true });
    expect(failed.clipboard.writes).toEqual([TEXT]);

    const meanwhile = setup({
      sleep: async () => void (meanwhile.clipboard.text = 'copied by the user meanwhile'),
    });
    await meanwhile.paster.paste(TEXT, { restoreClipboard: true });
    expect(meanwhile.clipboard.text).toBe('copied by the user meanwhile');
  });

  it('does not restore an empty text (the clipboard held an image or files)', async () => {
    const { paster, clipboard } = setup();
    clipboard.text = '';
    await paster.paste(TEXT, { restoreClipboard: true });
    expect(clipboard.writes).toEqual([TEXT]);
  });
});

describe('createPaster: macOS permission', () => {
  it('paste() checks Accessibility without prompting; enable() prompts', async () => {
    const { paster, trustAsked, spawner } = setup({ platform: 'darwin' });
    await paster.paste(TEXT);
    expect(trustAsked).toEqual([false]);
    expect(spawner.started[0]!.command).toBe('osascript');
    expect(spawner.started[0]!.args.at(-1)).toContain(`front() === ${APP_PID}`);
    expect(paster.enable()).toEqual({ kind: 'paste', backend: 'osascript' });
    expect(trustAsked).toEqual([false, true, false]);
  });

  it('not trusted: copies and says where to allow it, without running osascript', async () => {
    const { paster, spawner } = setup({ platform: 'darwin', isTrusted: () => false });
    await expect(paster.paste(TEXT)).resolves.toMatchObject({
      reason: 'accessibility-not-granted',
    });
    expect(spawner.started).toEqual([]);
  });

  it('check() and enable() off macOS never prompt', () => {
    const { paster, trustAsked } = setup();
    expect(paster.check()).toEqual({ kind: 'paste', backend: 'xdotool' });
    paster.enable();
    expect(trustAsked).toEqual([]);
  });
});

describe('createPaster on Windows: the focus goes back before the keystroke', () => {
  /**
   * A model of Windows' foreground: the app's window is in front until it is hidden, then the
   * window the user came from (or none, when that app has closed). The fake helper answers the
   * way the real one decides: it refuses while the app is in front, and sends only to a target.
   */
  function windows(previousPid: number | 0) {
    let foregroundPid = APP_PID;
    const sent: number[] = [];
    const options = setup({
      platform: 'win32',
      env: {},
      hideApp: () => {
        options.events.push('hide');
        foregroundPid = previousPid;
      },
    });
    options.spawner.behave = (process) => {
      process.onRequest = (line) => {
        options.events.push(`request:${line}`);
        const [, appPid] = line.split(' ');
        const reply =
          foregroundPid === 0
            ? 'error no-target'
            : foregroundPid === Number(appPid)
              ? 'error still-foreground'
              : (sent.push(foregroundPid), 'ok');
        setImmediate(() => process.print(`${reply}\r\n`));
      };
      process.print('ready\r\n');
    };
    return { ...options, sent };
  }

  it('hides the app, then asks the helper, which sends Ctrl+V to the previous window', async () => {
    const { paster, events, sent } = windows(777);
    await expect(paster.paste(TEXT)).resolves.toEqual({ kind: 'pasted', backend: 'sendinput' });
    expect(events).toEqual([
      `clipboard:${TEXT}`,
      'hide',
      'spawn:powershell.exe',
      `request:paste ${APP_PID} 600`,
    ]);
    expect(sent).toEqual([777]);
  });

  it('the previous app has closed: no keystroke, a copy and the advice', async () => {
    const { paster, sent, clipboard } = windows(0);
    await expect(paster.paste(TEXT)).resolves.toMatchObject({
      kind: 'copied',
      reason: 'no-target',
    });
    expect(sent).toEqual([]);
    expect(clipboard.text).toBe(TEXT);
  });

  it('the app still in front when the wait ends: no keystroke into its own window', async () => {
    const { paster, sent } = windows(APP_PID);
    await expect(paster.paste(TEXT)).resolves.toMatchObject({ reason: 'no-target' });
    expect(sent).toEqual([]);
  });

  it('blocked input and a missing PowerShell each end in a copy and their message', async () => {
    const blocked = setup({ platform: 'win32', env: {} });
    blocked.spawner.behave = (process) => {
      process.onRequest = () => setImmediate(() => process.print('error blocked 5\n'));
      process.print('ready\n');
    };
    await expect(blocked.paster.paste(TEXT)).resolves.toMatchObject({
      reason: 'blocked',
      message: expect.stringMatching(/administrator.*Ctrl\+V/),
    });
    const missing = setup({ platform: 'win32', env: {} });
    missing.spawner.behave = (process) => {
      process.fail('ENOENT');
      process.exit(-4058);
    };
    await expect(missing.paster.paste(TEXT)).resolves.toMatchObject({
      reason: 'helper-missing',
      message: expect.stringContaining('powershell.exe was not found'),
    });
  });

  it('prepare() and enable() start the helper ahead of the first paste, once', async () => {
    const { paster, spawner } = windows(777);
    paster.prepare();
    paster.enable();
    await paster.paste(TEXT);
    expect(spawner.started).toHaveLength(1);
    paster.dispose();
    expect(spawner.started[0]!.signals).toEqual(['SIGKILL']);
  });

  it('prepare() elsewhere starts nothing', () => {
    const { paster, spawner } = setup();
    paster.prepare();
    expect(spawner.started).toEqual([]);
  });
});

describe('failure messages', () => {
  it('name the paste key of the system, and on macOS the System Events question after a timeout', async () => {
    const { failureMessage } = await import('../../../electron/paste/messages');
    expect(failureMessage('timeout', { platform: 'linux' })).toBe(
      'Copied, not pasted. Pasting took too long and was stopped: press Ctrl+V.',
    );
    expect(failureMessage('timeout', { platform: 'darwin' })).toMatch(
      /press Cmd\+V\. If macOS asked whether Status Palette may control System Events, allow it/,
    );
    expect(failureMessage('no-target', { platform: 'win32' })).toMatch(/press Ctrl\+V\.$/);
  });
});

describe('createPaster: a clipboard that refuses the text', () => {
  it('pastes nothing (the target would get the old clipboard) and keeps the window', async () => {
    const { paster, clipboard, events, spawner } = setup();
    clipboard.writeText = () => {
      throw new Error('clipboard locked by another app');
    };
    await expect(paster.paste(TEXT)).resolves.toEqual({
      kind: 'not-copied',
      message: 'Could not copy to the clipboard, so nothing was pasted. Try again.',
    });
    expect(events).toEqual([]);
    expect(spawner.started).toEqual([]);
  });
});

describe('what Preferences says of pasting here', () => {
  it('names the backend, or says why there is none and what to do, with no paths', async () => {
    const { describeChoice } = await import('../../../electron/paste/messages');
    expect(describeChoice({ kind: 'paste', backend: 'xdotool' }, 'linux')).toEqual({
      canPaste: true,
      summary: 'Pastes with xdotool (X11).',
    });
    expect(describeChoice({ kind: 'paste', backend: 'osascript' }, 'darwin').summary).toBe(
      'Pastes with System Events (macOS).',
    );
    const missing = describeChoice({ kind: 'copy-only', reason: 'xdotool-missing' }, 'linux');
    expect(missing.canPaste).toBe(false);
    expect(missing.summary).toMatch(/^Enter only copies here\. .*install xdotool/);
    const gnome = describeChoice(
      { kind: 'copy-only', reason: 'wayland-no-virtual-keyboard', desktop: 'GNOME' },
      'linux',
    );
    expect(gnome.summary).toMatch(/GNOME on Wayland lets no app type into another one/);
    const mac = describeChoice(
      { kind: 'copy-only', reason: 'accessibility-not-granted' },
      'darwin',
    );
    expect(mac.summary).toMatch(/Privacy & Security > Accessibility.*Cmd\+V/);
  });
});
