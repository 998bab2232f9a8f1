/** Splits the registry's words on `backticks`, so code in a summary is set in monospace. */
export interface TextPart {
  text: string;
  code: boolean;
}

export function inlineCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  text.split('`').forEach((piece, i) => {
    // An odd piece sits between two backticks; an unclosed backtick leaves the rest as code.
    if (piece) parts.push({ text: piece, code: i % 2 === 1 });
  });
  return parts;
}
