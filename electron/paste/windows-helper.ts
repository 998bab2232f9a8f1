/**
 * Windows: the paste keystroke goes through SendInput, called from one PowerShell process that
 * compiles a few user32 declarations (Add-Type) when it starts and then answers one line per
 * request on stdin. Compiling takes a second or two, so the process is started once (prepare(),
 * or the first paste) and kept; each paste is then a line written and a line read.
 * Chosen over an N-API module: PowerShell 5.1 ships with every Windows 10 and 11, so nothing is
 * built, signed, unpacked from the asar or downloaded, and there is no native code of ours.
 *
 * Foreground rules: Windows lets only the foreground process (or one it allows) move the focus
 * (SetForegroundWindow). The app does not need to: hiding its window makes Windows activate the
 * next window in the z-order, which is the one the user came from. The helper then waits until
 * the foreground window belongs to another process than the app (so the keystroke cannot land in
 * the app's own window), fails with `no-target` when no window has the focus (the app it came
 * from has closed), waits for Alt, Ctrl and the Windows keys to be released, releases a Shift
 * still held (an injected key-up; the user's own key-up later is harmless), and sends Ctrl down,
 * V down, V up, Ctrl up in one SendInput call, so no other input can come between them.
 * Windows does not say when UIPI blocks input to an app running as administrator (SendInput
 * reports success); docs/desktop.md says so.
 */
import {
  type HelperResult,
  lastLine,
  type HelperProcess,
  type Spawn,
  type SpawnOptions,
} from './helper-process';
import { MODIFIER_RELEASE_WAIT_MS } from './commands';

const CSHARP = String.raw`
using System;
using System.Runtime.InteropServices;
using System.Threading;
public static class StatusPalettePaste {
  [StructLayout(LayoutKind.Sequential)] struct KEYBDINPUT { public ushort wVk; public ushort wScan; public uint dwFlags; public uint time; public IntPtr dwExtraInfo; }
  [StructLayout(LayoutKind.Sequential)] struct MOUSEINPUT { public int dx; public int dy; public uint mouseData; public uint dwFlags; public uint time; public IntPtr dwExtraInfo; }
  [StructLayout(LayoutKind.Explicit)] struct InputUnion { [FieldOffset(0)] public MOUSEINPUT mi; [FieldOffset(0)] public KEYBDINPUT ki; }
  [StructLayout(LayoutKind.Sequential)] struct INPUT { public uint type; public InputUnion u; }
  [DllImport("user32.dll", SetLastError = true)] static extern uint SendInput(uint count, INPUT[] inputs, int size);
  [DllImport("user32.dll")] static extern short GetAsyncKeyState(int key);
  [DllImport("user32.dll")] static extern IntPtr GetForegroundWindow();
  [DllImport("user32.dll")] static extern uint GetWindowThreadProcessId(IntPtr window, out uint pid);
  const ushort SHIFT = 0x10, CONTROL = 0x11, MENU = 0x12, LWIN = 0x5B, RWIN = 0x5C, V = 0x56;
  const uint KEYEVENTF_KEYUP = 2;
  static bool Down(int key) { return (GetAsyncKeyState(key) & 0x8000) != 0; }
  static INPUT Key(ushort key, uint flags) { var input = new INPUT { type = 1 }; input.u.ki = new KEYBDINPUT { wVk = key, dwFlags = flags }; return input; }
  static uint ForegroundPid() { var window = GetForegroundWindow(); if (window == IntPtr.Zero) return 0; uint pid; GetWindowThreadProcessId(window, out pid); return pid; }
  public static string Paste(uint appPid, int waitMs) {
    int until = Environment.TickCount + waitMs;
    while (ForegroundPid() == appPid && Environment.TickCount < until) Thread.Sleep(5);
    uint target = ForegroundPid();
    if (target == 0) return "error no-target";
    if (target == appPid) return "error still-foreground";
    while ((Down(CONTROL) || Down(MENU) || Down(LWIN) || Down(RWIN) || Down(SHIFT)) && Environment.TickCount < until) Thread.Sleep(5);
    var inputs = new System.Collections.Generic.List<INPUT>();
    if (Down(SHIFT)) inputs.Add(Key(SHIFT, KEYEVENTF_KEYUP));
    inputs.Add(Key(CONTROL, 0)); inputs.Add(Key(V, 0)); inputs.Add(Key(V, KEYEVENTF_KEYUP)); inputs.Add(Key(CONTROL, KEYEVENTF_KEYUP));
    uint sent = SendInput((uint)inputs.Count, inputs.ToArray(), Marshal.SizeOf(typeof(INPUT)));
    return sent == inputs.Count ? "ok" : "error blocked " + Marshal.GetLastWin32Error();
  }
}`;

/** The helper's PowerShell script: compile, say `ready`, then one answer line per request. */
export const WINDOWS_HELPER_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  `Add-Type -TypeDefinition @'${CSHARP}\n'@`,
  "[Console]::Out.WriteLine('ready')",
  'while ($null -ne ($line = [Console]::In.ReadLine())) {',
  "  $parts = $line.Split(' ')",
  "  if ($parts[0] -eq 'paste') { [Console]::Out.WriteLine([StatusPalettePaste]::Paste([uint32]$parts[1], [int]$parts[2])) }",
  "  else { [Console]::Out.WriteLine('error unknown-request') }",
  '}',
].join('\n');

/** powershell.exe's arguments: the script as -EncodedCommand (UTF-16LE, base64), stdin free. */
export function windowsHelperCommand(): { command: string; args: string[] } {
  return {
    command: 'powershell.exe',
    args: [
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
      Buffer.from(WINDOWS_HELPER_SCRIPT, 'utf16le').toString('base64'),
    ],
  };
}

/** The request line for one paste: the app's process id and how long to wait for focus and keys. */
export function pasteRequest(appPid: number): string {
  return `paste ${appPid} ${MODIFIER_RELEASE_WAIT_MS}\n`;
}

export interface WindowsHelperOptions {
  spawn: Spawn;
  env: SpawnOptions['env'];
  /** The process that owns the app's windows (Electron's main process: process.pid). */
  appPid: number;
  /** For starting (PowerShell and Add-Type) and, separately, for each request. */
  startTimeoutMs: number;
  timeoutMs: number;
}

export interface WindowsHelper {
  /** Starts the helper now, so that the first paste does not wait for it. */
  prepare(): void;
  paste(): Promise<HelperResult>;
  dispose(): void;
}

interface Running {
  child: HelperProcess;
  /** Resolves with each line the helper prints; one listener at a time. */
  next: ((line: string) => void) | null;
  lines: string[];
  ended: string | null;
}

export function createWindowsHelper(options: WindowsHelperOptions): WindowsHelper {
  let running: Running | null = null;
  let ready: Promise<HelperResult> | null = null;

  function stop(): void {
    running?.child.kill('SIGKILL');
    running = null;
    ready = null;
  }

  /** The helper's next line, or a failure when it ends or the time limit passes. */
  function nextLine(
    state: Running,
    timeoutMs: number,
    what: string,
  ): Promise<string | HelperResult> {
    return new Promise((resolve) => {
      if (state.lines.length > 0) return resolve(state.lines.shift()!);
      if (state.ended !== null) {
        return resolve({ ok: false, failure: 'failed', detail: state.ended });
      }
      const timer = setTimeout(() => {
        state.next = null;
        stop();
        resolve({
          ok: false,
          failure: 'timeout',
          detail: `the paste helper did not ${what} in ${timeoutMs} ms`,
        });
      }, timeoutMs);
      state.next = (line) => {
        clearTimeout(timer);
        state.next = null;
        resolve(line);
      };
    });
  }

  function start(): Promise<HelperResult> {
    if (ready) return ready;
    const { command, args } = windowsHelperCommand();
    let child: HelperProcess;
    try {
      child = options.spawn(command, args, {
        env: options.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
      });
    } catch (error) {
      return Promise.resolve({ ok: false, failure: 'failed', detail: (error as Error).message });
    }
    const state: Running = { child, next: null, lines: [], ended: null };
    running = state;
    let buffered = '';
    let errors = '';
    const end = (detail: string) => {
      if (state.ended !== null) return;
      state.ended = detail;
      if (running === state) {
        running = null;
        ready = null;
      }
      const waiting = state.next;
      state.next = null;
      // Wakes a waiting request; it then reads `ended`.
      waiting?.('');
    };
    child.stdout?.on('data', (chunk) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (state.next) state.next(line);
        else state.lines.push(line);
      }
    });
    child.stderr?.on('data', (chunk) => {
      if (errors.length < 4096) errors += chunk.toString();
    });
    child.once('error', (error) => {
      end(error.code === 'ENOENT' ? 'ENOENT' : error.message);
    });
    child.once('close', (code) => {
      end(lastLine(errors) || `the paste helper stopped (exit status ${code})`);
    });

    ready = nextLine(state, options.startTimeoutMs, 'start').then((line): HelperResult => {
      if (line === 'ready') return { ok: true };
      stop();
      if (typeof line !== 'string') return line;
      if (state.ended === 'ENOENT') {
        return { ok: false, failure: 'missing', detail: 'powershell.exe was not found' };
      }
      return { ok: false, failure: 'failed', detail: state.ended ?? `unexpected: ${line}` };
    });
    return ready;
  }

  async function paste(): Promise<HelperResult> {
    const started = await start();
    if (!started.ok) return started;
    const state = running;
    if (!state) return { ok: false, failure: 'failed', detail: 'the paste helper stopped' };
    state.child.stdin?.write(pasteRequest(options.appPid));
    const answer = await nextLine(state, options.timeoutMs, 'answer');
    if (typeof answer !== 'string') return answer;
    if (answer === 'ok') return { ok: true };
    if (state.ended !== null) return { ok: false, failure: 'failed', detail: state.ended };
    return { ok: false, failure: 'failed', detail: answer.replace(/^error /, '') };
  }

  return {
    prepare: () => void start(),
    paste,
    dispose: () => {
      running?.child.stdin?.end();
      stop();
    },
  };
}
