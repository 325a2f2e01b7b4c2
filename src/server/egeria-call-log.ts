/**
 * One log line per call the console server makes to an Egeria platform, whoever made it (an
 * operation or the status feed): method and path without the query, HTTP status, Egeria's
 * relatedHTTPCode when the answer carries one, size and time. Never a body, a query or a token.
 * `npm run bench:calls` counts these lines, and a walk on a real platform lists the failed ones.
 */
import type { UpstreamResponse } from './upstream';

export const EGERIA_CALL_MESSAGE = 'egeria call';

export interface EgeriaCallRecord {
  platform: string;
  /** `METHOD /path`, without the query string. */
  upstream: string;
  status: number;
  /** Egeria's relatedHTTPCode (a checked error answers HTTP 200 with another code here). */
  relatedHTTPCode?: number;
  bytes: number;
  ms: number;
}

// Egeria writes it second, after `class`; a few kilobytes hold it in any answer that has one.
const RELATED_CODE = /"relatedHTTPCode"\s*:\s*(\d{3})/;

export function egeriaCallRecord(
  platform: string,
  upstream: string,
  answer: UpstreamResponse,
  ms: number,
): EgeriaCallRecord {
  const related = RELATED_CODE.exec(answer.body.toString('utf8', 0, 4096))?.[1];
  return {
    platform,
    upstream: upstream.split('?')[0] ?? upstream,
    status: answer.status,
    ...(related ? { relatedHTTPCode: Number(related) } : {}),
    bytes: answer.body.length,
    ms: Math.round(ms),
  };
}
