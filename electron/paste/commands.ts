/**
 * The exact programs and arguments that send one paste keystroke, per backend. Each waits for
 * or clears the modifiers the user still holds (the Shift of Shift+Enter), so the target sees
 * Ctrl+V (Cmd+V), never Ctrl+Shift+V; each reads the real keyboard state itself, which is more
 * reliable than what the window saw when the key was pressed.
 */

export interface HelperCommand {
  command: string;
  args: string[];
}

/**
 * X11: XTest through xdotool, in one process. `getwindowfocus` fails (and ends the chain before
 * any key is sent) when no window has the focus, which is what is left when the app the user
 * came from has closed. `key --window 0` types at the focused window through XTest, like a real
 * key: without it a chained `key` would default to the window `getwindowfocus` found and send it
 * a synthetic XSendEvent, which many toolkits ignore. `--clearmodifiers` reads the keyboard
 * state (XQueryKeymap), releases the modifiers that are down, sends Ctrl+V, then presses them
 * again, so a Shift still held stays held for the user and never reaches the target.
 */
export function xdotoolPaste(): HelperCommand {
  return {
    command: 'xdotool',
    args: ['getwindowfocus', 'key', '--window', '0', '--clearmodifiers', 'ctrl+v'],
  };
}

/**
 * Wayland (wlroots): wtype types through its own virtual keyboard, whose modifier state is its
 * own: it holds Ctrl (-M), types v, releases Ctrl (-m). The physical keyboard's Shift is not part
 * of that keyboard's state.
 */
export function wtypePaste(): HelperCommand {
  return { command: 'wtype', args: ['-M', 'ctrl', 'v', '-m', 'ctrl'] };
}

/** How long the macOS and Windows helpers wait for held modifiers to be released. */
export const MODIFIER_RELEASE_WAIT_MS = 600;

/**
 * macOS: JavaScript for Automation. It waits until an app other than ours (`appPid`) is in
 * front, fails with `no-target` when none is, then waits (up to MODIFIER_RELEASE_WAIT_MS in all) until Shift,
 * Control, Option and Command are up (NSEvent.modifierFlags, the global state, needs no
 * permission), then asks System Events for Cmd+V. System Events needs the Accessibility grant
 * (to post keys) and the Automation consent for System Events (the first use asks, with
 * NSAppleEventsUsageDescription). Chosen over CGEvent because osascript ships with every macOS
 * and needs no native module, which would have to be built and signed for two arches.
 */
export function osascriptPaste(appPid: number): HelperCommand {
  const script = [
    "ObjC.import('AppKit');",
    "const events = Application('System Events');",
    `const until = Date.now() + ${MODIFIER_RELEASE_WAIT_MS};`,
    // app.hide() activates the previous app asynchronously: wait until another app is in front.
    'const front = () => { const ids = events.processes.whose({ frontmost: true }).unixId(); return ids.length ? ids[0] : 0; };',
    `while (front() === ${appPid} && Date.now() < until) delay(0.01);`,
    `if (front() === 0 || front() === ${appPid}) throw new Error('no-target');`,
    // NSEventModifierFlagShift | Control | Option | Command (1 << 17 ... 1 << 20).
    'const held = () => ($.NSEvent.modifierFlags & 0x1e0000) !== 0;',
    'while (held() && Date.now() < until) delay(0.01);',
    "events.keystroke('v', { using: 'command down' });",
  ].join('\n');
  return { command: 'osascript', args: ['-l', 'JavaScript', '-e', script] };
}
