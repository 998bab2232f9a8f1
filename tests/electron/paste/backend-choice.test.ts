import { describe, expect, it } from 'vitest';
import {
  type BackendChoice,
  chooseBackend,
  isWaylandSession,
  type PasteSystem,
} from '../../../electron/paste/backend-choice';

function system(
  platform: NodeJS.Platform,
  env: PasteSystem['env'],
  installed: string[] = [],
  trusted = false,
) {
  const asked: string[] = [];
  let trustChecks = 0;
  const facts: PasteSystem = {
    platform,
    env,
    installed: (program) => {
      asked.push(program);
      return installed.includes(program);
    },
    accessibilityTrusted: () => {
      trustChecks++;
      return trusted;
    },
  };
  return { facts, asked, trustChecks: () => trustChecks };
}

const paste = (backend: string): BackendChoice => ({ kind: 'paste', backend }) as BackendChoice;
const copyOnly = (reason: string, desktop?: string): BackendChoice =>
  ({ kind: 'copy-only', reason, ...(desktop ? { desktop } : {}) }) as BackendChoice;

const x11 = { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'XFCE' };
const wayland = (desktop: string) => ({
  XDG_SESSION_TYPE: 'wayland',
  WAYLAND_DISPLAY: 'wayland-1',
  DISPLAY: ':0', // XWayland is there too on most desktops
  XDG_CURRENT_DESKTOP: desktop,
});

describe('chooseBackend on Linux', () => {
  it('X11 with xdotool: xdotool; without: copy and say to install it', () => {
    expect(chooseBackend(system('linux', x11, ['xdotool']).facts)).toEqual(paste('xdotool'));
    expect(chooseBackend(system('linux', x11, ['wtype']).facts)).toEqual(
      copyOnly('xdotool-missing'),
    );
  });

  it('GNOME and KDE on X11 paste with xdotool like any X11 desktop', () => {
    for (const desktop of ['GNOME', 'ubuntu:GNOME', 'KDE']) {
      const env = { ...x11, XDG_CURRENT_DESKTOP: desktop };
      expect(chooseBackend(system('linux', env, ['xdotool']).facts)).toEqual(paste('xdotool'));
    }
  });

  it('wlroots compositors on Wayland: wtype when installed, else say to install it', () => {
    for (const desktop of ['sway', 'Hyprland', 'river', 'labwc', 'wlroots', '']) {
      const installedWtype = system('linux', wayland(desktop), ['wtype', 'xdotool']);
      expect(chooseBackend(installedWtype.facts), desktop).toEqual(paste('wtype'));
      expect(chooseBackend(system('linux', wayland(desktop), ['xdotool']).facts)).toEqual(
        copyOnly('wtype-missing'),
      );
    }
  });

  it('GNOME and KDE on Wayland take no injected keys: copy, naming the desktop, even with wtype', () => {
    const cases: [string, string][] = [
      ['GNOME', 'GNOME'],
      ['ubuntu:GNOME', 'GNOME'],
      ['Unity', 'GNOME'],
      ['KDE', 'KDE Plasma'],
      ['kde', 'KDE Plasma'],
      ['Budgie:GNOME', 'Budgie'],
    ];
    for (const [current, named] of cases) {
      const { facts, asked } = system('linux', wayland(current), ['wtype', 'xdotool']);
      expect(chooseBackend(facts), current).toEqual(copyOnly('wayland-no-virtual-keyboard', named));
      expect(asked).toEqual([]);
    }
  });

  it('never uses xdotool on Wayland, although XWayland gives it a DISPLAY', () => {
    const { facts, asked } = system('linux', wayland('sway'), ['xdotool']);
    expect(chooseBackend(facts)).toEqual(copyOnly('wtype-missing'));
    expect(asked).toEqual(['wtype']);
  });

  it('takes the session type from XDG_SESSION_TYPE first, WAYLAND_DISPLAY otherwise', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'Wayland' })).toBe(true);
    expect(isWaylandSession({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'tty', DISPLAY: ':1' })).toBe(false);
    expect(isWaylandSession({})).toBe(false);
    // No session type but a Wayland display (a compositor started by hand): Wayland.
    const bare = system('linux', { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' }, ['wtype']);
    expect(chooseBackend(bare.facts)).toEqual(paste('wtype'));
  });

  it('no display at all (a console or ssh session): copy only', () => {
    const { facts, asked } = system('linux', { XDG_SESSION_TYPE: 'tty' }, ['xdotool']);
    expect(chooseBackend(facts)).toEqual(copyOnly('no-display'));
    expect(asked).toEqual([]);
  });

  it('the BSDs follow the same rules', () => {
    expect(chooseBackend(system('freebsd', x11, ['xdotool']).facts)).toEqual(paste('xdotool'));
    expect(chooseBackend(system('openbsd', wayland('sway'), ['wtype']).facts)).toEqual(
      paste('wtype'),
    );
  });

  it('never asks about Accessibility off macOS', () => {
    const linux = system('linux', x11, ['xdotool']);
    chooseBackend(linux.facts);
    expect(linux.trustChecks()).toBe(0);
  });
});

describe('chooseBackend on macOS and Windows', () => {
  it('macOS pastes through System Events once trusted, and copies until then', () => {
    const trusted = system('darwin', {}, [], true);
    expect(chooseBackend(trusted.facts)).toEqual(paste('osascript'));
    expect(trusted.trustChecks()).toBe(1);
    expect(chooseBackend(system('darwin', {}, [], false).facts)).toEqual(
      copyOnly('accessibility-not-granted'),
    );
  });

  it('Windows pastes through SendInput whatever the environment says', () => {
    const { facts, asked } = system('win32', { WAYLAND_DISPLAY: 'x', DISPLAY: ':0' });
    expect(chooseBackend(facts)).toEqual(paste('sendinput'));
    expect(asked).toEqual([]);
  });

  it('any other system copies only', () => {
    for (const platform of ['aix', 'sunos', 'android'] as NodeJS.Platform[]) {
      expect(chooseBackend(system(platform, x11, ['xdotool']).facts)).toEqual(
        copyOnly('unsupported-platform'),
      );
    }
  });
});
