import type { ReactNode } from 'react';
import type { Role } from '../../egeria/operations';
import { useRole } from './use-role';

/**
 * Says, once per section, what the user's role does not let them do there (the buttons for it
 * are disabled or hidden). Renders nothing when the role allows it.
 */
export function RoleNotice({
  needs,
  doing,
  className = '',
}: {
  needs: Role;
  doing: string;
  className?: string;
}) {
  const reason = useRole().whyNot(needs, doing);
  if (!reason) return null;
  return (
    <p className={`text-sm text-slate-600 ${className}`} data-role-notice={needs}>
      {reason}
    </p>
  );
}

/** What only `needs` may use: shown to them, and in its place the notice for anyone else. */
export function RoleGate({
  needs,
  doing,
  children,
}: {
  needs: Role;
  doing: string;
  children: ReactNode;
}) {
  return useRole().allows(needs) ? children : <RoleNotice needs={needs} doing={doing} />;
}
