import { describe, expect, it } from 'vitest';
import {
  applyCommandLineSwitches,
  isWaylandSession,
  mergeFeatureList,
  type CommandLineService,
} from '../../electron/command-line';

class FakeCommandLine implements CommandLineService {
  readonly switches = new Map<string, string>();
  readonly appended: [string, string | undefined][] = [];
  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? '';
  }
  appendSwitch(name: string, value?: string): void {
    this.appended.push([name, value]);
    this.switches.set(name, value ?? '');
  }
}

describe('Wayland and global shortcuts', () => {
  it('knows a Wayland session', () => {
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(isWaylandSession('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(isWaylandSession('darwin', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
  });

  it('merges features into one list without duplicates', () => {
    expect(mergeFeatureList('', ['GlobalShortcutsPortal'])).toBe('GlobalShortcutsPortal');
    expect(mergeFeatureList('A, B', ['B', 'C'])).toBe('A,B,C');
  });

  it('enables the portal on Wayland as a single --enable-features switch', () => {
    const commandLine = new FakeCommandLine();
    commandLine.switches.set('enable-features', 'UseOzonePlatform,WaylandWindowDecorations');
    expect(applyCommandLineSwitches(commandLine, 'linux', { XDG_SESSION_TYPE: 'wayland' })).toEqual(
      ['GlobalShortcutsPortal'],
    );
    expect(commandLine.appended).toEqual([
      ['enable-features', 'UseOzonePlatform,WaylandWindowDecorations,GlobalShortcutsPortal'],
    ]);
  });

  it('leaves X11, macOS and Windows alone', () => {
    for (const [platform, env] of [
      ['linux', { XDG_SESSION_TYPE: 'x11' }],
      ['darwin', {}],
      ['win32', {}],
    ] as const) {
      const commandLine = new FakeCommandLine();
      expect(applyCommandLineSwitches(commandLine, platform, env)).toEqual([]);
      expect(commandLine.appended).toEqual([]);
    }
  });
});
