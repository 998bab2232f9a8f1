/**
 * Which way this system can send the paste keystroke into the app the user came from, decided
 * from facts passed in (no process, no file, no Electron): the platform, the session's
 * environment, which helper programs are installed and, on macOS, the Accessibility grant.
 *
 * - Linux X11: XTest through `xdotool`.
 * - Linux Wayland on wlroots compositors (Sway, Hyprland, river, labwc...): `wtype`, through the
 *   virtual-keyboard protocol. GNOME (mutter) and KDE (KWin) do not implement that protocol and
 *   take injected keys from no unprivileged tool (atx/wtype #22, #34), so there the text is only
 *   copied. `xdotool` under XWayland would reach X11 windows only, so it is never used on Wayland.
 *   `ydotool` works everywhere but needs root (it writes /dev/uinput): not used.
 * - macOS: System Events through `osascript`, once the app is a trusted Accessibility client.
 * - Windows: SendInput through a PowerShell helper (see windows-helper.ts).
 */

export type Backend = 'xdotool' | 'wtype' | 'osascript' | 'sendinput';

/** Why a system cannot paste: each has its own advice in messages.ts. */
export type CopyOnlyReason =
  | 'xdotool-missing'
  | 'wtype-missing'
  | 'wayland-no-virtual-keyboard'
  | 'accessibility-not-granted'
  | 'no-display'
  | 'unsupported-platform';

export type BackendChoice =
  | { kind: 'paste'; backend: Backend }
  | { kind: 'copy-only'; reason: CopyOnlyReason; desktop?: string };

export interface PasteSystem {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a helper program is on PATH. */
  installed: (program: string) => boolean;
  /** macOS: systemPreferences.isTrustedAccessibilityClient(false). Never prompts. */
  accessibilityTrusted: () => boolean;
}

/** Desktops whose Wayland compositor implements no virtual-keyboard protocol. */
const NO_VIRTUAL_KEYBOARD: Record<string, string> = {
  gnome: 'GNOME',
  'gnome-classic': 'GNOME',
  ubuntu: 'GNOME',
  unity: 'GNOME',
  pantheon: 'Pantheon',
  budgie: 'Budgie',
  cinnamon: 'Cinnamon',
  kde: 'KDE Plasma',
  plasma: 'KDE Plasma',
};

export function isWaylandSession(env: PasteSystem['env']): boolean {
  const type = env.XDG_SESSION_TYPE?.toLowerCase();
  if (type === 'wayland') return true;
  if (type === 'x11') return false;
  return Boolean(env.WAYLAND_DISPLAY);
}

/** XDG_CURRENT_DESKTOP is a colon-separated list ("ubuntu:GNOME"); any entry may name it. */
function desktopWithoutVirtualKeyboard(env: PasteSystem['env']): string | undefined {
  const entries = (env.XDG_CURRENT_DESKTOP ?? '').split(':').map((entry) => entry.trim());
  for (const entry of entries) {
    const known = NO_VIRTUAL_KEYBOARD[entry.toLowerCase()];
    if (known) return known;
  }
  return undefined;
}

function chooseLinux(system: PasteSystem): BackendChoice {
  const { env, installed } = system;
  if (isWaylandSession(env)) {
    const desktop = desktopWithoutVirtualKeyboard(env);
    if (desktop) return { kind: 'copy-only', reason: 'wayland-no-virtual-keyboard', desktop };
    return installed('wtype')
      ? { kind: 'paste', backend: 'wtype' }
      : { kind: 'copy-only', reason: 'wtype-missing' };
  }
  if (!env.DISPLAY) return { kind: 'copy-only', reason: 'no-display' };
  return installed('xdotool')
    ? { kind: 'paste', backend: 'xdotool' }
    : { kind: 'copy-only', reason: 'xdotool-missing' };
}

export function chooseBackend(system: PasteSystem): BackendChoice {
  switch (system.platform) {
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return chooseLinux(system);
    case 'darwin':
      return system.accessibilityTrusted()
        ? { kind: 'paste', backend: 'osascript' }
        : { kind: 'copy-only', reason: 'accessibility-not-granted' };
    case 'win32':
      return { kind: 'paste', backend: 'sendinput' };
    default:
      return { kind: 'copy-only', reason: 'unsupported-platform' };
  }
}
