/**
 * Failures of calls to Egeria (or to the console server on Egeria's behalf), carrying Egeria's own
 * FFDC fields so the UI can show the message id, text, system action and user action verbatim.
 */

/**
 * Where a failure came from: Egeria's FFDC answer, a bare HTTP error, no answer, an answer we could
 * not read, a cancelled call, or input the console refused to send.
 */
export const EGERIA_ERROR_KINDS = [
  'egeria',
  'http',
  'network',
  'bad-response',
  'aborted',
  'invalid',
] as const;
export type EgeriaErrorKind = (typeof EGERIA_ERROR_KINDS)[number];

export interface EgeriaErrorInit {
  kind: EgeriaErrorKind;
  /** The HTTP status of the response (0 when there was none). */
  httpStatus: number;
  /** Egeria's `relatedHTTPCode` when the body carried one. */
  relatedHTTPCode?: number;
  messageId?: string;
  /** The message text without its leading message id. */
  text: string;
  systemAction?: string;
  userAction?: string;
  exceptionClassName?: string;
  actionDescription?: string;
  parameters?: string[];
  properties?: Record<string, unknown>;
  /** The request that failed, without host: `GET /servers/…`. */
  request?: string;
}

export class EgeriaError extends Error {
  readonly kind: EgeriaErrorKind;
  readonly httpStatus: number;
  readonly relatedHTTPCode?: number;
  readonly messageId?: string;
  readonly text: string;
  readonly systemAction?: string;
  readonly userAction?: string;
  readonly exceptionClassName?: string;
  readonly actionDescription?: string;
  readonly parameters?: string[];
  readonly properties?: Record<string, unknown>;
  readonly request?: string;

  constructor(init: EgeriaErrorInit) {
    super(init.messageId ? `${init.messageId} ${init.text}` : init.text);
    this.name = 'EgeriaError';
    this.kind = init.kind;
    this.httpStatus = init.httpStatus;
    this.relatedHTTPCode = init.relatedHTTPCode;
    this.messageId = init.messageId;
    this.text = init.text;
    this.systemAction = init.systemAction;
    this.userAction = init.userAction;
    this.exceptionClassName = init.exceptionClassName;
    this.actionDescription = init.actionDescription;
    this.parameters = init.parameters;
    this.properties = init.properties;
    this.request = init.request;
  }

  /** The status that best describes the failure: Egeria's related code, else the HTTP status. */
  get status(): number {
    return this.relatedHTTPCode ?? this.httpStatus;
  }

  /** The name of the request parameter Egeria blamed, when it said (FFDC `exceptionProperties.parameterName`). */
  get parameterName(): string | undefined {
    const name = this.properties?.['parameterName'];
    return typeof name === 'string' ? name : undefined;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** The FFDC fields that every Egeria 5.x/6.x response may carry. */
export interface FfdcFields {
  relatedHTTPCode?: number;
  exceptionClassName?: string;
  exceptionCausedBy?: string;
  actionDescription?: string;
  exceptionErrorMessage?: string;
  exceptionErrorMessageId?: string;
  exceptionErrorMessageParameters?: string[];
  exceptionSystemAction?: string;
  exceptionUserAction?: string;
  exceptionProperties?: Record<string, unknown>;
}

/**
 * Egeria prefixes `exceptionErrorMessage` with the message id; strip it so the id and the text can be
 * shown apart without repeating the id.
 */
export function messageTextWithoutId(
  message: string | undefined,
  messageId: string | undefined,
): string {
  if (!message) return '';
  if (messageId && message.startsWith(messageId))
    return message.slice(messageId.length).trimStart();
  return message;
}

/** The text of an FFDC answer without its message id, or a plain sentence when Egeria gave none. */
export function ffdcText(body: FfdcFields, httpStatus: number): string {
  return (
    messageTextWithoutId(body.exceptionErrorMessage, body.exceptionErrorMessageId) ||
    `Egeria reported status ${body.relatedHTTPCode ?? httpStatus} without a message`
  );
}

/** Builds an EgeriaError from a body that failed Egeria's `relatedHTTPCode` check. */
export function errorFromFfdc(body: FfdcFields, httpStatus: number, request?: string): EgeriaError {
  return new EgeriaError({
    kind: 'egeria',
    httpStatus,
    relatedHTTPCode: body.relatedHTTPCode,
    messageId: body.exceptionErrorMessageId,
    text: ffdcText(body, httpStatus),
    systemAction: body.exceptionSystemAction,
    userAction: body.exceptionUserAction,
    exceptionClassName: body.exceptionClassName,
    actionDescription: body.actionDescription,
    parameters: body.exceptionErrorMessageParameters,
    properties: body.exceptionProperties,
    request,
  });
}

/** The console server did not answer (or the caller gave up waiting). */
export function noAnswer(cause: unknown, request: string, aborted: boolean): EgeriaError {
  return new EgeriaError({
    kind: aborted ? 'aborted' : 'network',
    httpStatus: 0,
    text: aborted
      ? 'The request was cancelled'
      : `No answer from the console server: ${cause instanceof Error ? cause.message : String(cause)}`,
    request,
  });
}

/** True for errors worth retrying automatically: no answer, or the platform said it is unavailable. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof EgeriaError)) return false;
  return (
    error.kind === 'network' ||
    error.httpStatus === 502 ||
    error.httpStatus === 503 ||
    error.httpStatus === 504
  );
}

/** Egeria answered without the element asked for: reported as a 404 with no Egeria message id. */
export function notFound(what: string, id: string, request: string): EgeriaError {
  return new EgeriaError({
    kind: 'egeria',
    httpStatus: 200,
    relatedHTTPCode: 404,
    text: `${what} ${id} was not returned by Egeria`,
    request,
  });
}

interface SpringError {
  status?: number;
  error?: string;
  message?: string;
  path?: string;
}

/**
 * Throws the EgeriaError an answer means, if it means one: Egeria's FFDC fields (or the console's,
 * which use the same shape), else a bare HTTP failure.
 */
export function throwIfFailed(body: unknown, response: Response, request: string): void {
  const ffdc = (typeof body === 'object' && body !== null ? body : {}) as FfdcFields & SpringError;
  const related = typeof ffdc.relatedHTTPCode === 'number' ? ffdc.relatedHTTPCode : undefined;
  if (related !== undefined && related !== 200) throw errorFromFfdc(ffdc, response.status, request);
  if (response.status >= 400) {
    if (ffdc.exceptionErrorMessageId || ffdc.exceptionErrorMessage)
      throw errorFromFfdc(ffdc, response.status, request);
    // Spring Boot's own error body (missing parameter, unknown URL): no Egeria message id.
    const detail = [ffdc.error, ffdc.message].filter(Boolean).join(': ');
    throw new EgeriaError({
      kind: 'http',
      httpStatus: response.status,
      text: `HTTP ${response.status}${detail ? ` ${detail}` : ` ${response.statusText}`}`,
      request,
    });
  }
}
