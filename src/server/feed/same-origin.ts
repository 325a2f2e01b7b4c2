/**
 * Who may use the feed and history routes. The proxy requires the console request header, which
 * a browser cannot add to a cross-site request without a CORS preflight the console never grants.
 * EventSource cannot set headers at all, so the feed also accepts what every current browser
 * sends with its own requests: `Sec-Fetch-Site: same-origin` (Fetch Metadata). A cross-site page
 * gets `cross-site`/`same-site` there and is refused; scripts and tests send the header instead.
 * Browsers too old to send Fetch Metadata cannot use the feed; the console then polls through the
 * proxy as before.
 */
import type { FastifyRequest } from 'fastify';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';

export function isFromConsole(request: FastifyRequest): boolean {
  if (request.headers[CONSOLE_REQUEST_HEADER] === '1') return true;
  return request.headers['sec-fetch-site'] === 'same-origin';
}
