/**
 * Standard input as lines, each kept only up to a bound: a 600 MB line must not become a 600 MB
 * string (V8 refuses strings past about 512 MB, and holding one costs twice its size). Past the
 * bound the rest of the line is read and dropped; the kept start is one character longer than
 * the search accepts, so the search sees a line it cannot take, as it would the whole one.
 */
import { StringDecoder } from 'node:string_decoder';

export async function* boundedLines(
  input: AsyncIterable<Buffer | string>,
  maxChars: number,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let line = '';
  let cut = false;
  /** Adds a piece of the current line, leading blanks skipped (the search trims them anyway). */
  const take = (piece: string) => {
    if (cut) return;
    const text = line === '' ? piece.trimStart() : piece;
    const room = maxChars + 1 - line.length;
    if (text.length > room) {
      line += text.slice(0, room);
      cut = true;
    } else line += text;
  };
  const finish = () => {
    const done = line.endsWith('\r') ? line.slice(0, -1) : line;
    line = '';
    cut = false;
    return done;
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      take(text.slice(start, end));
      start = end + 1;
      yield finish();
    }
    take(text.slice(start));
  }
  take(decoder.end());
  if (line !== '' || cut) yield finish();
}

/** Pulls each next line only once `ready` resolves, so a slow reader slows the reading too. */
export async function* paced(
  lines: AsyncIterable<string>,
  ready: () => Promise<void>,
): AsyncGenerator<string> {
  for await (const line of lines) {
    await ready();
    yield line;
  }
}
