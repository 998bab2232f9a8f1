/**
 * What the user is told when the paste could not happen. The text is always on the clipboard
 * by then, so every message starts from that and says what to do: the one thing that makes
 * pasting work here, or the paste key to press.
 */
import type { Backend, BackendChoice, CopyOnlyReason } from './backend-choice';

export type PasteFailure =
  | CopyOnlyReason
  | 'automation-not-granted'
  | 'helper-missing'
  | 'no-target'
  | 'blocked'
  | 'timeout'
  | 'failed';

export function pasteKeyFor(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'Cmd+V' : 'Ctrl+V';
}

interface FailureContext {
  platform: NodeJS.Platform;
  desktop?: string | undefined;
  detail?: string | undefined;
}

export function failureMessage(failure: PasteFailure, context: FailureContext): string {
  return `Copied, not pasted. ${pasteAdvice(failure, context)}`;
}

/** What makes pasting work here, or the key to press until then. */
function pasteAdvice(failure: PasteFailure, context: FailureContext): string {
  const key = pasteKeyFor(context.platform);
  switch (failure) {
    case 'xdotool-missing':
      return `To paste into the previous app, install xdotool (on Debian and Ubuntu: sudo apt install xdotool). Until then, press ${key}.`;
    case 'wtype-missing':
      return `To paste into the previous app on this Wayland desktop, install wtype (on Debian and Ubuntu: sudo apt install wtype). Until then, press ${key}.`;
    case 'wayland-no-virtual-keyboard':
      return `${context.desktop ?? 'This desktop'} on Wayland lets no app type into another one: press ${key} to paste. (In an X11 session, with xdotool installed, Status Palette can paste.)`;
    case 'accessibility-not-granted':
      return `To paste into the previous app, turn on Status Palette in System Settings > Privacy & Security > Accessibility. Until then, press ${key}.`;
    case 'automation-not-granted':
      return `To paste into the previous app, allow Status Palette to control System Events in System Settings > Privacy & Security > Automation. Until then, press ${key}.`;
    case 'helper-missing':
      return `The program that sends the paste key is missing${context.detail ? ` (${context.detail})` : ''}: press ${key}.`;
    case 'no-target':
      return `No window had the focus to paste into (the previous app may have closed): click where the text should go and press ${key}.`;
    case 'blocked':
      return `The system refused the paste keystroke (an app running as administrator accepts none from Status Palette): press ${key}.`;
    case 'timeout':
      // On macOS the first paste may wait on the system's question about System Events.
      return context.platform === 'darwin'
        ? `Pasting took too long and was stopped: press ${key}. If macOS asked whether Status Palette may control System Events, allow it and the next paste will work.`
        : `Pasting took too long and was stopped: press ${key}.`;
    case 'no-display':
      return `No display to paste into was found: press ${key}.`;
    case 'unsupported-platform':
      return `Pasting into other apps is not available on this system: press ${key}.`;
    case 'failed':
      return `Pasting failed${context.detail ? ` (${context.detail})` : ''}: press ${key}.`;
  }
}

/** The backends by the names Preferences gives them. */
const BACKEND_NAMES: Readonly<Record<Backend, string>> = {
  xdotool: 'xdotool (X11)',
  wtype: 'wtype (Wayland)',
  osascript: 'System Events (macOS)',
  sendinput: 'SendInput (Windows)',
};

/** What Preferences says of pasting here: the backend, or why there is none and what to do. */
export function describeChoice(
  choice: BackendChoice,
  platform: NodeJS.Platform,
): { canPaste: boolean; summary: string } {
  if (choice.kind === 'paste') {
    return { canPaste: true, summary: `Pastes with ${BACKEND_NAMES[choice.backend]}.` };
  }
  const advice = pasteAdvice(choice.reason, { platform, desktop: choice.desktop });
  return { canPaste: false, summary: `Enter only copies here. ${advice}` };
}
