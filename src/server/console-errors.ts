/**
 * Errors the console server reports on Egeria's behalf use Egeria's own FFDC shape, so the browser
 * handles "the console could not reach the platform" exactly like "the platform refused". The ids
 * of the messages the former proxy sent (CONSOLE-PROXY-…) are kept: they name the same failures.
 */
import { EgeriaError } from '../egeria/errors';

export interface ConsoleErrorBody {
  class: 'ConsoleErrorResponse';
  relatedHTTPCode: number;
  exceptionErrorMessageId: string;
  exceptionErrorMessage: string;
  exceptionErrorMessageParameters: string[];
  exceptionSystemAction: string;
  exceptionUserAction: string;
  actionDescription: string;
}

export interface ConsoleMessage {
  id: string;
  status: number;
  text: string;
  systemAction: string;
  userAction: string;
}

export const CONSOLE_MESSAGES = {
  unknownPlatform: {
    id: 'CONSOLE-PROXY-404-001',
    status: 404,
    text: 'No platform with id {0} is configured in this console; configured platforms: {1}',
    systemAction: 'The request was not sent anywhere.',
    userAction:
      'Choose one of the configured platforms, or add this platform to the console configuration.',
  },
  unknownOperation: {
    id: 'CONSOLE-OPS-404-001',
    status: 404,
    text: 'The console has no operation named {0}',
    systemAction: 'Nothing was sent to the platform.',
    userAction:
      'Use one of the console’s operations (the EgeriaBackend methods, e.g. group.list or connector.restart); the console does not forward Egeria paths.',
  },
  badArguments: {
    id: 'CONSOLE-OPS-400-001',
    status: 400,
    text: 'The arguments of operation {0} are not valid: {1}',
    systemAction: 'Nothing was sent to the platform.',
    userAction: 'Correct the value named in the message and retry.',
  },
  egressRefused: {
    id: 'CONSOLE-OPS-403-001',
    status: 403,
    text: 'The console does not send {0} to platform {1}: {2}',
    systemAction: 'The request was not sent to the platform.',
    userAction:
      'The console calls only the Egeria services its operations need, as its configured user, on its configured servers. Rename the element if its name contains the character refused, or report the problem.',
  },
  operationFailed: {
    id: 'CONSOLE-OPS-500-001',
    status: 500,
    text: 'The console server failed while running {0}: {1}',
    systemAction: 'The operation may not have completed; the console log has the details.',
    userAction: 'Refresh to see the current state before retrying a change.',
  },
  roleTooLow: {
    id: 'CONSOLE-AUTH-403-001',
    status: 403,
    text: 'Operation {0} needs the {1} role on platform {2}; {3} has {4}',
    systemAction: 'Nothing was sent to the platform.',
    userAction:
      'Ask a console administrator for the role (it comes from your identity provider’s claim or the console’s users file).',
  },
  consoleSignInRequired: {
    id: 'CONSOLE-AUTH-401-003',
    status: 401,
    text: 'Sign in to the console to continue',
    systemAction: 'The request was refused; nothing was read or changed.',
    userAction: 'Sign in to the console, then retry.',
  },
  hostNotServed: {
    id: 'CONSOLE-HOST-421-001',
    status: 421,
    text: 'This console is not served as {0}',
    systemAction: 'The request was refused before it was read.',
    userAction:
      'Open the console at one of its configured public origins (publicOrigins in the console configuration).',
  },
  originRefused: {
    id: 'CONSOLE-HOST-403-001',
    status: 403,
    text: 'A change sent from {0} is not accepted',
    systemAction: 'The request was refused; nothing was changed.',
    userAction:
      'Make changes from the console’s own pages, at one of its configured public origins.',
  },
  notFromConsole: {
    id: 'CONSOLE-PROXY-403-002',
    status: 403,
    text: 'The request does not carry the {0} header that the console sends',
    systemAction: 'The request was not sent to the platform, as it may come from another web site.',
    userAction: 'Use the console’s own pages, or add the header when scripting against it.',
  },
  redactedSecret: {
    id: 'CONSOLE-PROXY-400-001',
    status: 400,
    text: 'The request {0} carries a withheld secret placeholder instead of a real value',
    systemAction: 'The request was not sent, so the stored secret is unchanged.',
    userAction: 'Leave secret fields empty to keep the stored values, or type the new value.',
  },
  unreachable: {
    id: 'CONSOLE-PROXY-502-001',
    status: 502,
    text: 'The platform {0} at {1} could not be reached: {2}',
    systemAction: 'The request did not reach Egeria, so nothing was changed.',
    userAction:
      'Check that the platform is running and that the console server can reach its URL; then retry.',
  },
  timeout: {
    id: 'CONSOLE-PROXY-504-001',
    status: 504,
    text: 'The platform {0} did not answer {1} within {2} ms',
    systemAction: 'The console stopped waiting. The platform may still complete the request.',
    userAction:
      'Check the platform’s load and logs, then refresh to see the current state before retrying a change.',
  },
  tlsRejected: {
    id: 'CONSOLE-PROXY-502-002',
    status: 502,
    text: 'The TLS certificate of platform {0} at {1} was not trusted: {2}',
    systemAction: 'The connection was closed before any request was sent.',
    userAction:
      'Give the console the platform’s CA certificate (tls.caFile), or, for a test platform only, set tls.insecure to true.',
  },
  // Sign-in to platforms that need a bearer token (Egeria 6.x). The SPA shows its sign-in dialog
  // for CONSOLE-AUTH-401-001 and retries what failed once the user has signed in.
  signInRequired: {
    id: 'CONSOLE-AUTH-401-001',
    status: 401,
    text: 'Sign in to platform {0} to continue: you are not signed in to it',
    systemAction: 'The request was not sent to the platform.',
    userAction: 'Sign in with your user id and password for this platform, then retry.',
  },
  signInExpired: {
    id: 'CONSOLE-AUTH-401-001',
    status: 401,
    text: 'Sign in to platform {0} again: it no longer accepts your sign-in',
    systemAction:
      'The platform refused the request (its sign-ins last an hour and end when it restarts); nothing was changed.',
    userAction: 'Sign in again, then retry.',
  },
  credentialsRefused: {
    id: 'CONSOLE-AUTH-401-002',
    status: 401,
    text: 'Platform {0} did not accept the user id {1} with that password',
    systemAction: 'You are not signed in to the platform.',
    userAction: 'Check the user id and the password (they are case-sensitive) and try again.',
  },
  signInFailed: {
    id: 'CONSOLE-AUTH-502-001',
    status: 502,
    text: 'Platform {0} could not sign you in: {1}',
    systemAction: 'You are not signed in to the platform.',
    userAction: 'Check that the platform is running and reachable, then try again.',
  },
  signInNotNeeded: {
    id: 'CONSOLE-AUTH-400-001',
    status: 400,
    text: 'Platform {0} does not use sign-in',
    systemAction: 'Nothing was done.',
    userAction: 'Use the platform without signing in.',
  },
} satisfies Record<string, ConsoleMessage>;

/** The text of a console message with its parameters filled in. */
export function messageText(message: ConsoleMessage, params: string[]): string {
  return message.text.replace(/\{(\d+)\}/g, (_, i: string) => params[Number(i)] ?? '');
}

/** A console message as the EgeriaError the browser rebuilds from an operation's answer. */
export function consoleEgeriaError(
  message: ConsoleMessage,
  params: string[],
  request: string,
): EgeriaError {
  return new EgeriaError({
    kind: 'egeria',
    httpStatus: message.status,
    relatedHTTPCode: message.status,
    messageId: message.id,
    text: messageText(message, params),
    systemAction: message.systemAction,
    userAction: message.userAction,
    parameters: params,
    actionDescription: request,
    request,
  });
}

export function consoleError(
  message: ConsoleMessage,
  params: string[],
  action: string,
): ConsoleErrorBody {
  const text = messageText(message, params);
  return {
    class: 'ConsoleErrorResponse',
    relatedHTTPCode: message.status,
    exceptionErrorMessageId: message.id,
    exceptionErrorMessage: `${message.id} ${text}`,
    exceptionErrorMessageParameters: params,
    exceptionSystemAction: message.systemAction,
    exceptionUserAction: message.userAction,
    actionDescription: action,
  };
}
