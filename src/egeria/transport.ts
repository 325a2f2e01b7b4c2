/**
 * HTTP for the dialects: sends a request, decides whether it failed the way Egeria signals failure
 * (HTTP >= 400, or HTTP 200 with `relatedHTTPCode` != 200), and parses the body with a zod schema.
 *
 * Calls say whether they change anything: `getJson`, `query` (a POST that only reads) and
 * `getText` read; `postJson`, `deleteJson` and a `getJson` marked `changes` write. With `dryRun`
 * set, reads go to the platform and writes are handed to it instead of being sent, which is how a
 * save preview shows the exact requests a write would make.
 */
import { z } from 'zod';
import { EgeriaError, throwIfFailed } from './errors';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  /** Root that Egeria paths are appended to, e.g. `/api/egeria/sandbox` or `http://127.0.0.1:9443`. */
  baseUrl: string;
  fetch?: FetchLike;
  /** Extra headers for every call (a bearer token on 6.x when calling Egeria directly). */
  headers?: () => Record<string, string>;
  /** Receives every changing call instead of the platform; its answer stands in for Egeria's. */
  dryRun?: (request: WriteCall) => unknown;
  /** Told of every changing call sent, so what a dialect remembers of earlier reads can go. */
  onWrite?: () => void;
}

/** A changing call as a dialect would send it: path below the platform root. */
export interface WriteCall {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
}

/** A POST with a JSON body whose answer is checked against `schema`. */
type JsonPost = <S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  signal?: AbortSignal,
) => Promise<z.infer<S>>;

export interface Transport {
  /** A GET; `changes` marks the few GETs that change the platform (5.3/6.x refresh-config). */
  getJson<S extends z.ZodType>(
    path: string,
    schema: S,
    signal?: AbortSignal,
    options?: { changes?: boolean },
  ): Promise<z.infer<S>>;
  /** A POST that only reads (6.x retrieves and searches, 5.3 generic searches). */
  query: JsonPost;
  /** A POST that creates something and must answer its GUID. */
  create(path: string, body: unknown): Promise<string>;
  /** A POST that changes the platform. */
  postJson: JsonPost;
  getText(path: string, signal?: AbortSignal): Promise<string>;
  /** DELETE with no body (the console server's own resources, e.g. signing out). */
  deleteJson<S extends z.ZodType>(
    path: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.infer<S>>;
}

/** What a call the caller gave up on fails with (the console server answers it 499). */
export function cancelledError(request: string): EgeriaError {
  return new EgeriaError({
    kind: 'aborted',
    httpStatus: 0,
    text: 'The request was cancelled',
    request,
  });
}

const GuidAnswerSchema = z.looseObject({ guid: z.string().optional() });

export function createTransport(options: TransportOptions): Transport {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl.replace(/\/+$/, '');

  async function send(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    signal?: AbortSignal,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers?.() };
    const init: RequestInit = { method, headers, signal };
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body ?? {});
    }
    try {
      return await doFetch(base + path, init);
    } catch (cause) {
      if (signal?.aborted || (cause instanceof Error && cause.name === 'AbortError'))
        throw cancelledError(`${method} ${path}`);
      throw new EgeriaError({
        kind: 'network',
        httpStatus: 0,
        text: `No answer from ${base || 'the console server'}: ${cause instanceof Error ? cause.message : String(cause)}`,
        request: `${method} ${path}`,
      });
    }
  }

  async function readJson<S extends z.ZodType>(
    method: string,
    path: string,
    response: Response,
    schema: S,
  ): Promise<z.infer<S>> {
    const request = `${method} ${path}`;
    const raw = await response.text();
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw) : {};
    } catch {
      throw new EgeriaError({
        kind: response.ok ? 'bad-response' : 'http',
        httpStatus: response.status,
        text: response.ok
          ? `The answer to ${request} was not JSON`
          : `HTTP ${response.status} ${response.statusText}: ${raw.slice(0, 300)}`,
        request,
      });
    }
    throwIfFailed(body, response, request);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new EgeriaError({
        kind: 'bad-response',
        httpStatus: response.status,
        text: `The answer to ${request} did not have the expected shape (${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unknown'})`,
        request,
      });
    }
    return parsed.data;
  }

  async function write<S extends z.ZodType>(
    method: WriteCall['method'],
    path: string,
    body: unknown,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.infer<S>> {
    if (options.dryRun) {
      const answer = options.dryRun(body === undefined ? { method, path } : { method, path, body });
      return schema.parse(answer);
    }
    // Before and after: a read made while the change was under way may not show it.
    options.onWrite?.();
    try {
      return await readJson(method, path, await send(method, path, body, signal), schema);
    } finally {
      options.onWrite?.();
    }
  }

  return {
    async getJson(path, schema, signal, getOptions) {
      if (getOptions?.changes) return write('GET', path, undefined, schema, signal);
      const response = await send('GET', path, undefined, signal);
      return readJson('GET', path, response, schema);
    },
    async query(path, body, schema, signal) {
      const response = await send('POST', path, body, signal);
      return readJson('POST', path, response, schema);
    },
    postJson: (path, body, schema, signal) => write('POST', path, body, schema, signal),
    async create(path, body) {
      const { guid } = await write('POST', path, body, GuidAnswerSchema);
      if (!guid)
        throw new EgeriaError({
          kind: 'bad-response',
          httpStatus: 200,
          text: `Egeria answered POST ${path} without a GUID`,
          request: `POST ${path}`,
        });
      return guid;
    },
    deleteJson: (path, schema, signal) => write('DELETE', path, undefined, schema, signal),
    async getText(path, signal) {
      const response = await send('GET', path, undefined, signal);
      const raw = await response.text();
      if (!response.ok) {
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          body = undefined;
        }
        throwIfFailed(body, response, `GET ${path}`);
        throw new EgeriaError({
          kind: 'http',
          httpStatus: response.status,
          text: `HTTP ${response.status}: ${raw.slice(0, 300)}`,
          request: `GET ${path}`,
        });
      }
      return raw;
    },
  };
}
