import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only electron: bundle the contract's valibot schemas in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload.ts') },
        // Sandboxed preloads cannot be ES modules: emit CommonJS as out/preload/index.cjs
        // (electron/app-layout.ts points the window at it).
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // Relative asset paths: the same build is served by app:// and by any static http server.
    base: './',
    plugins: [svelte()],
    // The renderer imports core as $core/… (tsconfig.json's `paths` says the same to TypeScript).
    resolve: { alias: { $core: resolve('core') } },
    build: {
      outDir: resolve('out/renderer'),
      // The window is loaded on every start: ship it minified (electron-vite leaves it readable).
      minify: true,
      rolldownOptions: {
        input: { index: resolve('renderer/index.html') },
        output: {
          // Everything the window imports statically stays in its first chunk. Without this group
          // Rolldown moves a module that a lazy chunk (the web bridge, the search engine) also
          // imports into a shared chunk, which the first chunk then has to load as well. What only
          // the lazy chunks import stays in them; a module in the first chunk carries every export
          // any chunk uses, so keep lazy-only code (schemas, rule tables) in modules of its own.
          codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
        },
      },
    },
  },
});
