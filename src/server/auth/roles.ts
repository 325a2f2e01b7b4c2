/**
 * Role grants, as the users file and the OpenID Connect claim carry them: `editor` gives the
 * role on every platform, `coco:editor` on platform `coco` only. A user's role on a platform is
 * the strongest of the grants that apply; roles are ordered (viewer < operator < editor < admin)
 * and each includes the ones before it.
 */
import { ROLES, type Role } from '../../egeria/operations';

export interface ResolvedRoles {
  all: Role | null;
  platforms: Record<string, Role>;
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

const stronger = (a: Role | null | undefined, b: Role): Role =>
  a && ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b;

/** A grant is valid when it names a role, optionally after a platform id and a colon. */
export function parseGrant(grant: string): { platformId?: string; role: Role } | undefined {
  const at = grant.lastIndexOf(':');
  const role = grant.slice(at + 1).trim();
  if (!isRole(role)) return undefined;
  if (at < 0) return { role };
  const platformId = grant.slice(0, at).trim();
  return platformId ? { platformId, role } : undefined;
}

/** Grants that name no role are ignored (an IdP's claim may carry unrelated groups). */
export function resolveRoles(grants: readonly string[]): ResolvedRoles {
  let all: Role | null = null;
  const platforms: Record<string, Role> = {};
  for (const grant of grants) {
    const parsed = parseGrant(grant);
    if (!parsed) continue;
    if (parsed.platformId === undefined) all = stronger(all, parsed.role);
    else platforms[parsed.platformId] = stronger(platforms[parsed.platformId], parsed.role);
  }
  return { all, platforms };
}

/** The user's role on one platform. */
export function roleOn(roles: ResolvedRoles, platformId: string): Role | null {
  const own = roles.platforms[platformId];
  if (!own) return roles.all;
  return stronger(roles.all, own);
}
