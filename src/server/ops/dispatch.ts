/**
 * Runs one console operation for a browser: looks the name up in the operation table, checks the
 * caller's role and the arguments, calls the platform's backend, and turns the outcome into the
 * answer the browser's RPC backend reads (`{ result }`, or `{ error }` with the EgeriaError's
 * fields). Free of Node and Fastify, so the component tests run the very same code behind their
 * mocked console server.
 */
import type { EgeriaBackend } from '../../egeria/backend';
import { withholdStoredSecrets } from '../../egeria/stored-secrets';
import { EgeriaError } from '../../egeria/errors';
import {
  operationPath,
  roleAllows,
  type OperationErrorBody,
  type OperationResultBody,
  type Role,
} from '../../egeria/operations';
import {
  containsRedactedMarker,
  maskSecrets,
  redactSecrets,
  SECRET_MASK,
} from '../../egeria/secrets';
import { CONSOLE_MESSAGES, consoleEgeriaError } from '../console-errors';
import type { AuditSubject, OperationSpec } from './operation-table';

export interface DispatchRequest {
  platformId: string;
  operation: string;
  body: unknown;
  table: ReadonlyMap<string, OperationSpec>;
  /** The caller's role on this platform; null when they have none. */
  role: Role | null;
  /** Who the caller is, for the refusal message. */
  user: string;
  backend: () => EgeriaBackend | Promise<EgeriaBackend>;
  signal?: AbortSignal;
}

/** What the audit log keeps of an operation that changes something (reads are not kept). */
export interface AuditDraft {
  operation: string;
  subjects: AuditSubject[];
  /** The arguments, secrets masked. */
  args: unknown[];
  outcome: 'succeeded' | 'failed' | 'refused';
  error?: EgeriaError;
}

export interface DispatchOutcome {
  status: number;
  body: OperationResultBody | OperationErrorBody;
  spec?: OperationSpec;
  audit?: AuditDraft;
  /** Why nothing was sent (for the log). */
  refused?: 'unknown-operation' | 'bad-arguments' | 'role' | 'secret-marker';
}

/**
 * The HTTP status of an operation's failure. Egeria answers its checked errors with HTTP 200 and
 * a relatedHTTPCode, and the console relays that as it is (the browser reads `{ error }` whatever
 * the status; an element deleted meanwhile is no HTTP failure); the console's own refusals and
 * failures to reach the platform carry their status, as Spring's errors carry Egeria's.
 */
export function statusOf(error: EgeriaError): number {
  if (error.kind === 'aborted') return 499;
  if (error.kind === 'invalid' && error.httpStatus === 0) return 400;
  if (error.kind === 'egeria' && error.httpStatus === 200) return 200;
  for (const status of [error.relatedHTTPCode, error.httpStatus])
    if (status !== undefined && status >= 400 && status <= 599) return status;
  return 502;
}

export function errorBody(error: EgeriaError): OperationErrorBody {
  return {
    error: {
      kind: error.kind,
      httpStatus: error.httpStatus,
      relatedHTTPCode: error.relatedHTTPCode,
      messageId: error.messageId,
      text: error.text,
      systemAction: error.systemAction,
      userAction: error.userAction,
      exceptionClassName: error.exceptionClassName,
      actionDescription: error.actionDescription,
      parameters: error.parameters,
      properties: error.properties,
      request: error.request,
    },
  };
}

const fail = (error: EgeriaError, extra: Partial<DispatchOutcome> = {}): DispatchOutcome => ({
  status: statusOf(error),
  body: errorBody(error),
  ...extra,
});

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const [index, ...rest] = issue.path;
  const where =
    typeof index === 'number'
      ? `argument ${index + 1}${rest.length ? ` (${rest.map(String).join('.')})` : ''}`
      : 'the arguments';
  return `${where}: ${issue.message}`;
}

/** True when an argument carries a mask that stands for a secret the browser never had. */
function carriesSecretMask(args: unknown[]): boolean {
  return JSON.stringify(args).includes(JSON.stringify(SECRET_MASK).slice(1, -1));
}

export async function dispatch(request: DispatchRequest): Promise<DispatchOutcome> {
  const { operation, platformId } = request;
  const action = `POST ${operationPath(platformId, operation)}`;
  const spec = request.table.get(operation);
  if (!spec) {
    return fail(
      consoleEgeriaError(CONSOLE_MESSAGES.unknownOperation, [operation.slice(0, 200)], action),
      { refused: 'unknown-operation' },
    );
  }
  const rawArgs = (request.body as { args?: unknown } | null)?.args ?? [];
  const parsed = spec.args.safeParse(rawArgs);
  if (!parsed.success) {
    const detail = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
    return fail(consoleEgeriaError(CONSOLE_MESSAGES.badArguments, [spec.name, detail], action), {
      spec,
      refused: 'bad-arguments',
    });
  }
  const args = parsed.data;
  const audited = spec.kind === 'change';
  const draft = (outcome: AuditDraft['outcome'], error?: EgeriaError): AuditDraft | undefined =>
    audited
      ? {
          operation: spec.name,
          subjects: spec
            .subjects(args)
            .filter((s) => s.guid !== undefined || (s.name !== undefined && s.name !== '')),
          args: maskSecrets(args),
          outcome,
          error,
        }
      : undefined;

  const needed = spec.roleFor?.(args) ?? spec.role;
  if (!roleAllows(request.role, needed)) {
    const error = consoleEgeriaError(
      CONSOLE_MESSAGES.roleTooLow,
      [spec.name, needed, platformId, request.user, request.role ?? 'no role'],
      action,
    );
    return fail(error, { spec, refused: 'role', audit: draft('refused', error) });
  }
  const text = JSON.stringify(args);
  if (containsRedactedMarker(text) || (audited && carriesSecretMask(args))) {
    const error = consoleEgeriaError(CONSOLE_MESSAGES.redactedSecret, [action], action);
    return fail(error, { spec, refused: 'secret-marker', audit: draft('refused', error) });
  }

  try {
    const backend = await request.backend();
    const call = backend[spec.method] as (...a: unknown[]) => Promise<unknown>;
    // Reads take the signal last: a browser that gives up cancels the Egeria calls too.
    const result = await call.apply(
      backend,
      spec.kind === 'read' && spec.method !== 'previewRequest' ? [...args, request.signal] : args,
    );
    // Secrets never leave the server: the model carries none, and this holds if a dialect slips.
    const safe =
      spec.method === 'previewRequest'
        ? maskSecrets(result)
        : spec.method === 'storedElement'
          ? withholdStoredSecrets(result)
          : redactSecrets(result);
    return { status: 200, body: { result: safe ?? null }, spec, audit: draft('succeeded') };
  } catch (cause) {
    const error =
      cause instanceof EgeriaError
        ? cause
        : consoleEgeriaError(
            CONSOLE_MESSAGES.operationFailed,
            [spec.name, cause instanceof Error ? cause.message : String(cause)],
            action,
          );
    return fail(error, { spec, audit: draft('failed', error) });
  }
}
