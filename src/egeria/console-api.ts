/**
 * Calls of the console server's own API from the browser (platforms, sessions, who is signed in,
 * history, audit): JSON in and out, the console header on changes, failures as EgeriaErrors with
 * the console's (or Egeria's) message ids. Answers are checked with a `read` function rather than
 * zod, so the first visit does not download a schema library for the server's own answers.
 */
import { EgeriaError, noAnswer } from './errors';
import { CONSOLE_REQUEST_HEADER } from './platform-info';
import { throwIfFailed } from './errors';

export interface ConsoleRequest<T> {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** The answer's body as T, or undefined when it is not one. */
  read: (body: unknown) => T | undefined;
  /** What the answer is, for the message when it cannot be read: "platform list". */
  what: string;
}

export async function consoleApi<T>(path: string, request: ConsoleRequest<T>): Promise<T> {
  const method = request.method ?? 'GET';
  const action = `${method} ${path}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        [CONSOLE_REQUEST_HEADER]: '1',
        ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  } catch (cause) {
    throw noAnswer(cause, action, request.signal?.aborted ?? false);
  }
  const raw = await response.text();
  let body: unknown;
  try {
    body = raw.length ? JSON.parse(raw) : undefined;
  } catch {
    throw new EgeriaError({
      kind: response.ok ? 'bad-response' : 'http',
      httpStatus: response.status,
      text: response.ok
        ? `The console server’s ${request.what} was not JSON`
        : `HTTP ${response.status} ${response.statusText}: ${raw.slice(0, 300)}`,
      request: action,
    });
  }
  throwIfFailed(body, response, action);
  const value = request.read(body);
  if (value === undefined)
    throw new EgeriaError({
      kind: 'bad-response',
      httpStatus: response.status,
      text: `The console server’s ${request.what} did not have the expected shape`,
      request: action,
    });
  return value;
}
