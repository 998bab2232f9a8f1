/**
 * The parser's two WASM files, found beside the bundled CLI (scripts/build-cli.mjs copies them
 * to out/cli/) or, from a checkout, in node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPythonParser, type PythonParser } from '../../core/check/python';

export const WASM_FILES = {
  runtime: ['web-tree-sitter', 'web-tree-sitter.wasm'],
  grammar: ['tree-sitter-python', 'tree-sitter-python.wasm'],
} as const;

export function locateWasm(part: keyof typeof WASM_FILES, from: string = import.meta.url): string {
  const [pkg, file] = WASM_FILES[part];
  const beside = join(dirname(fileURLToPath(from)), file);
  if (existsSync(beside)) return beside;
  return createRequire(from).resolve(`${pkg}/${file}`);
}

let parser: Promise<PythonParser> | null = null;

export function pythonParser(): Promise<PythonParser> {
  parser ??= loadPythonParser({
    runtime: readFileSync(locateWasm('runtime')),
    grammar: readFileSync(locateWasm('grammar')),
  });
  return parser;
}
