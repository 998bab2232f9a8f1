import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../core/registry';
import { DATA_SOURCES } from '../../core/registry/sources';
import {
  createLinkOpener,
  externalUrlProblem,
  referenceHosts,
} from '../../electron/external-links';
import { recordingLog } from './fakes';

const hosts = referenceHosts(REGISTRY);

describe('external link allowlist', () => {
  it('is made of the registry’s reference hosts', () => {
    expect(hosts).toContain('www.rfc-editor.org');
    expect(hosts).toContain('www.iana.org');
    expect(hosts).toContain('developer.mozilla.org');
    expect(hosts.size).toBeLessThan(20);
  });

  it('lets the About view’s data sources through too', () => {
    const withSources = referenceHosts(REGISTRY, DATA_SOURCES);
    for (const { url } of DATA_SOURCES)
      expect(externalUrlProblem(url, withSources), url).toBeNull();
    expect(withSources).toContain('github.com');
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

  it('the opener asks the OS only for allowed links, and reports its failures', async () => {
    const opened: string[] = [];
    const { log, lines } = recordingLog();
    const open = createLinkOpener({
      hosts,
      openExternal: async (url) => {
        if (url.includes('fail')) throw new Error('no browser');
        opened.push(url);
      },
      log,
    });
    expect(await open('https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404')).toEqual({
      ok: true,
    });
    expect(await open('file:///etc/passwd')).toMatchObject({ ok: false });
    expect(await open('https://www.iana.org/fail')).toEqual({
      ok: false,
      message: 'the browser could not be opened: no browser',
    });
    expect(opened).toEqual(['https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404']);
    expect(lines).toHaveLength(1);
  });
});
