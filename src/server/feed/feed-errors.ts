/**
 * The feed's own messages, in the FFDC shape of the proxy's (console-errors.ts), and the
 * conversion of any poll failure into the FeedError the browser shows with its stale banner.
 */
import type { FeedError } from '../../egeria/status-feed-protocol';
import { ffdcText, messageTextWithoutId, type FfdcFields } from '../../egeria/errors';
import { consoleError, type ConsoleErrorBody } from '../console-errors';

export interface FeedMessage {
  id: string;
  status: number;
  text: string;
  systemAction: string;
  userAction: string;
}

export const FEED_MESSAGES = {
  unknownDaemon: {
    id: 'CONSOLE-FEED-404-001',
    status: 404,
    text: 'Integration daemon {0} is not configured for platform {1}; configured daemons: {2}',
    systemAction: 'No status is read for it.',
    userAction:
      'Choose one of the configured daemons, or add the daemon to the platform’s daemons in the console configuration.',
  },
  notFromConsole: {
    id: 'CONSOLE-FEED-403-001',
    status: 403,
    text: 'The request to {0} does not come from the console’s own pages',
    systemAction: 'The request was refused, so nothing was read or changed.',
    userAction:
      'Open the console itself. Scripts must send the x-egeria-console: 1 header; browsers are recognised by Sec-Fetch-Site: same-origin.',
  },
  badRequest: {
    id: 'CONSOLE-FEED-400-001',
    status: 400,
    text: 'The request to {0} is not valid: {1}',
    systemAction: 'The request was refused.',
    userAction: 'Correct the request and retry.',
  },
  badAnswer: {
    id: 'CONSOLE-FEED-502-001',
    status: 502,
    text: 'The answer of platform {0} to {1} was not a daemon status: {2}',
    systemAction: 'The answer was ignored; the last status read is kept and marked stale.',
    userAction:
      'Check that the platform runs the Egeria release the console is configured for (5.x or 6.x) and that {1} is an integration daemon; the console log has the details.',
  },
} satisfies Record<string, FeedMessage>;

/** The HTTP body of a feed error (same fields as Egeria's FFDC answers). */
export function feedErrorBody(
  message: FeedMessage,
  params: string[],
  action: string,
): ConsoleErrorBody {
  return consoleError(message, params, action);
}

/** A FeedError from a console message (the proxy's or the feed's). */
export function feedErrorFromConsole(
  message: FeedMessage,
  params: string[],
  request: string,
): FeedError {
  const body = consoleError(message, params, request);
  return {
    messageId: body.exceptionErrorMessageId,
    text: messageTextWithoutId(body.exceptionErrorMessage, body.exceptionErrorMessageId),
    systemAction: body.exceptionSystemAction,
    userAction: body.exceptionUserAction,
    httpStatus: message.status,
    relatedHTTPCode: message.status,
    request,
    parameters: params,
  };
}

/** A FeedError from Egeria's FFDC answer (HTTP 200 with relatedHTTPCode ≠ 200, or HTTP ≥ 400). */
export function feedErrorFromFfdc(
  body: FfdcFields,
  httpStatus: number,
  request: string,
): FeedError {
  return {
    messageId: body.exceptionErrorMessageId,
    text: ffdcText(body, httpStatus),
    systemAction: body.exceptionSystemAction,
    userAction: body.exceptionUserAction,
    httpStatus,
    relatedHTTPCode: body.relatedHTTPCode,
    request,
    // The body is the platform's: pass the parameters only when they are what the protocol says.
    ...(Array.isArray(body.exceptionErrorMessageParameters) &&
    body.exceptionErrorMessageParameters.every((p) => typeof p === 'string')
      ? { parameters: body.exceptionErrorMessageParameters }
      : {}),
  };
}

/** Thrown by a poll; carries what the browser is told. */
export class PollFailure extends Error {
  constructor(readonly feedError: FeedError) {
    super(feedError.messageId ? `${feedError.messageId} ${feedError.text}` : feedError.text);
    this.name = 'PollFailure';
  }
}
