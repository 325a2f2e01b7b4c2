/**
 * The browser's EgeriaBackend: every method is one call of the console server's operation of the
 * same name (`POST /api/ops/{platformId}/{operation}` with `{ args }`). The dialects run on the
 * server; the browser carries no Egeria paths or wire schemas. A failure comes back with the
 * fields of the EgeriaError the server saw (Egeria's message id, text and user action, or the
 * console's), and is rebuilt here as that EgeriaError.
 */
import type { EgeriaBackend, WriteRequest } from './backend';
import { EGERIA_ERROR_KINDS, EgeriaError, noAnswer, type EgeriaErrorKind } from './errors';
import {
  BACKEND_METHODS,
  OPERATIONS,
  operationPath,
  type BackendMethod,
  type OperationErrorBody,
} from './operations';
import { CONSOLE_REQUEST_HEADER, type PlatformInfo } from './platform-info';
import { maskSecrets } from './secrets';
import type { FetchLike } from './transport';

const KINDS = new Set<EgeriaErrorKind>(EGERIA_ERROR_KINDS);

function isErrorBody(body: unknown): body is OperationErrorBody {
  const error = (body as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error['text'] === 'string' &&
    typeof error['httpStatus'] === 'number'
  );
}

function rebuild({ error }: OperationErrorBody): EgeriaError {
  return new EgeriaError({
    ...error,
    kind: KINDS.has(error.kind as EgeriaErrorKind) ? (error.kind as EgeriaErrorKind) : 'http',
  });
}

/** Arguments as JSON carries them: the AbortSignal taken out, trailing undefined dropped. */
function splitArgs(args: unknown[]): { args: unknown[]; signal?: AbortSignal } {
  const signal = args.find((a): a is AbortSignal => a instanceof AbortSignal);
  const rest = args.filter((a) => !(a instanceof AbortSignal));
  while (rest.length > 0 && rest[rest.length - 1] === undefined) rest.pop();
  return { args: rest, signal };
}

export interface RpcBackendOptions {
  fetch?: FetchLike;
  /** Called after every change or operation, whatever its outcome (the audit log has a new entry). */
  onChange?: (operation: string) => void;
}

export function createRpcBackend(
  platform: Pick<PlatformInfo, 'id' | 'dialect'>,
  options: RpcBackendOptions = {},
): EgeriaBackend {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));

  async function call(method: BackendMethod, callArgs: unknown[]): Promise<unknown> {
    if (OPERATIONS[method].kind === 'read') return send(method, callArgs);
    try {
      return await send(method, callArgs);
    } finally {
      options.onChange?.(OPERATIONS[method].name);
    }
  }

  async function send(method: BackendMethod, callArgs: unknown[]): Promise<unknown> {
    const operation = OPERATIONS[method].name;
    const path = operationPath(platform.id, operation);
    const request = `POST ${path}`;
    const { args, signal } = splitArgs(callArgs);
    let response: Response;
    try {
      response = await doFetch(path, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          [CONSOLE_REQUEST_HEADER]: '1',
        },
        body: JSON.stringify({ args }),
        signal,
      });
    } catch (cause) {
      const aborted = signal?.aborted || (cause instanceof Error && cause.name === 'AbortError');
      throw noAnswer(cause, request, aborted);
    }
    const raw = await response.text();
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    if (isErrorBody(body)) throw rebuild(body);
    if (!response.ok || typeof body !== 'object' || body === null || !('result' in body)) {
      throw new EgeriaError({
        kind: response.ok ? 'bad-response' : 'http',
        httpStatus: response.status,
        text: response.ok
          ? `The console server's answer to ${operation} could not be read`
          : `HTTP ${response.status} ${response.statusText}: ${raw.slice(0, 300)}`,
        request,
      });
    }
    return (body as { result: unknown }).result;
  }

  const methods = Object.fromEntries(
    BACKEND_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  );
  const backend = { dialect: platform.dialect, ...methods } as unknown as EgeriaBackend;
  // A preview needs no secret: the server masks them in what it shows anyway, so the value the
  // user typed leaves the browser only with the write itself.
  backend.previewRequest = (request: WriteRequest) =>
    call('previewRequest', [maskSecrets(request)]) as ReturnType<EgeriaBackend['previewRequest']>;
  return backend;
}
