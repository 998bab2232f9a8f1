/**
 * Chromium switches the app sets before `ready`. On a Wayland session, X11 key grabs do not see
 * keys pressed in Wayland windows, so global shortcuts go through the desktop portal instead
 * (Electron 35+, electron/electron#45297; see the globalShortcut docs). Chromium keeps one value
 * per switch, so a feature is merged into any --enable-features the person passed, not added as
 * a second switch that would replace theirs.
 */

export const WAYLAND_FEATURES = ['GlobalShortcutsPortal'] as const;

export function isWaylandSession(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (platform !== 'linux') return false;
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
}

/** "A,B" plus features, each once, in first-seen order. */
export function mergeFeatureList(existing: string, features: readonly string[]): string {
  const merged: string[] = [];
  for (const feature of [...existing.split(','), ...features]) {
    const name = feature.trim();
    if (name && !merged.includes(name)) merged.push(name);
  }
  return merged.join(',');
}

export interface CommandLineService {
  getSwitchValue(name: string): string;
  appendSwitch(name: string, value?: string): void;
}

/** Applies the switches this platform and session need; returns the features it enabled. */
export function applyCommandLineSwitches(
  commandLine: CommandLineService,
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (!isWaylandSession(platform, env)) return [];
  const value = mergeFeatureList(commandLine.getSwitchValue('enable-features'), WAYLAND_FEATURES);
  commandLine.appendSwitch('enable-features', value);
  return [...WAYLAND_FEATURES];
}
