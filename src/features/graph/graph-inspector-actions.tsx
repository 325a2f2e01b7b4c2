/**
 * Restart and refresh of the selected connector, from the inspector (operators and above), with
 * the outcome shown right there as the daemon reports it: where a failure is seen, it is fixed.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/button';
import { ActionResults } from '../monitor/action-results';
import { ConfirmRestart } from '../monitor/confirm-dialog';
import { connectorAction, useActionTracker } from '../monitor/use-action-tracker';
import { usePlatform } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { RoleNotice } from '../platforms/role-notice';
import { useRole } from '../platforms/use-role';

export interface ConnectorActionsProps {
  daemon: string;
  connectorName: string;
}

/** Refresh and Restart of one connector in one daemon, and what became of them. */
export function ConnectorActions({ daemon, connectorName }: ConnectorActionsProps) {
  const scope = usePlatform();
  const { platform, backend } = scope;
  const status = useQuery(daemonStatusQueryOptions(scope, daemon));
  const tracker = useActionTracker(platform.id, daemon, status.data);
  const canOperate = useRole().allows('operator');
  const [confirming, setConfirming] = useState(false);
  const run = (kind: 'restart' | 'refresh') =>
    void tracker.run(
      connectorAction(
        backend,
        daemon,
        kind,
        `${kind === 'restart' ? 'Restart' : 'Refresh'} ${connectorName} in ${daemon}`,
        [connectorName],
      ),
    );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => run('refresh')} disabled={!canOperate}>
          Refresh
        </Button>
        <Button
          size="sm"
          variant="danger"
          onClick={() => setConfirming(true)}
          disabled={!canOperate}
        >
          Restart
        </Button>
      </div>
      <RoleNotice needs="operator" doing="Restarting or refreshing this connector" />
      <ActionResults tracker={tracker} />
      {confirming ? (
        <ConfirmRestart
          connectorName={connectorName}
          where={daemon}
          onClose={() => setConfirming(false)}
          onRestart={() => run('restart')}
        />
      ) : null}
    </div>
  );
}
