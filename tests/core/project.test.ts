import { describe, expect, it } from 'vitest';
import { FASTAPI_STARLETTE_REQUIREMENTS } from '../../core/project/fastapi-starlette';
import { readLockFile } from '../../core/project/lock-files';
import {
  createStarletteResolver,
  DEFAULT_TARGET,
  fastapiStarletteRange,
} from '../../core/project/starlette-version';
import { rangeOf } from '../../core/project/versions';
import { compareVersions, formatVersion, version } from '../../core/versions';
import { folders } from './fake-folders';

const UV = `version = 1
requires-python = ">=3.9"

[[package]]
name = "fastapi"
version = "0.115.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "starlette"
version = "0.47.3"
source = { registry = "https://pypi.org/simple" }
`;

describe('lock and requirements files', () => {
  it('reads uv.lock, poetry.lock and pdm.lock ([[package]])', () => {
    for (const name of ['uv.lock', 'poetry.lock', 'pdm.lock']) {
      expect(readLockFile(name, UV)).toEqual({
        ok: true,
        pins: { starlette: ['0.47.3'], fastapi: ['0.115.0'] },
      });
    }
  });
  it('reads pylock.toml ([[packages]], PEP 751)', () => {
    const text = `lock-version = "1.0"\ncreated-by = "pip"\n\n[[packages]]\nname = "Starlette"\nversion = "0.46.2"\n`;
    expect(readLockFile('pylock.toml', text)).toEqual({
      ok: true,
      pins: { starlette: ['0.46.2'], fastapi: [] },
    });
  });
  it('reads Pipfile.lock (JSON, == versions)', () => {
    const text = JSON.stringify({
      _meta: {},
      default: { fastapi: { version: '==0.116.1' } },
      develop: {},
    });
    expect(readLockFile('Pipfile.lock', text)).toEqual({
      ok: true,
      pins: { starlette: [], fastapi: ['0.116.1'] },
    });
  });
  it('reads == pins from requirements files, with extras, markers, comments and hashes', () => {
    const text = [
      '# app',
      'FastAPI[standard]==0.110.0 ; python_version >= "3.9"  # pinned',
      'starlette>=0.30',
      'uvicorn==0.30.0 \\',
      '    --hash=sha256:abc',
      '-r base.txt',
    ].join('\n');
    expect(readLockFile('requirements-prod.txt', text)).toEqual({
      ok: true,
      pins: { starlette: [], fastapi: ['0.110.0'] },
    });
  });
  it('says when a lock file does not parse', () => {
    const read = readLockFile('uv.lock', '[[package]\nname = ');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/^uv\.lock does not parse/);
    expect(readLockFile('Pipfile.lock', '{').ok).toBe(false);
  });
});

describe("FastAPI's Starlette requirements", () => {
  it('is ordered by FastAPI release, and every requirement reads as a range', () => {
    const releases = FASTAPI_STARLETTE_REQUIREMENTS.map(([f]) => version(f));
    for (let i = 1; i < releases.length; i++)
      expect(compareVersions(releases[i]!, releases[i - 1]!)).toBeGreaterThan(0);
    for (const [, spec] of FASTAPI_STARLETTE_REQUIREMENTS)
      expect(rangeOf(spec, version('0.5.0'))).not.toBeNull();
  });
  it('picks the row in force for a FastAPI release', () => {
    expect(fastapiStarletteRange(version('0.116.1'))).toEqual({
      spec: '>=0.40.0,<0.48.0',
      fromFastapi: '0.116.1',
    });
    expect(fastapiStarletteRange(version('0.119.0')).spec).toBe('>=0.40.0,<0.49.0');
    expect(fastapiStarletteRange(version('0.95.1')).spec).toBe('>=0.26.1,<0.27.0');
  });
});

describe('the Starlette version of a folder', () => {
  it('uses the nearest folder with a lock file, walking up', () => {
    const resolve = createStarletteResolver(
      folders({ '/p': { 'uv.lock': UV, 'README.md': '' }, '/p/app': { 'main.py': '' } }),
    );
    const { target } = resolve('/p/app');
    expect(target).toMatchObject({ label: '0.47.3', dir: '/p', file: 'uv.lock' });
    expect(target.basis).toBe('starlette 0.47.3 pinned');
  });
  it('takes the first in the order uv.lock, pylock.toml, poetry.lock, pdm.lock, Pipfile.lock, requirements', () => {
    const pin = (v: string) => `[[package]]\nname = "starlette"\nversion = "${v}"\n`;
    const resolve = createStarletteResolver(
      folders({
        '/a': { 'requirements.txt': 'starlette==0.40.0', 'pdm.lock': pin('0.41.0') },
        '/b': { 'poetry.lock': pin('0.42.0'), 'pdm.lock': pin('0.41.0') },
        '/c': {
          'pylock.toml': '[[packages]]\nname = "starlette"\nversion = "0.43.0"\n',
          'poetry.lock': pin('0.42.0'),
        },
        '/d': { 'uv.lock': pin('0.44.0'), 'pylock.toml': '' },
        '/e': {
          'Pipfile.lock': '{"default":{"starlette":{"version":"==0.45.0"}}}',
          'requirements.txt': 'starlette==0.40.0',
        },
      }),
    );
    expect(['/a', '/b', '/c', '/d', '/e'].map((d) => resolve(d).target.label)).toEqual([
      '0.41.0',
      '0.42.0',
      '0.43.0',
      '0.44.0',
      '0.45.0',
    ]);
  });
  it('keeps walking past a requirements file without a pin', () => {
    const resolve = createStarletteResolver(
      folders({
        '/p': { 'requirements.txt': 'starlette==0.46.0' },
        '/p/sub': { 'requirements-dev.txt': 'pytest\n' },
      }),
    );
    expect(resolve('/p/sub').target).toMatchObject({ label: '0.46.0', dir: '/p' });
  });
  it("judges a FastAPI-only pin at its Starlette range's ends", () => {
    const resolve = createStarletteResolver(
      folders({ '/p': { 'requirements.txt': 'fastapi==0.116.2\n' } }),
    );
    const { target } = resolve('/p');
    expect(target.label).toBe('>=0.40.0,<0.49.0');
    expect(formatVersion(target.low)).toBe('0.40.0');
    // The high end compares like "just below 0.49.0": 0.48.x.
    expect(target.high[0] === 0 && target.high[1] === 48).toBe(true);
    expect(target.basis).toContain(
      'fastapi 0.116.2 pinned, which requires starlette >=0.40.0,<0.49.0',
    );
  });
  it('says when a lock file does not parse and uses the next one', () => {
    const resolve = createStarletteResolver(
      folders({ '/p': { 'uv.lock': 'not = [toml', 'requirements.txt': 'starlette==0.39.0' } }),
    );
    const { target, notes } = resolve('/p');
    expect(target.label).toBe('0.39.0');
    expect(notes).toEqual([
      { dir: '/p', message: expect.stringMatching(/^uv\.lock does not parse .*; not used$/) },
    ]);
  });
  it('falls back to the newest Starlette the registry knows', () => {
    const resolve = createStarletteResolver(folders({ '/p': { 'main.py': '' } }));
    expect(resolve('/p').target).toEqual(DEFAULT_TARGET);
  });
});
