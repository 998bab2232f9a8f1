/**
 * What the user is told when the paste could not happen. The text is always on the clipboard
 * by then, so every message starts from that and says what to do: the one thing that makes
 * pasting work here, or the paste key to press.
 */
import type { CopyOnlyReason } from './backend-choice';

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

export function failureMessage(
  failure: PasteFailure,
  context: { platform: NodeJS.Platform; desktop?: string | undefined; detail?: string | undefined },
): string {
  const key = pasteKeyFor(context.platform);
  const copied = 'Copied, not pasted.';
  switch (failure) {
    case 'xdotool-missing':
      return `${copied} To paste into the previous app, install xdotool (on Debian and Ubuntu: sudo apt install xdotool). Until then, press ${key}.`;
    case 'wtype-missing':
      return `${copied} To paste into the previous app on this Wayland desktop, install wtype (on Debian and Ubuntu: sudo apt install wtype). Until then, press ${key}.`;
    case 'wayland-no-virtual-keyboard':
      return `${copied} ${context.desktop ?? 'This desktop'} on Wayland lets no app type into another one: press ${key} to paste. (In an X11 session, with xdotool installed, Status Palette can paste.)`;
    case 'accessibility-not-granted':
      return `${copied} To paste into the previous app, turn on Status Palette in System Settings > Privacy & Security > Accessibility. Until then, press ${key}.`;
    case 'automation-not-granted':
      return `${copied} To paste into the previous app, allow Status Palette to control System Events in System Settings > Privacy & Security > Automation. Until then, press ${key}.`;
    case 'helper-missing':
      return `${copied} The program that sends the paste key is missing${context.detail ? ` (${context.detail})` : ''}: press ${key}.`;
    case 'no-target':
      return `${copied} No window had the focus to paste into (the previous app may have closed): click where the text should go and press ${key}.`;
    case 'blocked':
      return `${copied} The system refused the paste keystroke (an app running as administrator accepts none from Status Palette): press ${key}.`;
    case 'timeout':
      // On macOS the first paste may wait on the system's question about System Events.
      return context.platform === 'darwin'
        ? `${copied} Pasting took too long and was stopped: press ${key}. If macOS asked whether Status Palette may control System Events, allow it and the next paste will work.`
        : `${copied} Pasting took too long and was stopped: press ${key}.`;
    case 'no-display':
      return `${copied} No display to paste into was found: press ${key}.`;
    case 'unsupported-platform':
      return `${copied} Pasting into other apps is not available on this system: press ${key}.`;
    case 'failed':
      return `${copied} Pasting failed${context.detail ? ` (${context.detail})` : ''}: press ${key}.`;
  }
}
