/**
 * A captured run of the golden scenario: its options and every exchange with the platform, in the
 * order sent. Replaying it answers a backend with what the real platform answered.
 */
import type { FetchLike } from '../transport';
import type { ScenarioOptions } from './scenario';

export interface Exchange {
  method: string;
  /** Path and query below the platform root. */
  path: string;
  /** The JSON body sent, if any. */
  request?: unknown;
  status: number;
  contentType: string;
  /** The answer's body as sent. */
  body: string;
}

export interface ScenarioCapture {
  meta: ScenarioOptions & {
    release: string;
    dialect: 'v5' | 'v6';
    userId: string;
    metadataServer: string;
    viewServer: string;
  };
  exchanges: Exchange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Answers each call with the first unused exchange of the same method, path and body (calls made
 * in parallel may arrive in another order); a call the capture does not have fails with both.
 */
export function replayFetch(
  capture: ScenarioCapture,
  base: string,
): { fetch: FetchLike; unused: () => Exchange[] } {
  const unused = [...capture.exchanges];
  const fetch: FetchLike = async (input, init) => {
    const method = init?.method ?? 'GET';
    const path = input.slice(base.length);
    const request = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const index = unused.findIndex(
      (e) => e.method === method && e.path === path && same(e.request, request),
    );
    if (index < 0) {
      const near = unused.find((e) => e.method === method && e.path === path);
      throw new Error(
        `the capture has no ${method} ${path} with this body:\n${JSON.stringify(request)}` +
          (near ? `\ncaptured:\n${JSON.stringify(near.request)}` : ''),
      );
    }
    const [exchange] = unused.splice(index, 1);
    return new Response(exchange!.body, {
      status: exchange!.status,
      headers: exchange!.contentType ? { 'content-type': exchange!.contentType } : {},
    });
  };
  return { fetch, unused: () => unused };
}
