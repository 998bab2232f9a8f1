// Bundles the CLI into one plain JavaScript file that runs on Node without any dependency, with
// the Python parser's two WASM files beside it (cli/check/wasm.ts looks there first).
// That copy is why tree-sitter-python is only a devDependency: nothing reads it after the build.
// `node scripts/build-cli.mjs DIR` builds into DIR instead of out/cli (the tests use a temp folder).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const outdir = process.argv[2] ?? 'out/cli';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['cli/main.ts'],
  outfile: `${outdir}/status-palette.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: '#!/usr/bin/env node' },
  define: { __APP_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});

const require = createRequire(import.meta.url);
mkdirSync(outdir, { recursive: true });
for (const wasm of [
  'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-python/tree-sitter-python.wasm',
]) {
  copyFileSync(require.resolve(wasm), `${outdir}/${wasm.split('/')[1]}`);
}
