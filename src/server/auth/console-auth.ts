/**
 * Who is calling, and with which role on each platform. Without a sign-in configured (allowed on
 * loopback only, see config.ts) the caller is the local user, an administrator. With one, the
 * caller is the user their session signed in as, through the users file or the OpenID Connect
 * provider, with the roles their grants resolve to (roles.ts).
 */
import type { FastifyRequest } from 'fastify';
import type { MeResponse, SignInMethod } from '../../egeria/console-user';
import type { Role } from '../../egeria/operations';
import type { AuthConfig } from '../config';
import { readCookie, SESSION_COOKIE } from '../session/cookies';
import type { Session, SessionStore } from '../session/session-store';
import type { OidcSignIn } from './oidc';
import { resolveRoles, roleOn, type ResolvedRoles } from './roles';
import type { UsersDirectory } from './users-file';

export interface Caller {
  name: string;
  displayName?: string;
  via: 'local' | 'users-file' | 'oidc';
  roles: ResolvedRoles;
}

const LOCAL_CALLER: Caller = {
  name: 'local',
  displayName: 'Local user',
  via: 'local',
  roles: { all: 'admin', platforms: {} },
};

export interface ConsoleAuthOptions {
  config?: AuthConfig;
  sessions: SessionStore;
  users?: UsersDirectory;
  oidc?: OidcSignIn;
}

export class ConsoleAuth {
  readonly required: boolean;
  readonly methods: SignInMethod[];
  readonly sessions: SessionStore;
  readonly users?: UsersDirectory;
  readonly oidc?: OidcSignIn;
  private readonly defaultGrants: string[];

  constructor(options: ConsoleAuthOptions) {
    this.sessions = options.sessions;
    this.users = options.users;
    this.oidc = options.oidc;
    this.methods = [
      ...(options.users ? (['password'] as const) : []),
      ...(options.oidc ? (['oidc'] as const) : []),
    ];
    this.required = this.methods.length > 0;
    this.defaultGrants = options.config?.defaultRoles ?? [];
  }

  /** The session the request's cookie names, if it is live. */
  session(request: FastifyRequest): Session | undefined {
    return this.sessions.get(readCookie(request.headers.cookie, SESSION_COOKIE));
  }

  /** Who is calling; undefined when the console needs a sign-in and the request has none. */
  caller(request: FastifyRequest): Caller | undefined {
    return this.callerOf(this.session(request));
  }

  /** Who a session belongs to (the local user when the console has no sign-in). */
  callerOf(session: Session | undefined): Caller | undefined {
    if (!this.required) return LOCAL_CALLER;
    const user = session?.user;
    return user
      ? { name: user.name, displayName: user.displayName, via: user.via, roles: user.roles }
      : undefined;
  }

  /** The roles a sign-in with these grants has (the configured default roles added). */
  rolesFor(grants: readonly string[]): ResolvedRoles {
    return resolveRoles([...this.defaultGrants, ...grants]);
  }

  roleOn(caller: Caller | undefined, platformId: string): Role | null {
    return caller ? roleOn(caller.roles, platformId) : null;
  }

  me(caller: Caller | undefined, platformIds: readonly string[]): MeResponse {
    return {
      signInRequired: this.required,
      signedIn: !!caller,
      methods: this.methods,
      ...(caller
        ? {
            user: {
              name: caller.name,
              ...(caller.displayName ? { displayName: caller.displayName } : {}),
              via: caller.via,
            },
          }
        : {}),
      roles: Object.fromEntries(platformIds.map((id) => [id, this.roleOn(caller, id)])),
    };
  }
}
