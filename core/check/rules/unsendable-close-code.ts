/**
 * ST005: closing a WebSocket with a code that must never be sent in a close frame (RFC 6455
 * §7.4.1: 1005, 1006, 1015; the registry's `maySendInCloseFrame`). They only report, on the
 * receiving side, that no code came, that the connection dropped, or that TLS failed.
 */
import { entryByCode } from '../../registry';
import { statusValue } from '../status-sites';
import type { Rule } from './rule';

export const unsendableCloseCode: Rule = {
  id: 'ST005',
  name: 'unsendable-close-code',
  summary: 'a WebSocket close code that must never be sent in a close frame (1005, 1006, 1015)',
  onByDefault: true,
  check({ file, sites }) {
    return sites.flatMap((site) => {
      if (site.kind !== 'websocket') return [];
      const code = statusValue(file, site.node);
      const entry = code === null ? undefined : entryByCode(code);
      if (!entry || entry.flags.maySendInCloseFrame !== false) return [];
      return [
        {
          rule: this.id,
          start: site.node.startIndex,
          end: site.node.endIndex,
          message: `close code ${entry.code} (${entry.phrase}) must never be sent in a close frame (RFC 6455 §7.4.1); choose a code an endpoint may send, such as 1000, 1008 or 1011`,
          replacement: null,
          needsStatusImport: false,
        },
      ];
    });
  },
};
