/**
 * Our own one-or-two-sentence description of each section of the registry, in display order.
 * Facts: the IANA registry's class notes (RFC 9110 §15) and RFC 6455 §7.4; the words are ours.
 */
import type { StatusClass } from '../types';

export interface ClassDescription {
  id: StatusClass;
  title: string;
  description: string;
}

export const CLASS_DESCRIPTIONS: readonly ClassDescription[] = [
  {
    id: '1xx',
    title: '1xx Informational',
    description:
      'Interim responses sent before the final one, while the request is still under way. The ASGI server and the browser deal with them; FastAPI routes never return them.',
  },
  {
    id: '2xx',
    title: '2xx Success',
    description:
      'The request was received, understood and carried out. Pick the code that says what happened: a result returned, something created, work accepted for later, or nothing to send back.',
  },
  {
    id: '3xx',
    title: '3xx Redirection',
    description:
      'The client has to take one more step, usually following the Location header, to finish the request. 304 is the odd one out: it tells the client to reuse its cached copy.',
  },
  {
    id: '4xx',
    title: '4xx Client Error',
    description:
      'Something in the request is wrong, from the URL and method to the credentials or the body. Most need the request changed before it can succeed; a few (408, 421, 425, 429) can be sent again as they are, on a new connection or later. The response body should say what to fix.',
  },
  {
    id: '5xx',
    title: '5xx Server Error',
    description:
      'The request may have been fine, but the server, or something behind it, failed to handle it. Clients may retry later, ideally with backoff.',
  },
  {
    id: 'websocket',
    title: 'WebSocket close codes',
    description:
      'Numbers carried in a WebSocket Close frame to say why the connection ended (RFC 6455 §7.4). Starlette names them WS_1000 to WS_1015; pass one to `websocket.close(code=...)`.',
  },
  {
    id: 'unofficial',
    title: 'Unofficial codes',
    description:
      'Codes no standard defines but that servers, proxies and CDNs such as nginx and Cloudflare use. You will meet them in logs and error pages; your own API should not send them.',
  },
];
