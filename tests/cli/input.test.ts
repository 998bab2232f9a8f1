import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines, paced } from '../../cli/input';
import { lineOutput } from '../../cli/output';

async function collect(chunks: (string | Buffer)[], max = 8): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of boundedLines(
    (async function* () {
      yield* chunks;
    })(),
    max,
  ))
    lines.push(line);
  return lines;
}

describe('bounded lines', () => {
  it('splits on LF and CRLF, across chunks, and keeps a last line without a newline', async () => {
    expect(await collect(['404\r\nnot ', 'found\n\n42', '9'])).toEqual([
      '404',
      'not found',
      '',
      '429',
    ]);
  });

  it('keeps one character past the bound and drops the rest of that line only', async () => {
    expect(await collect(['abcdefghijkl', 'mnop\nshort\n'])).toEqual(['abcdefghi', 'short']);
  });

  it('skips leading blanks before counting, as the search trims them', async () => {
    expect(await collect([' '.repeat(100), '404\n'])).toEqual(['404']);
  });

  it('decodes a character split between two chunks', async () => {
    const bytes = Buffer.from('né\n');
    expect(await collect([bytes.subarray(0, 2), bytes.subarray(2)])).toEqual(['né']);
  });

  it('pulls the next line only when the output is ready', async () => {
    let releases = 0;
    let release: () => void = () => {};
    const ready = () =>
      new Promise<void>((resolve) => {
        release = () => {
          releases += 1;
          resolve();
        };
      });
    const iterator = paced(
      (async function* () {
        yield* ['a', 'b'];
      })(),
      ready,
    );
    const first = iterator.next();
    await new Promise((r) => setTimeout(r, 10));
    expect(releases).toBe(0);
    release();
    expect(await first).toEqual({ value: 'a', done: false });
  });
});

describe('line output', () => {
  it('is drained at once while the stream takes writes, and waits for drain when it is full', async () => {
    const stream = new PassThrough({ highWaterMark: 4 });
    const out = lineOutput(stream);
    let drained = false;
    await out.drained();
    out.write('a long line');
    void out.drained().then(() => (drained = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(drained).toBe(false);
    stream.read();
    await new Promise((r) => setTimeout(r, 10));
    expect(drained).toBe(true);
  });
});
