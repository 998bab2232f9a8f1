/**
 * The sources the registry reflects, with the versions read: shown in the window's About view,
 * and their hosts are among the links the app lets out (electron/external-links.ts).
 */
import { NEWEST_STARLETTE } from '../versions';

export const IANA_HTTP_UPDATED = '2025-09-15';
export const IANA_WEBSOCKET_UPDATED = '2026-06-10';

export interface DataSource {
  title: string;
  detail: string;
  url: string;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    title: 'starlette/status.py',
    detail: `Starlette ${NEWEST_STARLETTE}: the constants FastAPI's status module re-exports`,
    url: 'https://github.com/Kludex/starlette/blob/main/starlette/status.py',
  },
  {
    title: 'IANA HTTP Status Code Registry',
    detail: `updated ${IANA_HTTP_UPDATED}`,
    url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
  },
  {
    title: 'IANA WebSocket Close Code Number Registry',
    detail: `updated ${IANA_WEBSOCKET_UPDATED}`,
    url: 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number',
  },
  {
    title: 'RFC 9110: HTTP Semantics',
    detail: 'the meaning of every HTTP status (§15)',
    url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
  },
  {
    title: 'RFC 6455: The WebSocket Protocol',
    detail: 'close codes and which may be sent (§7.4)',
    url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4',
  },
];
