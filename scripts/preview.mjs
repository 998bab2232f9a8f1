// `npm run preview`: serves the built window (out/renderer) over http with Vite's preview
// server, so that it runs in any browser with the web bridge: no Electron binary needed. Also
// the server of the Playwright suite and the renderer benchmark.
//
//   node scripts/preview.mjs [--port 4173] [--host 127.0.0.1] [--build-if-missing]
//
// Prints "Status Palette window: http://HOST:PORT/" once listening (the tests wait for it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { runTool } from './spawn-tool.mjs';

const repository = fileURLToPath(new URL('..', import.meta.url));
const root = join(repository, 'out', 'renderer');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    'build-if-missing': { type: 'boolean', default: false },
  },
});

if (!existsSync(join(root, 'index.html'))) {
  if (!values['build-if-missing']) {
    console.error('out/renderer/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  console.log('out/renderer is missing: building it (electron-vite build)...');
  const built = runTool('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Vite's own preview server serves the build: content types, path checks and 404s are its.
// 'mpa': an unknown path is a 404, not index.html, as under app:// in the desktop app.
const server = await preview({
  configFile: false,
  root: repository,
  appType: 'mpa',
  logLevel: 'warn',
  build: { outDir: 'out/renderer' },
  preview: { port: Number(values.port), host: values.host, strictPort: true, cors: false },
});
const address = server.httpServer.address();
const port = typeof address === 'object' && address ? address.port : values.port;
console.log(`Status Palette window: http://${values.host}:${port}/`);
