/**
 * The console server's sign-in API for platforms that need a bearer token (Egeria 6.x):
 * `GET|POST|DELETE /api/session/{platformId}`. The token itself never appears here: the server
 * keeps it in its own session store behind an httpOnly cookie, and tells the browser only who is
 * signed in.
 */

export interface SessionInfo {
  platformId: string;
  /** False for platforms that need no sign-in (Egeria 5.x). */
  signInRequired: boolean;
  signedIn: boolean;
  userId?: string;
  /** True when the platform refused the last token (expired, or the platform restarted). */
  expired?: boolean;
}

/** An answer of the session resource, or undefined when it is not one. */
export function readSessionInfo(body: unknown): SessionInfo | undefined {
  const s = body as Partial<Record<keyof SessionInfo, unknown>> | null;
  return typeof s === 'object' &&
    s !== null &&
    typeof s.platformId === 'string' &&
    typeof s.signInRequired === 'boolean' &&
    typeof s.signedIn === 'boolean' &&
    (s.userId === undefined || typeof s.userId === 'string') &&
    (s.expired === undefined || typeof s.expired === 'boolean')
    ? (body as SessionInfo)
    : undefined;
}

/** The path of a platform's session resource on the console server. */
export function sessionPath(platformId: string): string {
  return `/api/session/${encodeURIComponent(platformId)}`;
}

/**
 * Message id of the console's answer when a 6.x platform needs (another) sign-in: no token in the
 * session yet, or the platform answered HTTP 401 to the one it had. The UI shows the sign-in dialog
 * when it sees it.
 */
export const SIGN_IN_REQUIRED_MESSAGE_ID = 'CONSOLE-AUTH-401-001';
/** Message id when the platform refused the user id and password. */
export const CREDENTIALS_REFUSED_MESSAGE_ID = 'CONSOLE-AUTH-401-002';
