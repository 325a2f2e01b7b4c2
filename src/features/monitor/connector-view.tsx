import { useQuery } from '@tanstack/react-query';
import { Fragment, useCallback, useId, useState, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { DateTime, RelativeTime } from '../../components/relative-time';
import { Loading } from '../../components/spinner';
import { StatusBadge } from '../../components/status-badge';
import type { ConnectorReport } from '../../egeria/model';
import { shortClassName } from '../../lib/format';
import type { PlatformScope } from '../platforms/platform-context';
import { usePlatform } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { ActionResults } from './action-results';
import { statusNotRead } from './daemon-status-read';
import { ConfirmRestart } from './confirm-dialog';
import { FailureExplanationDetails } from './failure-explanation';
import { explainReport } from './failure-groups';
import { DaemonFreshness } from './feed-freshness';
import { UnsavedChangesGuard } from './form-support';
import { HistoryTimeline } from './history-timeline';
import { ConfigPropertiesForm, EndpointAddressForm } from './live-config-forms';
import { connectorConfigQueryOptions } from './monitor-queries';
import { connectorAction, useActionTracker } from './use-action-tracker';
import { RoleNotice } from '../platforms/role-notice';
import { useRole } from '../platforms/use-role';
import { ElementAudit } from '../audit/element-audit';

const muted = <span className="text-slate-400">—</span>;
const NO_REPORTS: ConnectorReport[] = [];

/** "3 May 2025, 10:02 (2 hours ago)"; the date alone says when there is none. */
function DateAndAge({ value }: { value: string | undefined }) {
  return (
    <>
      <DateTime value={value} />{' '}
      {value ? (
        <>
          (<RelativeTime value={value} />)
        </>
      ) : null}
    </>
  );
}

function ReportDetails({ report }: { report: ConnectorReport }) {
  const explanation = explainReport(report);
  const statistics = Object.entries(report.statistics);
  const provider = report.connectorProviderClassName;
  const details: [string, ReactNode][] = [
    ['Last status change', <DateAndAge key="change" value={report.lastStatusChange} />],
    ['Last refresh', <DateAndAge key="refresh" value={report.lastRefreshTime} />],
    [
      'Minimum minutes between refreshes',
      report.minMinutesBetweenRefresh === 0
        ? '0 (refreshes only when it starts and when asked)'
        : report.minMinutesBetweenRefresh,
    ],
    ['Connector instance', report.connectorInstanceId ?? muted],
    [
      'Connector provider',
      provider ? (
        <span key="provider" title={provider}>
          {shortClassName(provider)}
        </span>
      ) : (
        muted
      ),
    ],
    ['Endpoint', report.endpointAddress ?? muted],
  ];
  return (
    <div
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-group={report.groupName}
    >
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge status={report.status} />
        <span className="text-sm text-slate-700">
          {report.groupName ? `in group ${report.groupName}` : 'in an integration service'}
        </span>
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {details.map(([term, value]) => (
          <Fragment key={term}>
            <dt className="font-medium">{term}</dt>
            <dd className="[overflow-wrap:anywhere]">{value}</dd>
          </Fragment>
        ))}
      </dl>
      {statistics.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold">Statistics</h3>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {statistics.map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="font-medium [overflow-wrap:anywhere]">{key}</dt>
                <dd className="tabular-nums [overflow-wrap:anywhere]">
                  {typeof value === 'object' ? JSON.stringify(value) : String(value)}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {explanation ? (
        <div className="rounded-md border border-red-200 bg-red-50 p-3 text-red-950">
          <h3 className="text-sm font-semibold">Why it failed: {explanation.title}</h3>
          <div className="mt-1">
            <FailureExplanationDetails explanation={explanation} />
          </div>
        </div>
      ) : null}
    </div>
  );
}

function LiveConfiguration({
  scope,
  daemon,
  connectorName,
  endpointAddress,
}: {
  scope: PlatformScope;
  daemon: string;
  connectorName: string;
  endpointAddress: string | undefined;
}) {
  const titleId = useId();
  const canEdit = useRole().allows('editor');
  const config = useQuery(connectorConfigQueryOptions(scope, daemon, connectorName));
  const [dirty, setDirty] = useState({ config: false, endpoint: false });
  const onConfigDirty = useCallback(
    (value: boolean) => setDirty((d) => (d.config === value ? d : { ...d, config: value })),
    [],
  );
  const onEndpointDirty = useCallback(
    (value: boolean) => setDirty((d) => (d.endpoint === value ? d : { ...d, endpoint: value })),
    [],
  );
  return (
    <section aria-labelledby={titleId} className="space-y-5">
      <h2 id={titleId} className="text-lg font-semibold">
        Live configuration
      </h2>
      <UnsavedChangesGuard dirty={dirty.config || dirty.endpoint} />
      <RoleNotice needs="editor" doing="Changing the running connector’s configuration" />
      {!canEdit ? (
        <ReadOnlyLiveConfiguration
          properties={config.data}
          endpointAddress={endpointAddress}
          pending={config.isPending}
        />
      ) : config.isPending ? (
        <Loading label="Reading the running connector’s configuration properties…" />
      ) : config.isError ? (
        <QueryErrorPanel
          title="Could not read the running connector’s configuration properties"
          read={config}
        />
      ) : (
        <ConfigPropertiesForm
          scope={scope}
          daemon={daemon}
          connectorName={connectorName}
          current={config.data}
          onDirtyChange={onConfigDirty}
        />
      )}
      {canEdit ? (
        <EndpointAddressForm
          scope={scope}
          daemon={daemon}
          connectorName={connectorName}
          current={endpointAddress}
          onDirtyChange={onEndpointDirty}
        />
      ) : null}
    </section>
  );
}

/** What the daemon runs, for a user whose role may not change it. */
function ReadOnlyLiveConfiguration({
  properties,
  endpointAddress,
  pending,
}: {
  properties: Record<string, unknown> | undefined;
  endpointAddress: string | undefined;
  pending: boolean;
}) {
  const entries = Object.entries(properties ?? {});
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <dt className="font-medium text-slate-600">Endpoint address</dt>
      <dd className="[overflow-wrap:anywhere]">{endpointAddress ?? '—'}</dd>
      <dt className="font-medium text-slate-600">Configuration properties</dt>
      <dd>
        {pending ? 'Reading…' : entries.length === 0 ? 'None' : null}
        {entries.map(([key, value]) => (
          <div key={key} className="[overflow-wrap:anywhere]">
            <code className="text-xs">{key}</code>:{' '}
            {typeof value === 'string' ? value : JSON.stringify(value)}
          </div>
        ))}
      </dd>
    </dl>
  );
}

/** One connector as a daemon runs it: live report, actions, explanation, live configuration, history. */
export function ConnectorView({
  daemon,
  connectorName,
}: {
  daemon: string;
  connectorName: string;
}) {
  const scope = usePlatform();
  const { platform, backend } = scope;
  const status = useQuery(daemonStatusQueryOptions(scope, daemon));
  const reports =
    status.data?.connectors.filter((r) => r.connectorName === connectorName) ?? NO_REPORTS;
  const tracker = useActionTracker(platform.id, daemon, status.data);
  const canOperate = useRole().allows('operator');
  const [confirmRestart, setConfirmRestart] = useState(false);

  const act = (kind: 'restart' | 'refresh', verb: string) => () =>
    void tracker.run(
      connectorAction(backend, daemon, kind, `${verb} ${connectorName}`, [connectorName]),
    );
  const restart = act('restart', 'Restart');
  const refresh = act('refresh', 'Refresh');

  const live =
    statusNotRead(status, daemon) ??
    (reports.length === 0 ? (
      <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        Daemon {daemon} does not report a connector named{' '}
        <strong className="[overflow-wrap:anywhere]">{connectorName}</strong>. It may have been
        removed from its group, or the daemon has not loaded it yet.
      </p>
    ) : (
      reports.map((report) => <ReportDetails key={report.groupName ?? ''} report={report} />)
    ));

  return (
    <div className="space-y-6">
      <DaemonFreshness daemon={daemon} />
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={refresh} disabled={reports.length === 0 || !canOperate}>
          Refresh
        </Button>
        <Button
          variant="danger"
          onClick={() => setConfirmRestart(true)}
          disabled={reports.length === 0 || !canOperate}
        >
          Restart
        </Button>
        <RoleNotice needs="operator" doing="Restarting or refreshing this connector" />
      </div>
      <ActionResults tracker={tracker} />
      <section aria-label="Live status" className="space-y-3">
        {live}
      </section>
      {reports.length > 0 ? (
        <LiveConfiguration
          scope={scope}
          daemon={daemon}
          connectorName={connectorName}
          endpointAddress={reports[0]?.endpointAddress}
        />
      ) : null}
      <HistoryTimeline
        scope={scope}
        daemon={daemon}
        connectorName={connectorName}
        reports={reports}
      />
      <ElementAudit
        platformId={platform.id}
        kind="connector"
        names={[connectorName, ...reports.map((r) => r.connectorGuid)]}
      />
      {confirmRestart ? (
        <ConfirmRestart
          connectorName={connectorName}
          onClose={() => setConfirmRestart(false)}
          onRestart={restart}
        />
      ) : null}
    </div>
  );
}
