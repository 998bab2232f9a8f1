import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // One spelling for the renderer's imports of core, whatever the depth of the importing file.
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/*'], message: 'Import core as $core/… (the alias).' }] },
      ],
    },
  },
  {
    // core/ is shared by every front: it must not reach for Electron, Node or the DOM.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'fs', 'path', 'os'],
              message: 'core/ stays pure: pass services in as arguments.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the composition root and the preload may load Electron as a value: everything else
    // takes Electron's services as arguments, so it runs in Node under test with fakes.
    files: ['**/*.ts', '**/*.svelte'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Take Electron services as arguments; only electron/main.ts and electron/preload.ts import electron.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Raw IPC only in the two adapters; everywhere else the contract's typed bridge, handlers
    // and sendEvent (core/ipc.ts), so no message goes out unchecked or untyped.
    files: ['**/*.ts', '**/*.svelte', '**/*.mjs'],
    ignores: ['electron/ipc-handlers.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          ['ipcRenderer', 'invoke'],
          ['ipcRenderer', 'send'],
          ['ipcRenderer', 'sendSync'],
          ['ipcMain', 'handle'],
          ['ipcMain', 'on'],
          ['webContents', 'send'],
        ].flatMap(([object, method]) =>
          [`[callee.object.name='${object}']`, `[callee.object.property.name='${object}']`].map(
            (target) => ({
              selector: `CallExpression${target}[callee.property.name='${method}']`,
              message: `Use the contract in core/ipc.ts (buildBridge, registerIpcHandlers, sendEvent), not raw ${object}.${method}.`,
            }),
          ),
        ),
      ],
    },
  },
);
