// `npm run preview`: serves the built window (out/renderer) over http, so that it runs in any
// browser with the web bridge: no Electron binary needed. Also the server of the Playwright
// suite and the renderer benchmark.
//
//   node scripts/preview.mjs [--port 4173] [--host 127.0.0.1] [--build-if-missing]
//
// Prints "Status Palette window: http://HOST:PORT/" once listening (the tests wait for it).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import mime from 'mime-types';
import { runTool } from './spawn-tool.mjs';

const root = fileURLToPath(new URL('../out/renderer/', import.meta.url));
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

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const relative = normalize(path === '/' ? 'index.html' : path.slice(1));
  // Nothing outside out/renderer is served, whatever the URL says.
  if (relative.startsWith('..') || relative.includes(`${sep}..`)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  try {
    const body = await readFile(join(root, relative));
    response.writeHead(200, {
      'content-type': mime.contentType(extname(relative)) || 'application/octet-stream',
      // Hashed assets could be cached forever; the server is for looking and testing, so no cache.
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Status Palette window: http://${values.host}:${port}/`);
});
