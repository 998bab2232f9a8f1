import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  createAppProtocolHandler,
  fileForUrl,
} from '../../electron/app-protocol';
import { recordingLog } from './fakes';

let root: string;
let secret: string;
beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'palette-protocol-'));
  root = join(base, 'renderer');
  secret = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Status Palette</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(secret, 'do not serve');
  await mkdir(join(base, 'outside'));
  await writeFile(join(base, 'outside', 'passwd'), 'do not serve');
  if (process.platform !== 'win32') {
    // Links a build or a hostile package could leave under the root.
    await symlink(secret, join(root, 'leak.txt'));
    await symlink(join(base, 'outside'), join(root, 'assets', 'linked'));
    await symlink('/etc/passwd', join(root, 'passwd.js'));
    await symlink(join(root, 'index.html'), join(root, 'alias.html'));
    // The root itself reached through a link (as /tmp is on macOS).
    await symlink(root, join(base, 'root-link'));
  }
});
afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

const get = (url: string, method = 'GET') =>
  createAppProtocolHandler({ root, log: recordingLog().log })(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the window with the CSP as a header', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Status Palette');
  });

  it('serves assets with their types', async () => {
    expect((await get(`${APP_ORIGIN}/assets/index-abc.js`)).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
    expect((await get(`${APP_ORIGIN}/assets/index-abc.css`)).headers.get('content-type')).toMatch(
      /^text\/css/,
    );
    expect((await get(`${APP_ORIGIN}/`)).status).toBe(200);
  });

  it.each([
    `${APP_ORIGIN}/missing.js`,
    `${APP_ORIGIN}/..%2fsecret.txt`,
    `${APP_ORIGIN}/%2e%2e/secret.txt`,
    `${APP_ORIGIN}/assets/..%2f..%2fsecret.txt`,
    `${APP_ORIGIN}/assets%5c..%5c..%5csecret.txt`,
    `${APP_ORIGIN}/index.html%00.js`,
    `${APP_ORIGIN}/%E0%A4%A`,
    'app://other/index.html',
  ])('answers 404 for %s, serving nothing outside the window', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it
    .skipIf(process.platform === 'win32')
    .each([
      `${APP_ORIGIN}/leak.txt`,
      `${APP_ORIGIN}/assets/linked/passwd`,
      `${APP_ORIGIN}/passwd.js`,
    ])('follows no symbolic link out of the root: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('do not serve');
    expect(body).not.toContain('root:');
  });

  it.skipIf(process.platform === 'win32')(
    'serves a link that stays inside, and a root reached through a link',
    async () => {
      expect(await (await get(`${APP_ORIGIN}/alias.html`)).text()).toContain('Status Palette');
      const viaLink = createAppProtocolHandler({ root: join(root, '..', 'root-link') });
      expect((await viaLink(new Request(APP_ENTRY_URL))).status).toBe(200);
      expect((await viaLink(new Request(`${APP_ORIGIN}/leak.txt`))).status).toBe(404);
    },
  );

  it('maps URLs only inside the root', () => {
    expect(fileForUrl(root, `${APP_ORIGIN}/assets/index-abc.js`)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(fileForUrl(root, `${APP_ORIGIN}/..%2f..%2fetc/passwd`)).toBeNull();
    expect(fileForUrl(root, 'https://palette/index.html')).toBeNull();
    expect(fileForUrl(root, 'not a url')).toBeNull();
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });

  it('is a standard, secure scheme with no CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );

  it('allows scripts from the app only: no remote scripts, no eval, no inline scripts', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('forbids plugins, base tags, forms, frames and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('has a <meta> twin for the browser build, less frame-ancestors', () => {
    expect(CONTENT_SECURITY_POLICY_META).toBe(
      CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''),
    );
  });
});
