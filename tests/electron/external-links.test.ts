import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../core/registry';
import { DATA_SOURCES } from '../../core/registry/sources';
import { citedLinks, createLinkOpener, externalUrlProblem } from '../../electron/external-links';
import { recordingLog } from './fakes';

const hosts = citedLinks(REGISTRY);
const withSources = citedLinks(REGISTRY, DATA_SOURCES);
const hostsOf = (links: ReadonlySet<string>) => new Set([...links].map((l) => new URL(l).hostname));

describe('external link allowlist', () => {
  it('is made of the links the registry cites, on its reference hosts', () => {
    expect(hostsOf(hosts)).toContain('www.rfc-editor.org');
    expect(hostsOf(hosts)).toContain('www.iana.org');
    expect(hostsOf(hosts)).toContain('developer.mozilla.org');
    expect(hostsOf(hosts).size).toBeLessThan(20);
  });

  it('lets the About view’s data sources through too', () => {
    for (const { url } of DATA_SOURCES)
      expect(externalUrlProblem(url, withSources), url).toBeNull();
    expect(hostsOf(withSources)).toContain('github.com');
  });

  it('lets every reference and MDN link of the registry through', () => {
    const urls = REGISTRY.flatMap((e) => [e.reference.url, e.mdn]).filter(
      (u): u is string => u !== null,
    );
    expect(urls.length).toBeGreaterThan(REGISTRY.length);
    for (const url of urls) expect(externalUrlProblem(url, hosts), url).toBeNull();
  });

  it.each([
    ['http://www.rfc-editor.org/rfc/rfc9110', /only https/],
    ['file:///etc/passwd', /only https/],
    ['javascript:alert(1)', /only https/],
    ['smb://attacker/share', /only https/],
    ['ms-msdt:/id PCWDiagnostic', /only https/],
    ['https://evil.example/', /not one of/],
    ['https://www.rfc-editor.org.evil.example/', /not one of/],
    ['https://evilwww.rfc-editor.org/', /not one of/],
    ['https://www.rfc-editor.org@evil.example/', /credentials/],
    ['https://user:pw@www.rfc-editor.org/', /credentials/],
    ['https://www.rfc-editor.org:8443/', /port/],
    ['not a url', /not a URL/],
    ['', /not a URL/],
  ])('refuses %s', (url, reason) => {
    expect(externalUrlProblem(url, hosts)).toMatch(reason);
  });

  it.each([
    'https://github.com/attacker/tool/releases/download/v1.0/payload.exe',
    'https://github.com/Kludex/starlette/archive/refs/heads/main.zip',
    'https://www.iana.org/assignments/',
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404/../../../../../../evil',
    'https://www.rfc-editor.org/rfc/rfc9110?redirect=https://evil.example/',
  ])('refuses a page the app does not cite, on a host it does: %s', (url) => {
    expect(externalUrlProblem(url, withSources)).toMatch(/not one of the links/);
  });

  it('hands the OS the parsed link, never the raw string', async () => {
    const opened: string[] = [];
    const open = createLinkOpener({
      links: withSources,
      openExternal: async (url) => void opened.push(url),
      log: recordingLog().log,
    });
    const cited = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404';
    expect(
      await open('HTTPS://Developer.Mozilla.ORG/en-US/docs/Web/HTTP/Reference/Sta\ttus/404'),
    ).toEqual({
      ok: true,
    });
    expect(
      await open(' https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/4\n04 '),
    ).toEqual({
      ok: true,
    });
    expect(opened).toEqual([cited, cited]);
  });

  it('the opener asks the OS only for allowed links, and reports its failures', async () => {
    const opened: string[] = [];
    const { log, lines } = recordingLog();
    const open = createLinkOpener({
      links: hosts,
      openExternal: async (url) => void opened.push(url),
      log,
    });
    expect(
      await open('https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404'),
    ).toEqual({ ok: true });
    expect(await open('file:///etc/passwd')).toMatchObject({ ok: false });
    const failing = createLinkOpener({
      links: new Set(['https://www.iana.org/fail']),
      openExternal: async () => {
        throw new Error('no browser');
      },
      log,
    });
    expect(await failing('https://www.iana.org/fail')).toEqual({
      ok: false,
      message: 'the browser could not be opened: no browser',
    });
    expect(opened).toEqual([
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404',
    ]);
    expect(lines).toHaveLength(1);
  });
});
