/**
 * Errors the console server reports on Egeria's behalf use Egeria's own FFDC shape, so the browser
 * handles "the console could not reach the platform" exactly like "the platform refused".
 */

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

interface ConsoleMessage {
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
  pathNotAllowed: {
    id: 'CONSOLE-PROXY-403-001',
    status: 403,
    text: 'The path {0} is not part of the Egeria REST API that the console forwards',
    systemAction: 'The request was not sent to the platform.',
    userAction: 'Only /servers/… and /open-metadata/… paths are forwarded. Check the request.',
  },
  notFromConsole: {
    id: 'CONSOLE-PROXY-403-002',
    status: 403,
    text: 'The request does not carry the {0} header that the console sends',
    systemAction: 'The request was not sent to the platform, as it may come from another web site.',
    userAction: 'Call the proxy from the console, or add the header when scripting against it.',
  },
  methodNotAllowed: {
    id: 'CONSOLE-PROXY-405-001',
    status: 405,
    text: 'The method {0} is not forwarded to Egeria platforms',
    systemAction: 'The request was not sent to the platform.',
    userAction: 'Use GET or POST, as the Egeria REST API does.',
  },
  redactedSecret: {
    id: 'CONSOLE-PROXY-400-001',
    status: 400,
    text: 'The request to {0} carries a withheld secret placeholder instead of a real value',
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

export function consoleError(
  message: ConsoleMessage,
  params: string[],
  action: string,
): ConsoleErrorBody {
  const text = message.text.replace(/\{(\d+)\}/g, (_, i: string) => params[Number(i)] ?? '');
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
