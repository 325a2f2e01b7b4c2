/**
 * Answers a dialect's calls with responses captured from real Egeria (e2e/golden/5.3, /6.1), so the
 * client's paths, schemas and mappings are tested against what real platforms sent. A `.json`
 * golden is a body answered with HTTP 200; a `.txt` golden carries its own status, either as a
 * leading status line and headers (6.1 captures) or as a trailing `HTTP <status> <type>` line
 * (5.3 captures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchLike } from '../transport';

export type Release = '5.3' | '6.1';

/** Responses captured from real platforms, shared by the client's and the sandbox's judges. */
export const GOLDEN_DIR = join(import.meta.dirname, '../../../e2e/golden');

export interface Golden {
  status: number;
  contentType: string;
  body: string;
}

export function readGolden(release: Release, name: string): Golden {
  const text = readFileSync(join(GOLDEN_DIR, release, name), 'utf8');
  if (name.endsWith('.json')) return { status: 200, contentType: 'application/json', body: text };
  const leading = /^HTTP\/1\.1 (\d+)[^\n]*\n([\s\S]*?)\r?\n\r?\n([\s\S]*)$/.exec(text);
  if (leading) {
    const type = /^content-type:\s*(.*)$/im.exec(leading[2] ?? '')?.[1]?.trim() ?? '';
    return { status: Number(leading[1]), contentType: type, body: leading[3] ?? '' };
  }
  const trailing = /^([\s\S]*?)\n?HTTP (\d+) ?(.*)\n?$/.exec(text);
  if (!trailing) throw new Error(`${release}/${name}: no status in the golden`);
  return { status: Number(trailing[2]), contentType: trailing[3] ?? '', body: trailing[1] ?? '' };
}

/** One route: method, a pattern of the path (query included), and the golden that answers it. */
export type GoldenRoute = [method: string, path: RegExp, golden: string];

/** A fetch that answers each call from the first route matching it; a call no route matches fails the test. */
export function goldenFetch(
  release: Release,
  routes: GoldenRoute[],
  seen: string[] = [],
): FetchLike {
  return async (input, init) => {
    const url = new URL(input, 'http://egeria.test');
    const method = init?.method ?? 'GET';
    const path = url.pathname + url.search;
    seen.push(`${method} ${path}${typeof init?.body === 'string' ? ` ${init.body}` : ''}`);
    const route = routes.find(([m, pattern]) => m === method && pattern.test(path));
    if (!route) throw new Error(`no golden answers ${method} ${path}`);
    const golden = readGolden(release, route[2]);
    return new Response(golden.body, {
      status: golden.status,
      headers: golden.contentType ? { 'content-type': golden.contentType } : {},
    });
  };
}
