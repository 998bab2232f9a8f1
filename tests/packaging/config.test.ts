// electron-builder.config.cjs: the targets, names and rules the issue asks for, per OS. The pack
// tests check what the config produces; this checks what cannot be produced offline (installers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { requireFromRoot, root } from './helpers';

const config = requireFromRoot('./electron-builder.config.cjs') as Configuration;
const targets = (list: unknown) =>
  (list as { target: string; arch: string[] }[]).map(({ target, arch }) => `${target}:${arch}`);

describe('electron-builder.config.cjs', () => {
  it('names the app and its artifacts with version and arch, without spaces', () => {
    expect(config.appId).toBe('dev.statuspalette.app');
    expect(config.productName).toBe('Status Palette');
    for (const name of [config.artifactName, config.nsis?.artifactName]) {
      expect(name).toMatch(/^status-palette-\$\{version\}-\$\{os\}-\$\{arch\}[^ ]*\.\$\{ext\}$/);
    }
  });

  it('builds AppImage and deb for Linux, dmg for macOS, nsis for Windows', () => {
    expect(targets(config.linux?.target)).toEqual(['AppImage:x64', 'deb:x64']);
    expect(targets(config.mac?.target)).toEqual(['dmg:arm64,x64']);
    expect(targets(config.win?.target)).toEqual(['nsis:x64']);
  });

  it('makes macOS a tray-only app and files Linux under Development', () => {
    expect(config.mac?.extendInfo).toMatchObject({ LSUIElement: true });
    expect(config.linux?.category).toBe('Development');
    expect(config.linux?.executableName).toBe('status-palette');
    expect(config.extraMetadata).toMatchObject({ desktopName: 'status-palette.desktop' });
  });

  it('uses the committed icons, so no converter (a download) runs', () => {
    expect(config.directories?.buildResources).toBe('build');
    expect(config.mac?.icon).toBe('build/icon.icns');
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.linux?.icon).toBe('build/icons');
  });

  it('packs only the built app and the tray icons (no maps) into the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/**',
        'out/preload/**',
        'out/renderer/**',
        '!**/*.map',
      ]),
    );
    expect(config.files).not.toContain('out/cli/**');
    // In the asar at the same path as in a checkout: electron/app-layout.ts reads them there.
    expect(config.files).toContain('resources/tray/*.{png,ico}');
    expect(config.extraResources).toBeUndefined();
  });

  it('flips the fuses: run-as-node, NODE_OPTIONS, --inspect and file:// privileges off, asar integrity and asar-only on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('macOS: hardened runtime with the Apple Events entitlement and its usage text (paste)', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.extendInfo).toMatchObject({
      NSAppleEventsUsageDescription: expect.stringMatching(/System Events.*paste/),
    });
    // Each entitlement's value in a plist: `<key>name</key> <true/>`.
    const entitlements = (path: string) =>
      Object.fromEntries(
        [
          ...readFileSync(join(root, path), 'utf8').matchAll(
            /<key>([^<]+)<\/key>\s*<(true|false)\/>/g,
          ),
        ].map(([, key, value]) => [key, value === 'true']),
      );
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('build/entitlements.mac.inherit.plist');
    const electron = {
      'com.apple.security.cs.allow-jit': true,
      'com.apple.security.cs.allow-unsigned-executable-memory': true,
      'com.apple.security.cs.disable-library-validation': true,
    };
    expect(entitlements(config.mac!.entitlements!)).toEqual({
      ...electron,
      'com.apple.security.automation.apple-events': true,
    });
    // Electron's helper processes send no Apple Events.
    expect(entitlements(config.mac!.entitlementsInherit!)).toEqual(electron);
  });
});
