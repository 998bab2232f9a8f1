/** The search's input limit as the terminal sees it: the part searched, and a note when cut. */
import { clipInput, MAX_INPUT_LENGTH } from '../core/search';

export interface LimitedQuery {
  query: string;
  /** For stderr when part of the text was ignored, else null. */
  note: string | null;
}

/** `where` names the input in the note: "the query", "line 3". */
export function limitQuery(text: string, where: string): LimitedQuery {
  const { text: query, ignored } = clipInput(text);
  return {
    query,
    note:
      ignored === 0
        ? null
        : // No count of the rest: --batch stops reading a line soon after the limit.
          `status-palette: note: only the first ${MAX_INPUT_LENGTH} characters of ${where} were searched; the rest was ignored`,
  };
}
