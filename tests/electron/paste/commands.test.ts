import { describe, expect, it } from 'vitest';
import {
  MODIFIER_RELEASE_WAIT_MS,
  osascriptPaste,
  wtypePaste,
  xdotoolPaste,
} from '../../../electron/paste/commands';
import {
  pasteRequest,
  WINDOWS_HELPER_SCRIPT,
  windowsHelperCommand,
} from '../../../electron/paste/windows-helper';

describe('paste commands', () => {
  it('X11: one xdotool process: fail without a focused window, then XTest Ctrl+V with modifiers cleared', () => {
    expect(xdotoolPaste()).toEqual({
      command: 'xdotool',
      args: ['getwindowfocus', 'key', '--window', '0', '--clearmodifiers', 'ctrl+v'],
    });
  });

  it('Wayland: wtype holds Ctrl, types v, releases Ctrl', () => {
    expect(wtypePaste()).toEqual({ command: 'wtype', args: ['-M', 'ctrl', 'v', '-m', 'ctrl'] });
  });

  it('macOS: JXA that waits for another app in front and for released modifiers, then Cmd+V', () => {
    const { command, args } = osascriptPaste(4242);
    expect(command).toBe('osascript');
    expect(args.slice(0, 3)).toEqual(['-l', 'JavaScript', '-e']);
    expect(args).toHaveLength(4);
    const script = args[3]!;
    expect(script).toContain('while (front() === 4242 && Date.now() < until) delay(0.01);');
    expect(script).toContain(
      "if (front() === 0 || front() === 4242) throw new Error('no-target');",
    );
    expect(script).toContain('$.NSEvent.modifierFlags & 0x1e0000');
    expect(script).toContain(`Date.now() + ${MODIFIER_RELEASE_WAIT_MS}`);
    expect(script.trimEnd().split('\n').at(-1)).toBe(
      "events.keystroke('v', { using: 'command down' });",
    );
    // The keystroke is sent once, after both waits.
    expect(script.match(/keystroke\(/g)).toHaveLength(1);
    expect(script.indexOf('keystroke(')).toBeGreaterThan(script.indexOf('held()'));
  });

  it('Windows: powershell.exe without profile, the helper script as UTF-16LE base64', () => {
    const { command, args } = windowsHelperCommand();
    expect(command).toBe('powershell.exe');
    expect(args.slice(0, -1)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(Buffer.from(args.at(-1)!, 'base64').toString('utf16le')).toBe(WINDOWS_HELPER_SCRIPT);
  });

  it('Windows: the helper says ready once compiled, then answers each paste request', () => {
    expect(pasteRequest(4242)).toBe(`paste 4242 ${MODIFIER_RELEASE_WAIT_MS}\n`);
    expect(WINDOWS_HELPER_SCRIPT).toContain("[Console]::Out.WriteLine('ready')");
    expect(WINDOWS_HELPER_SCRIPT).toContain(
      '[StatusPalettePaste]::Paste([uint32]$parts[1], [int]$parts[2])',
    );
    // Ctrl down, V down, V up, Ctrl up, in one SendInput call.
    expect(WINDOWS_HELPER_SCRIPT).toContain(
      'inputs.Add(Key(CONTROL, 0)); inputs.Add(Key(V, 0)); inputs.Add(Key(V, KEYEVENTF_KEYUP)); inputs.Add(Key(CONTROL, KEYEVENTF_KEYUP));',
    );
    expect(WINDOWS_HELPER_SCRIPT.match(/SendInput\(\(uint\)/g)).toHaveLength(1);
    expect(WINDOWS_HELPER_SCRIPT).toContain('if (target == 0) return "error no-target";');
  });
});
