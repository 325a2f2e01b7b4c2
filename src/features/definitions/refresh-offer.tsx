import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/spinner';
import { usePlatform } from '../platforms/platform-context';
import { useDaemonRuns } from './daemon-runs';
import { refreshGroupConfig } from '../monitor/action-toasts';

type RefreshState = { state: 'running' } | { state: 'done' } | { state: 'failed'; error: unknown };

/**
 * After a change to a group's registrations or a connector's connection: a daemon picks it up only
 * when it reloads the group's configuration. Offers refresh-config for each group on each daemon
 * that runs it, and reports each result.
 */
export function RefreshOffer({ groupNames }: { groupNames: string[] }) {
  const scope = usePlatform();
  const queryClient = useQueryClient();
  const runs = useDaemonRuns(scope);
  const headingId = useId();
  const [results, setResults] = useState<Map<string, RefreshState>>(new Map());

  const pairs = groupNames.flatMap((groupName) =>
    (runs.byGroup.get(groupName) ?? []).map((daemon) => ({
      key: JSON.stringify([daemon, groupName]),
      daemon,
      groupName,
    })),
  );
  const idle = groupNames.filter((name) => !runs.byGroup.has(name));

  async function refresh(pair: { key: string; daemon: string; groupName: string }) {
    setResults((current) => new Map(current).set(pair.key, { state: 'running' }));
    try {
      await refreshGroupConfig(scope, queryClient, pair.daemon, pair.groupName);
      setResults((current) => new Map(current).set(pair.key, { state: 'done' }));
    } catch (error) {
      setResults((current) => new Map(current).set(pair.key, { state: 'failed', error }));
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
    >
      <h3 id={headingId} className="text-base font-semibold">
        Tell the daemons
      </h3>
      <p>
        An integration daemon keeps running the configuration it loaded. Refresh the group
        configuration so that each daemon running the group loads this change now.
      </p>
      {runs.pending ? <Loading label="Finding the daemons that run the group…" /> : null}
      {pairs.length > 0 ? (
        <>
          <ul className="space-y-2">
            {pairs.map((pair) => {
              const result = results.get(pair.key);
              return (
                <li key={pair.key} className="space-y-1">
                  <div className="flex flex-wrap items-center gap-3">
                    <span className="[overflow-wrap:anywhere]">
                      Group <strong>{pair.groupName}</strong> on daemon{' '}
                      <strong>{pair.daemon}</strong>
                    </span>
                    <Button
                      size="sm"
                      onClick={() => void refresh(pair)}
                      disabled={result?.state === 'running'}
                      aria-label={`Refresh configuration of ${pair.groupName} on ${pair.daemon}`}
                    >
                      {result?.state === 'done' ? 'Refresh again' : 'Refresh configuration'}
                    </Button>
                    <span role="status" className="text-sm">
                      {result?.state === 'running' ? 'Refreshing…' : null}
                      {result?.state === 'done' ? (
                        <span className="text-green-800">
                          ✓ {pair.daemon} reloaded {pair.groupName}
                        </span>
                      ) : null}
                    </span>
                  </div>
                  {result?.state === 'failed' ? (
                    <ErrorPanel
                      title={`${pair.daemon} could not refresh ${pair.groupName}`}
                      error={result.error}
                      headingLevel="h3"
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
          {pairs.length > 1 ? (
            <Button
              variant="primary"
              onClick={() => void Promise.all(pairs.map((pair) => refresh(pair)))}
              disabled={pairs.some((p) => results.get(p.key)?.state === 'running')}
            >
              Refresh all {pairs.length}
            </Button>
          ) : null}
        </>
      ) : null}
      {!runs.pending && idle.length > 0 ? (
        <p className="text-slate-700 [overflow-wrap:anywhere]">
          No daemon of this platform runs {idle.join(', ')}
          {runs.unreachable.length > 0 ? ` (could not ask ${runs.unreachable.join(', ')})` : ''}, so
          there is nothing to refresh there.
        </p>
      ) : null}
    </section>
  );
}
