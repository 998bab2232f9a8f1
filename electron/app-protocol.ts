/**
 * The window is served from app://palette/, a privileged custom scheme, not file://: a file://
 * page may read any file the user can (Electron security checklist, item 18), and app:// gives
 * the page a real origin that IPC handlers can check. Every response carries the
 * Content-Security-Policy as a header, which Electron enforces before any script runs.
 */
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'palette';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs and a real origin; secure: treated like https (no mixed content);
 * supportFetchAPI: the page may fetch its own assets. Nothing else (no bypassCSP, no CORS).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const;

/**
 * No remote anything, no eval, no inline scripts. Inline styles are allowed: Svelte writes
 * `style` attributes for dynamic values, and a style attribute cannot run code.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'none'"],
  // Ignored in a <meta> tag; only the header can forbid framing.
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** The same policy for the browser build's <meta> tag, less what a <meta> cannot carry. */
export const CONTENT_SECURITY_POLICY_META = CSP_DIRECTIVES.filter(([k]) => k !== 'frame-ancestors')
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function refuse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The file under `root` that `url` names, or null when it names nothing there. */
export function fileForUrl(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const file = normalize(join(root, path));
  const inside = normalize(root.endsWith(sep) ? root : root + sep);
  return file.startsWith(inside) ? file : null;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;
export type RealPath = (path: string) => Promise<string>;

function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * `file` with every symbolic link resolved, when that is still under `root` (resolved the same
 * way); null when a link leads out, or the file does not exist. fileForUrl only looks at the
 * path's text, and a link under the root could point anywhere. (Electron's fs resolves paths
 * inside app.asar too.)
 */
export async function realFileInside(
  root: string,
  file: string,
  resolve: RealPath = realpath,
): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([resolve(root), resolve(file)]);
    return isInside(realRoot, realFile) ? realFile : null;
  } catch {
    return null;
  }
}

/** The handler for `protocol.handle('app', ...)`: files from `root`, with the security headers. */
export function createAppProtocolHandler(options: {
  root: string;
  readFile?: ReadFile;
  realpath?: RealPath;
  log?: (message: string) => void;
}): (request: Request) => Promise<Response> {
  const { root, readFile: read = readFile, realpath: resolve = realpath, log = () => {} } = options;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(405, 'method not allowed');
    }
    const named = fileForUrl(root, request.url);
    const file = named && (await realFileInside(root, named, resolve));
    if (!file) {
      log(`app protocol: refused ${request.url.slice(0, 200)}`);
      return refuse(404, 'not found');
    }
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return refuse(404, 'not found');
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : (body as BodyInit), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' },
    });
  };
}
