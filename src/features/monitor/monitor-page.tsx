import { Link, useLoaderData } from 'react-router';
import { Breadcrumbs, PageHeader } from '../../components/page-header';
import { bundleExportPath, daemonGraphPath, driftPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';
import { ConnectorView } from './connector-view';
import { DaemonView } from './daemon-view';
import type { MonitorLoaderData } from './monitor-loaders';
import { daemonPath, daemonsPath } from './monitor-paths';

/** /p/{platformId}/daemons/{daemon}[/connectors/{connectorName}] */
export function MonitorPage() {
  const { platform } = usePlatform();
  const { daemon, connectorName, configured } = useLoaderData() as MonitorLoaderData;
  const title = connectorName ?? daemon;

  const crumbs = [
    { label: 'Integration daemons', to: daemonsPath(platform.id) },
    ...(connectorName
      ? [{ label: daemon, to: daemonPath(platform.id, daemon) }, { label: connectorName }]
      : [{ label: daemon }]),
  ];

  if (!configured) {
    return (
      <section className="max-w-2xl space-y-3">
        <title>{`Daemon not configured · ${platform.label} · Egeria Integration Console`}</title>
        <Breadcrumbs crumbs={crumbs} />
        <h1 className="text-xl font-semibold">Integration daemon not configured</h1>
        <p>
          <code className="rounded bg-slate-100 px-1 [overflow-wrap:anywhere]">{daemon}</code> is
          not one of the integration daemons the console watches on {platform.label}
          {platform.daemons.length > 0 ? `: ${platform.daemons.join(', ')}` : ''}.
        </p>
        <p>
          <Link to={daemonsPath(platform.id)} className="text-sky-800 underline">
            Back to the integration daemons
          </Link>
        </p>
      </section>
    );
  }

  return (
    <div className="space-y-4">
      <PageHeader crumbs={crumbs} title={title} documentTitle={`${title} · ${platform.label}`}>
        {connectorName ? (
          <p className="text-sm text-slate-600">Connector in integration daemon {daemon}</p>
        ) : null}
        <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
          <Link
            to={daemonGraphPath(platform.id, daemon, connectorName)}
            className="text-sky-800 underline"
          >
            {connectorName ? 'Show in the graph' : 'Graph of its groups'}
          </Link>
          {connectorName ? null : (
            <>
              <Link to={driftPath(platform.id, daemon)} className="text-sky-800 underline">
                Drift from the definitions
              </Link>
              <Link
                to={bundleExportPath(platform.id, { daemon })}
                className="text-sky-800 underline"
              >
                Export its groups
              </Link>
            </>
          )}
        </p>
      </PageHeader>
      {connectorName ? (
        <ConnectorView
          key={`${daemon}\u0000${connectorName}`}
          daemon={daemon}
          connectorName={connectorName}
        />
      ) : (
        <DaemonView key={daemon} daemon={daemon} />
      )}
    </div>
  );
}
