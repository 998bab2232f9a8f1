/**
 * ST004: a response that sends content with a status that has none: `Response(content=…,
 * status_code=204)`, a 1xx, a 304. Which statuses have none is the registry's `noBody` fact
 * (RFC 9110 §6.4.1: 1xx, 204 and 304; §15.3.6: 205). A server that sends it anyway breaks the
 * framing (h11 refuses it, uvicorn logs "Response content longer than Content-Length").
 */
import { entryByCode } from '../../registry';
import type { SyntaxNode } from '../python';
import { argumentAt, RESPONSE_CLASSES, statusValue } from '../status-sites';
import type { Rule } from './rule';

/** A literal that sends nothing: None, "" or b"". */
function sendsNothing(node: SyntaxNode): boolean {
  if (node.type === 'none') return true;
  return (
    node.type === 'string' &&
    node.namedChildren.every((c) => c?.type === 'string_start' || c?.type === 'string_end')
  );
}

export const bodyNotAllowed: Rule = {
  id: 'ST004',
  name: 'body-not-allowed',
  summary: 'a response that sends content with a status that has none (1xx, 204, 205, 304)',
  onByDefault: true,
  check({ file, sites }) {
    return sites.flatMap((site) => {
      const body = site.callee ? RESPONSE_CLASSES.get(site.callee) : undefined;
      if (!site.call || !body || body === 'none') return [];
      const code = statusValue(file, site.node);
      const entry = code === null ? undefined : entryByCode(code);
      if (!entry || entry.kind !== 'http' || !entry.flags.noBody) return [];
      const content = argumentAt(site.call, site.callee === 'FileResponse' ? 'path' : 'content', 0);
      if (!content || (body === 'value' && sendsNothing(content))) return [];
      const section = entry.code === 205 ? '§15.3.6' : '§6.4.1';
      const what =
        body === 'rendered' && content.type === 'none' ? ' (None is rendered as null)' : '';
      return [
        {
          rule: this.id,
          start: content.startIndex,
          end: content.endIndex,
          message: `a ${entry.code} ${entry.phrase} response has no content (RFC 9110 ${section}), but this one sends some${what}`,
          replacement: null,
          needsStatusImport: false,
        },
      ];
    });
  },
};
