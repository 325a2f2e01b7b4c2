/**
 * Who is using the console, as the console server tells the browser (GET /api/me): whether the
 * console has a sign-in of its own, who signed in, and their role on each configured platform.
 * On a console that listens on loopback without sign-in, the one local user is an administrator.
 * Checked by hand rather than with zod: it is read on every first visit, before any form loads.
 */
import { ROLES, type Role } from './operations';

export const ME_PATH = '/api/me';
export const PASSWORD_SIGN_IN_PATH = '/api/auth/login';
export const SIGN_OUT_PATH = '/api/auth/logout';
/** Where the browser goes to sign in through the OpenID Connect provider; `?next=` brings it back. */
export const OIDC_SIGN_IN_PATH = '/api/auth/oidc/login';
/** Message id when the console itself wants a sign-in (not a 6.x platform). */
export const CONSOLE_SIGN_IN_MESSAGE_ID = 'CONSOLE-AUTH-401-003';
/** Message id when the caller's role does not allow an operation. */
export const ROLE_REFUSED_MESSAGE_ID = 'CONSOLE-AUTH-403-001';

export type SignInMethod = 'password' | 'oidc';

export interface ConsoleUser {
  name: string;
  displayName?: string;
  via: 'local' | 'users-file' | 'oidc';
}

export interface MeResponse {
  /** True when the console has a sign-in of its own (any deployment that is not loopback-only). */
  signInRequired: boolean;
  signedIn: boolean;
  methods: SignInMethod[];
  user?: ConsoleUser;
  /** The user's role on each configured platform; null where they have none. */
  roles: Record<string, Role | null>;
}

const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** An answer of GET /api/me, or undefined when it is not one. */
export function readMe(body: unknown): MeResponse | undefined {
  const me = body as Partial<MeResponse> | null;
  const ok =
    me !== null &&
    typeof me === 'object' &&
    typeof me.signInRequired === 'boolean' &&
    typeof me.signedIn === 'boolean' &&
    Array.isArray(me.methods) &&
    me.methods.every((m) => m === 'password' || m === 'oidc') &&
    typeof me.roles === 'object' &&
    me.roles !== null &&
    Object.values(me.roles).every((r) => r === null || isRole(r)) &&
    (me.user === undefined ||
      (typeof me.user.name === 'string' &&
        ['local', 'users-file', 'oidc'].includes(me.user.via as string)));
  if (!ok)
    throw new Error('The console server’s answer about the signed-in user could not be read');
  return me as MeResponse;
}

/** A path inside the console to come back to after signing in; anything else goes home. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(next) || next.startsWith('/api/')) return '/';
  return next;
}

/** The console's sign-in page, coming back to `next` afterwards. */
export function signInPagePath(next: string): string {
  return `/signin?next=${encodeURIComponent(safeNextPath(next))}`;
}
