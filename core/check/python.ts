/**
 * The one door to the Python parser (tree-sitter's Python grammar on web-tree-sitter, both WASM).
 * The caller hands in the two WASM files' bytes, so this stays free of any file system.
 */
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

export type { Node as SyntaxNode, Tree as SyntaxTree };

export interface PythonWasm {
  /** web-tree-sitter's runtime, web-tree-sitter.wasm. */
  runtime: Uint8Array;
  /** tree-sitter-python's grammar, tree-sitter-python.wasm. */
  grammar: Uint8Array;
}

export interface PythonParser {
  parse(source: string): Tree;
  /** The grammar's ABI version, and the range this runtime can load. */
  abi: { grammar: number; min: number; max: number };
}

export async function loadPythonParser(wasm: PythonWasm): Promise<PythonParser> {
  // Emscripten's option: the runtime's bytes, so it fetches nothing itself.
  await Parser.init({ wasmBinary: wasm.runtime } as object);
  const { LANGUAGE_VERSION, MIN_COMPATIBLE_VERSION } = await import('web-tree-sitter');
  const language = await Language.load(wasm.grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(source) {
      const tree = parser.parse(source);
      if (!tree) throw new Error('the Python parser returned no tree');
      return tree;
    },
    abi: { grammar: language.abiVersion, min: MIN_COMPATIBLE_VERSION, max: LANGUAGE_VERSION },
  };
}
