// electron-builder's configuration (found by name; see docs/packaging.md). `npm run dist` builds the
// installers for the OS it runs on, `npm run dist:dir` only the unpacked app.
//
// What goes into app.asar: the built app (out/main, out/preload, out/renderer), the tray icons
// (resources/tray) and package.json; no sources, tests, maps or the CLI. The tray icons sit at
// the same place relative to the app folder as in a checkout, so the main process reads them
// from `join(app.getAppPath(), 'resources', 'tray')` in both (electron/app-layout.ts).
// electron-builder adds the production `dependencies` from node_modules on its own; we keep only
// those the built main process or preload still import at runtime (electron-vite leaves
// `dependencies` as imports unless its `build.externalizeDeps` is off; a bundled dependency
// needs no copy), and of those only what runs: no type declarations.
// CommonJS because electron-builder finds its config by name among .js, .cjs and .ts, and this
// package's .js files are ES modules.
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { builtinModules } = require('node:module');
const { join } = require('node:path');

const pkg = require('./package.json');

/**
 * The packages that out/main and out/preload import at runtime (bare specifiers other than
 * `electron` and Node's own modules), as their package names.
 */
function runtimeImports(root) {
  const found = new Set();
  const pattern =
    /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[^"'\s]*)?)["']/g;
  for (const dir of ['out/main', 'out/preload']) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const file of readdirSync(abs, { recursive: true, encoding: 'utf8' })) {
      if (!/\.[cm]?js$/.test(file)) continue;
      const code = readFileSync(join(abs, file), 'utf8');
      for (const [, specifier] of code.matchAll(pattern)) {
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0];
        if (name === 'electron' || name.startsWith('node:') || builtinModules.includes(name)) {
          continue;
        }
        found.add(name);
      }
    }
  }
  return [...found].sort();
}

const needed = new Set(runtimeImports(__dirname));
const unneeded = Object.keys(pkg.dependencies ?? {}).filter((name) => !needed.has(name));

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'dev.statuspalette.app',
  productName: 'Status Palette',
  copyright: 'Copyright © Status Palette contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // "Status Palette-0.1.0-linux-x86_64.AppImage" reads badly in a shell: no space in file names.
  artifactName: 'status-palette-${version}-${os}-${arch}.${ext}',

  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'resources/tray/*.{png,ico}',
    '!**/*.map',
    '!node_modules/**/*.d.{ts,mts,cts}',
    ...unneeded.map((name) => `!node_modules/${name}{,/**}`),
  ],
  asar: true,
  // No native modules (the runtime dependencies are plain JavaScript): nothing to rebuild.
  npmRebuild: false,
  // Electron reads desktopName from the packaged package.json for the Linux app_id / WM_CLASS,
  // which must match the desktop entry's name for docks and autostart to recognise the window.
  extraMetadata: { desktopName: 'status-palette.desktop' },

  // Flipped after packing, before signing (electron-builder re-signs ad hoc on Apple silicon).
  // Asar integrity is checked by Electron on macOS and Windows; on Linux the fuse is inert.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The window is served from app://, never file://, so file:// pages need no extra powers.
    grantFileProtocolExtraPrivileges: false,
  },

  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: 'build/icon.icns',
    category: 'public.app-category.developer-tools',
    // Paste into the previous app runs osascript, whose System Events keystroke is an Apple
    // Event: the hardened runtime needs the apple-events entitlement (in the app's entitlements
    // only, not the helpers'), and macOS shows the usage text when it asks the user once.
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.inherit.plist',
    extendInfo: {
      // A tray-only app: no Dock icon, no application menu; the menu-bar icon is the way in.
      LSUIElement: true,
      NSAppleEventsUsageDescription:
        'Status Palette asks System Events to press Cmd+V, to paste the status you chose into the app you came from.',
    },
  },
  dmg: {
    // The usual window: the app beside a link to /Applications.
    contents: [
      { x: 130, y: 220 },
      { x: 410, y: 220, type: 'link', path: '/Applications' },
    ],
  },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'build/icons',
    category: 'Development',
    executableName: 'status-palette',
    syncDesktopName: true,
    synopsis: 'HTTP and WebSocket status codes, named the way your framework names them',
    maintainer: 'Status Palette contributors <status-palette@users.noreply.github.com>',
    vendor: 'Status Palette contributors',
    // status-palette.desktop, the same file name that electron/login-item.ts gives the autostart
    // entry it writes to ~/.config/autostart (with its own Exec: the AppImage or the executable).
    // No startup notification: a tray app opens no window at launch.
    desktop: {
      entry: {
        Name: 'Status Palette',
        GenericName: 'Status Code Reference',
        Keywords: 'HTTP;status;FastAPI;WebSocket;REST;API;',
        StartupNotify: 'false',
      },
    },
  },
  deb: {
    packageCategory: 'devel',
    priority: 'optional',
    // Paste into the previous app sends Ctrl+V with xdotool on X11 and wtype on wlroots
    // Wayland compositors; without them the app copies and says what to install.
    // electron-builder's own Recommends (libappindicator3-1, for the tray) are kept.
    recommends: ['libappindicator3-1', 'xdotool'],
    // DebOptions has no `suggests`: fpm's own flag, which electron-builder passes on.
    fpm: ['--deb-suggests', 'wtype'],
  },

  win: {
    // x64 only: Windows on Arm runs it emulated, and two arches would make one double-size installer.
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: true,
    perMachine: false,
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
    shortcutName: 'Status Palette',
    artifactName: 'status-palette-${version}-${os}-${arch}-setup.${ext}',
  },
};

module.exports = config;
