/** What a rule reports, and where, in the units editors and JSON readers use. */
export interface Finding {
  rule: string;
  /** Span in the file's text (JavaScript string offsets); `end` exclusive. */
  start: number;
  end: number;
  message: string;
  /** The text --fix writes over exactly this span, or null where nothing can be written. */
  replacement: string | null;
  /** The replacement names a status module that --fix has to import first. */
  needsStatusImport: boolean;
}

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, counted in Unicode code points. */
  column: number;
}

/** Converts string offsets to lines and code-point columns. */
export function createLineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    let column = 1;
    for (let i = starts[low]!; i < offset; i++) {
      const code = text.charCodeAt(i);
      // A surrogate pair is one code point: count its high half only.
      if (code < 0xdc00 || code > 0xdfff) column++;
    }
    return { line: low + 1, column };
  };
}
