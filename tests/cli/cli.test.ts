import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { MAX_INPUT_LENGTH } from '../../core/search';

async function cli(args: string[], stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    lines: async function* () {
      yield* stdin;
    },
    color: false,
    version: '9.9.9',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('status-palette (in process)', () => {
  it('prints matches for a person, exact first', async () => {
    const { code, out } = await cli(['404']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^404\s+status\.HTTP_404_NOT_FOUND\s+Not Found/);
  });
  it('says a deprecated name is deprecated and what replaced it', async () => {
    const { code, out } = await cli(['HTTP_422_UNPROCESSABLE_ENTITY']);
    expect(code).toBe(0);
    expect(out).toMatch(/^422\s+status\.HTTP_422_UNPROCESSABLE_CONTENT/);
    expect(out).toContain('deprecated since Starlette 0.48.0; use HTTP_422_UNPROCESSABLE_CONTENT');
  });
  it('searches plain words across several arguments', async () => {
    const { out } = await cli(['rate', 'limit']);
    expect(out.split('\n')[0]).toMatch(/^429\s/);
  });
  it('prints only the copy text with --format', async () => {
    expect(await cli(['--format', 'go', '429'])).toMatchObject({
      code: 0,
      out: 'http.StatusTooManyRequests',
      err: '',
    });
    expect(await cli(['--format', 'fastapi-raise', 'not found'])).toMatchObject({
      out: 'raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="...")',
    });
  });
  it('falls back to the number, on stdout, with a note on stderr', async () => {
    const { code, out, err } = await cli(['--format', 'go', '306']);
    expect(code).toBe(0);
    expect(out).toBe('306');
    expect(err).toContain('copied the number');
  });
  it('applies the Starlette version option', async () => {
    expect((await cli(['--starlette', '0.47', '--format', 'fastapi', '422'])).out).toBe(
      'status.HTTP_422_UNPROCESSABLE_ENTITY',
    );
    const early = await cli(['--starlette', '0.13', '--format', 'fastapi', '103']);
    expect(early.code).toBe(1);
    expect(early.out).toBe('');
    expect(early.err).toContain('0.14.2');
  });
  it('prints the whole registry as one JSON array with --list --json', async () => {
    const { code, out } = await cli(['--list', '--json']);
    expect(code).toBe(0);
    const list = JSON.parse(out);
    expect(list.length).toBeGreaterThanOrEqual(78);
    for (const key of [
      'code',
      'kind',
      'constant',
      'phrase',
      'deprecatedAliases',
      'formerNames',
      'since',
      'flags',
      'formats',
      'otherNames',
      'summary',
      'seeAlso',
      'headers',
      'reference',
      'mdn',
      'keywords',
    ]) {
      expect(list[0]).toHaveProperty(key);
    }
    expect(Object.keys(list[0].formats)[0]).toBe('fastapi');
  });
  it('shows each header with its requirement level and section in --list --json', async () => {
    const list = JSON.parse((await cli(['--list', '--json'])).out) as Array<{
      code: number;
      phrase: string;
      commonPhrase: string | null;
      headers: Array<{ name: string; requirement: unknown; section: unknown }>;
    }>;
    const byCode = new Map(list.map((e) => [e.code, e]));
    expect(byCode.get(301)?.headers).toContainEqual(
      expect.objectContaining({
        name: 'Location',
        requirement: 'SHOULD',
        section: 'RFC 9110 §15.4.2',
      }),
    );
    expect(byCode.get(520)?.headers[0]).toMatchObject({ requirement: null, section: null });
    for (const entry of list) {
      for (const h of entry.headers) {
        expect(['MUST', 'SHOULD', 'MAY', null]).toContain(h.requirement);
        expect(h.section === null || typeof h.section === 'string').toBe(true);
      }
    }
    // The JSON keeps IANA's phrase; the familiar one has a field of its own.
    expect(byCode.get(418)).toMatchObject({ phrase: '(Unused)', commonPhrase: "I'm a Teapot" });
  });
  it("shows 418 by the phrase people know, with IANA's as a note", async () => {
    const line = (await cli(['418'])).out.split('\n')[0] ?? '';
    expect(line).toMatch(
      /^418\s+status\.HTTP_418_IM_A_TEAPOT\s+I'm a Teapot\s+\[IANA: \(Unused\)\]/,
    );
  });
  it.each([
    [
      'fastapi-ws-close',
      '413',
      /FastAPI WebSocket close is for WebSocket close codes; 413 is an HTTP status/,
    ],
    ['fastapi-route', '1008', /FastAPI route is for HTTP statuses; 1008 is a WebSocket close code/],
    ['status-line', '1000', /is for HTTP statuses; 1000 is a WebSocket close code/],
    ['go', '1011', /Go net\/http is for HTTP statuses/],
  ])('refuses --format %s for %s with the reason and exit 1', async (format, query, message) => {
    const { code, out, err } = await cli(['--format', format, query]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
  it('still copies a format that fits the kind of code', async () => {
    expect((await cli(['--format', 'fastapi-ws-close', '1008'])).out).toBe(
      'await websocket.close(code=status.WS_1008_POLICY_VIOLATION)',
    );
    expect((await cli(['--format', 'fastapi-raise', '1008'])).out).toMatch(/WebSocketException/);
  });
  it('lists the registry for a person under its class headers', async () => {
    const { code, out } = await cli(['--list']);
    expect(code).toBe(0);
    expect(out).toMatch(/^4xx Client Error\n {2}\S.+\n400\s+status\.HTTP_400_BAD_REQUEST/m);
    expect(out).toMatch(/^WebSocket close codes$/m);
    expect(out).toMatch(
      /^499\s+\(no FastAPI status\.X name\)\s+Client Closed Request\s+\[unofficial: nginx/m,
    );
  });
  it('prints matches as JSON entries with their reasons', async () => {
    const list = JSON.parse((await cli(['--json', 'HTTPStatus.CONFLICT'])).out);
    expect(list[0]).toMatchObject({
      code: 409,
      constant: 'HTTP_409_CONFLICT',
      reasons: expect.arrayContaining(['otherName']),
    });
    expect(
      JSON.parse((await cli(['--json', '--limit', '2', 'precondition'])).out).map(
        (e: { code: number }) => e.code,
      ),
    ).toEqual([412, 428]);
  });
  it('answers a batch from stdin, one JSON array per line, in order', async () => {
    const { code, out } = await cli(
      ['--batch', '--json', '--limit', '3'],
      ['404', 'zzzz', 'rate limit'],
    );
    expect(code).toBe(0);
    const lines = out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0][0].code).toBe(404);
    expect(lines[1]).toEqual([]);
    expect(lines[2][0].code).toBe(429);
    expect(lines[2].length).toBeLessThanOrEqual(3);
  });
  it('copies per line in a batch with --format, an empty line where nothing matched', async () => {
    const { code, out } = await cli(['--batch', '--format', 'go'], ['404', 'zzzz', '429']);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual(['http.StatusNotFound', '', 'http.StatusTooManyRequests']);
    expect((await cli(['--batch'], ['zzzz'])).code).toBe(1);
  });
  it('says what it recognised in a pasted text, for a person and in JSON', async () => {
    const line =
      '10.0.0.1 - - [01/Dec/2026:10:00:00 +0000] "GET /x HTTP/1.1" 502 0 "-" "curl/8.5.0"';
    const human = await cli([line]);
    expect(human.out.split('\n')[0]).toMatch(/^502 .*found: status field of an access-log line/);
    const json = JSON.parse((await cli(['--json', line])).out);
    expect(json[0]).toMatchObject({ code: 502, found: 'status field of an access-log line' });
    expect(JSON.parse((await cli(['--json', 'rate limit'])).out)[0].found).toBeNull();
  });
  it('searches the first 4 KB of a long query and says on stderr that the rest was ignored', async () => {
    const head = 'HTTP/1.1 503 Service Unavailable ';
    const long = `${head}${'x'.repeat(MAX_INPUT_LENGTH)}`;
    const { code, out, err } = await cli(['--format', 'number', long]);
    expect(code).toBe(0);
    expect(out).toBe('503');
    expect(err).toMatch(
      new RegExp(
        `first ${MAX_INPUT_LENGTH} characters of the query were searched; the rest was ignored`,
      ),
    );
    expect((await cli(['404'])).err).toBe('');
  });
  it('says in --help that pasted text is read and where the 4 KB limit is', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/pasted text/);
    expect(out).toContain(`first ${MAX_INPUT_LENGTH} characters (4 KB)`);
  });
  it('notes which batch lines were cut, and answers every line', async () => {
    const { out, err } = await cli(
      ['--batch', '--format', 'number'],
      ['404', `429 ${'y'.repeat(MAX_INPUT_LENGTH)}`],
    );
    expect(out.split('\n')).toEqual(['404', '429']);
    expect(err).toMatch(/characters of line 2 were searched/);
    expect(err).not.toMatch(/line 1/);
  });
  it('leaves the field empty in --list --format where the format has no name', async () => {
    const lines = (await cli(['--list', '--format', 'go'])).out.split('\n');
    expect(lines).toContain('306\t');
    expect(lines).toContain('404\thttp.StatusNotFound');
  });
  it('prints null for --json --format when nothing matches', async () => {
    expect(await cli(['--json', '--format', 'go', 'zzzz'])).toMatchObject({ code: 1, out: 'null' });
  });
  it('says a deprecated name is the right one for an older Starlette', async () => {
    const { out } = await cli(['--starlette', '0.47', 'HTTP_422_UNPROCESSABLE_ENTITY']);
    expect(out).toMatch(/^422\s+status\.HTTP_422_UNPROCESSABLE_ENTITY/);
    expect(out).toContain('is the name Starlette 0.47 has');
    expect(out).not.toContain('deprecated');
  });
  it('exits 1 when nothing matches', async () => {
    const { code, err } = await cli(['zzzz']);
    expect(code).toBe(1);
    expect(err).toContain('nothing matches');
  });
  it.each([
    [['--frobnicate', '404'], /Unknown option '--frobnicate'/],
    [['--format', 'cobol', '404'], /unknown format "cobol"/],
    [['--limit', 'ten', '404'], /--limit takes a whole number/],
    [['--limit', '0', '404'], /--limit takes a whole number/],
    [['--starlette', 'latest', '404'], /not a Starlette version/],
    [['--starlette', '0.4', '404'], /no status module/],
    [['--list', '404'], /--list takes no query/],
    [[], /no query given/],
    [['--format'], /argument missing/],
    [['--limit', '-1', '404'], /^status-palette: Option '--limit' argument is ambiguous\nRun/],
  ])('exits 2 with a clear message on bad usage: %j', async (args, message) => {
    const { code, err, out } = await cli(args as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('the built executable', () => {
  const bin = new URL('../../out/cli/status-palette.js', import.meta.url).pathname;
  beforeAll(() => {
    // Build it here too, so this suite never depends on a step run before it.
    execFileSync('node', ['scripts/build-cli.mjs'], {
      cwd: new URL('../..', import.meta.url).pathname,
    });
    expect(existsSync(bin)).toBe(true);
  });
  const run = (args: string[], input?: string) =>
    spawnSync('node', [bin, ...args], { encoding: 'utf8', input });

  it('runs on plain Node with exit codes 0, 1 and 2', () => {
    expect(run(['--format', 'go', '429'])).toMatchObject({
      status: 0,
      stdout: 'http.StatusTooManyRequests\n',
    });
    expect(run(['zzzz']).status).toBe(1);
    const bad = run(['--nope']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toContain('    at ');
  });
  it('reads a batch from real stdin', () => {
    const result = run(['--batch', '--json'], '401\nforbidden\n');
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l: { code: number }[]) => l[0]!.code)).toEqual([401, 403]);
  });
  it('answers each batch line as it arrives, before the next one, in a pipe left open', async () => {
    const child = spawn('node', [bin, '--batch', '--format', 'number'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let received = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    const answered = (count: number) =>
      new Promise<void>((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`no answer ${count} in time: ${received}`)),
          10_000,
        );
        const poll = setInterval(() => {
          if (received.split('\n').length > count) {
            clearTimeout(deadline);
            clearInterval(poll);
            resolve();
          }
        }, 10);
      });
    const lines = [
      '127.0.0.1 - - [01/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 12',
      '127.0.0.1 - - [01/Dec/2026:10:00:01 +0000] "GET /x HTTP/1.1" 404 9',
      'upstream timed out (110: Connection timed out) while reading response header from upstream',
    ];
    for (const [k, line] of lines.entries()) {
      child.stdin.write(`${line}\n`);
      // The answer comes while standard input is still open, and before the next line.
      await answered(k + 1);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
    expect(received.split('\n').slice(0, 3)).toEqual(['200', '404', '504']);
  }, 30_000);
  it('stops quietly when its reader closes the pipe early', () => {
    const result = spawnSync('bash', ['-c', `node ${bin} --list --json | head -1`], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
  });
  it('prints its version from package.json', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
