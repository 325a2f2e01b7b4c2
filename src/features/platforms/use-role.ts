import { useQuery } from '@tanstack/react-query';
import { roleAllows, type Role } from '../../egeria/operations';
import { meQueryOptions } from './console-user-queries';
import { usePlatform } from './platform-context';

export interface RoleGate {
  /** The user's role on the current platform; null when they have none. */
  role: Role | null;
  allows(needs: Role): boolean;
  /** Why an action needing `needs` is not offered, or undefined when it is. */
  whyNot(needs: Role, doing: string): string | undefined;
}

/**
 * The console role of the user on the current platform. The console server enforces roles per
 * operation; the screens use this only to hide or disable what would be refused, and to say why.
 */
export function useRole(): RoleGate {
  const { platform } = usePlatform();
  const me = useQuery(meQueryOptions());
  const role = me.data?.roles[platform.id] ?? null;
  return {
    role,
    allows: (needs) => roleAllows(role, needs),
    whyNot: (needs, doing) =>
      roleAllows(role, needs)
        ? undefined
        : `${doing} needs the ${needs} role on ${platform.label}; ${role ? `your role is ${role}` : 'you have no role there'}.`,
  };
}
