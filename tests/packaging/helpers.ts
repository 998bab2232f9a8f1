// Shared by the packaging tests: the built app they pack, a stand-in for Electron's binary so
// electron-builder can pack offline, and what the packed app should hold.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect } from 'vitest';
import { type Asar, readAsar } from './formats';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const requireFromRoot = createRequire(join(root, 'package.json'));

/** electron-builder's own modules, resolved from where electron-builder finds them. */
export const requireFromBuilder = createRequire(requireFromRoot.resolve('electron-builder'));

const pkg = requireFromRoot('./package.json') as { devDependencies: Record<string, string> };
export const electronVersion = pkg.devDependencies.electron!;

/** The built app, which the tests pack. `npm test` builds it before running them. */
export function builtAppFiles(): string[] {
  const missing = ['out/main/index.js', 'out/renderer/index.html'].filter(
    (path) => !existsSync(join(root, path)),
  );
  if (missing.length > 0 || !existsSync(join(root, 'out/preload'))) {
    throw new Error(
      `The packaging tests pack the built app, and ${missing.join(', ') || 'out/preload'} is ` +
        'missing: run `npm run build` first (`npm test` does).',
    );
  }
  return ['out/main', 'out/preload', 'out/renderer']
    .flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/')),
    )
    .sort();
}

/**
 * Electron's fuse wire as a binary carries it: the sentinel, the wire's version (1), its length,
 * then one ASCII '0' or '1' per fuse. These are Electron's defaults for the eight fuses
 * @electron/fuses knows: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
 * asar integrity off, only-load-from-asar off, browser V8 snapshot off, file:// privileges on.
 */
export const DEFAULT_FUSE_WIRE = '10110001';
const fuseWire = (wire: string) =>
  Buffer.concat([
    Buffer.from('stand-in for Electron\0dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'latin1'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'latin1'),
    Buffer.from('\0', 'latin1'),
  ]);

/**
 * A folder electron-builder takes as an unpacked Electron (its `electronDist`): a `version` file
 * and the executable, which for macOS is an Electron.app whose framework binary holds the fuses.
 */
export function makeStandInElectron(dir: string, os: 'linux' | 'mac'): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'version'), electronVersion);
  const executable = (path: string, bytes: Buffer) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    chmodSync(path, 0o755);
  };
  if (os === 'linux') {
    executable(join(dir, 'electron'), fuseWire(DEFAULT_FUSE_WIRE));
    return dir;
  }
  const contents = join(dir, 'Electron.app/Contents');
  const plist = (identifier: string, executableName: string) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
      '<plist version="1.0"><dict>',
      `<key>CFBundleExecutable</key><string>${executableName}</string>`,
      `<key>CFBundleIdentifier</key><string>${identifier}</string>`,
      `<key>CFBundleName</key><string>${executableName}</string>`,
      '<key>CFBundleIconFile</key><string>electron.icns</string>',
      '<key>CFBundlePackageType</key><string>APPL</string>',
      `<key>CFBundleVersion</key><string>${electronVersion}</string>`,
      '</dict></plist>',
    ].join('\n');
  mkdirSync(join(contents, 'Resources'), { recursive: true });
  writeFileSync(join(contents, 'Info.plist'), plist('com.github.Electron', 'Electron'));
  writeFileSync(join(contents, 'Resources/electron.icns'), '');
  executable(join(contents, 'MacOS/Electron'), Buffer.from('stand-in\n'));
  const helper = join(contents, 'Frameworks/Electron Helper.app/Contents');
  mkdirSync(helper, { recursive: true });
  writeFileSync(join(helper, 'Info.plist'), plist('com.github.Electron.helper', 'Electron Helper'));
  executable(join(helper, 'MacOS/Electron Helper'), Buffer.from('stand-in\n'));
  executable(
    join(contents, 'Frameworks/Electron Framework.framework/Electron Framework'),
    fuseWire(DEFAULT_FUSE_WIRE),
  );
  return dir;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/dist.mjs as `npm run dist` would, with extra arguments and environment. */
export function runDist(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(root, 'scripts/dist.mjs'), ...args],
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/**
 * The packages a built file imports at runtime: bare specifiers other than `electron` and Node's
 * own modules, as package names (`@scope/name` or `name`).
 */
export function bareImports(code: string): string[] {
  const pattern =
    /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[^"'\s]*)?)["']/g;
  const names = new Set<string>();
  for (const [, specifier] of code.matchAll(pattern)) {
    const name = specifier!.startsWith('@')
      ? specifier!.split('/').slice(0, 2).join('/')
      : specifier!.split('/')[0]!;
    if (name === 'electron' || name.startsWith('node:') || builtinModules.includes(name)) continue;
    names.add(name);
  }
  return [...names].sort();
}

/**
 * Checks a packed app's resources folder: app.asar holds the built app, the tray icons and
 * package.json, and of node_modules exactly the packages the built main process and preload
 * import, without type declarations; beside it only `extra` (what the OS's packaging puts there).
 * Returns the asar for more checks.
 */
export function expectPackedResources(resourcesDir: string, extra: string[] = []): Asar {
  const built = builtAppFiles().filter((path) => !path.endsWith('.map'));
  const tray = readdirSync(join(root, 'resources/tray'))
    .filter((name) => /\.(png|ico)$/.test(name))
    .map((name) => `resources/tray/${name}`);
  const asar = readAsar(join(resourcesDir, 'app.asar'));
  const packed = [...asar.files.keys()].sort();

  const app = packed.filter((path) => !path.startsWith('node_modules/'));
  const expected = [...built, ...tray, 'package.json'].sort();
  expect(app, 'app.asar holds the built app, tray icons and package.json').toEqual(expected);
  for (const path of [...built, ...tray]) {
    expect(asar.read(path).equals(readFileSync(join(root, path))), `${path} as built`).toBe(true);
  }
  for (const [path, entry] of asar.files) {
    expect(entry.unpacked, `${path} is inside the asar`).toBeFalsy();
    expect(entry.integrity?.algorithm, `${path} has a block hash`).toBe('SHA256');
  }

  const imported = new Set(
    built
      .filter((path) => /^out\/(main|preload)\/.*\.[cm]?js$/.test(path))
      .flatMap((path) => bareImports(asar.read(path).toString('utf8'))),
  );
  const dependencies = modules(packed);
  expect(dependencies, 'node_modules: only what the built code imports').toEqual(
    [...imported].sort(),
  );
  for (const name of dependencies) {
    expect(asar.files.has(`node_modules/${name}/package.json`), `${name} is whole`).toBe(true);
  }
  const declarations = packed.filter((path) => /\.d\.[cm]?ts$|\.map$/.test(path));
  expect(declarations, 'no type declarations or maps').toEqual([]);

  const manifest = JSON.parse(asar.read('package.json').toString('utf8')) as Record<
    string,
    unknown
  >;
  expect(manifest).toMatchObject({
    name: 'status-palette',
    main: 'out/main/index.js',
    desktopName: 'status-palette.desktop',
  });
  expect(asar.files.has(manifest.main as string), 'main is packed').toBe(true);
  expect(manifest.devDependencies, 'no devDependencies in the packed package.json').toBeUndefined();
  expect(manifest.scripts, 'no scripts in the packed package.json').toBeUndefined();

  expect(readdirSync(resourcesDir).sort(), 'resources/').toEqual(['app.asar', ...extra].sort());
  return asar;
}

/** The package names under node_modules/ in a list of paths. */
function modules(paths: string[]): string[] {
  const names = new Set<string>();
  for (const path of paths) {
    if (!path.startsWith('node_modules/')) continue;
    const [, first, second] = path.split('/');
    names.add(first!.startsWith('@') ? `${first}/${second}` : first!);
  }
  return [...names].sort();
}

/** A fuse's state is the ASCII digit in the wire (@electron/fuses' FuseState, not exported). */
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) };

/** Reads the fuses back from a packed binary (or a macOS .app) and checks each one. */
export async function expectFlippedFuses(binary: string): Promise<void> {
  const wire = await getCurrentFuseWire(binary);
  expect({
    runAsNode: wire[FuseV1Options.RunAsNode],
    nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
    inspectArguments: wire[FuseV1Options.EnableNodeCliInspectArguments],
    embeddedAsarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    onlyLoadAppFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
    fileProtocolExtraPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
  }).toEqual({
    runAsNode: FuseState.DISABLE,
    nodeOptions: FuseState.DISABLE,
    inspectArguments: FuseState.DISABLE,
    embeddedAsarIntegrity: FuseState.ENABLE,
    onlyLoadAppFromAsar: FuseState.ENABLE,
    fileProtocolExtraPrivileges: FuseState.DISABLE,
  });
  // The others keep the stand-in's (Electron's) defaults: only the six above are ours to flip.
  expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.DISABLE);
}
