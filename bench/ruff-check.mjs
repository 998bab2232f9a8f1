// The peer of `status-palette check` in bench/check.ts: ruff's WASM build (the npm package
// @astral-sh/ruff-wasm-nodejs) over every .py file under a folder, with one rule selected.
// Usage: node ruff-check.mjs DIR RULE. Prints the files checked and the diagnostics found.
import { Workspace, PositionEncoding } from '@astral-sh/ruff-wasm-nodejs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, rule] = process.argv.slice(2);
const workspace = new Workspace({ lint: { select: [rule] } }, PositionEncoding.Utf16);
let files = 0;
let diagnostics = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.py')) continue;
  const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  diagnostics += workspace.check(source).length;
  files++;
}
console.log(JSON.stringify({ files, findings: diagnostics }));
