/** One group's drift as a table: each difference with both sides, since when, and its actions. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { DataTable, type DataColumn } from '../../components/data-table';
import { DateTime, RelativeTime } from '../../components/relative-time';
import { definitionPaths } from '../../lib/paths';
import { daemonConnectorPath } from '../monitor/monitor-paths';
import { usePlatform } from '../platforms/platform-context';
import { DRIFT_TITLES, type DriftAction, type DriftItem } from './drift';

export const ACTION_LABELS: Record<DriftAction, string> = {
  'refresh-config': 'Refresh configuration',
  restart: 'Restart',
  refresh: 'Refresh connector',
  'edit-registration': 'Edit the registration',
  register: 'Register it',
  'create-group': 'Create the group',
};
interface DriftContext {
  platformId: string;
  daemon: string;
  /** The item and action under way ("id\u0000action"); every button waits while one runs. */
  busy: string | undefined;
  onAct: (item: DriftItem, action: DriftAction) => void;
}

const COLUMNS: readonly DataColumn<DriftItem, DriftContext>[] = [
  {
    id: 'difference',
    header: 'Difference',
    rowHeader: true,
    fixed: true,
    cell: (item) => (
      <>
        <span aria-hidden="true">⚠ </span>
        {DRIFT_TITLES[item.kind]}
      </>
    ),
  },
  {
    id: 'connector',
    header: 'Connector',
    className: '[overflow-wrap:anywhere]',
    cell: (item, { platformId, daemon }) =>
      item.connectorName ? (
        <Link
          to={daemonConnectorPath(platformId, daemon, item.connectorName)}
          className="text-sky-800 underline"
        >
          {item.connectorName}
        </Link>
      ) : (
        '—'
      ),
  },
  {
    id: 'metadata',
    header: 'The metadata says',
    className: 'max-w-sm [overflow-wrap:anywhere]',
    cell: (item) => item.metadata,
  },
  {
    id: 'daemon',
    header: 'The daemon reports',
    className: 'max-w-sm [overflow-wrap:anywhere]',
    cell: (item) => item.daemonReports,
  },
  {
    id: 'since',
    header: 'Since',
    className: 'whitespace-nowrap',
    cell: (item) =>
      item.since ? (
        <>
          <RelativeTime value={item.since} />
          <span className="block text-xs text-slate-600">
            <DateTime value={item.since} />
            {item.sinceSource ? ` (${item.sinceSource})` : ''}
          </span>
        </>
      ) : (
        <span className="text-slate-600">Not known</span>
      ),
  },
  {
    id: 'resolve',
    header: 'Resolve',
    fixed: true,
    cell: (item, { busy, onAct }) => <DriftActions item={item} busy={busy} onAct={onAct} />,
  },
];

const itemId = (item: DriftItem) => item.id;
const itemAttributes = (item: DriftItem) => ({ 'data-drift-kind': item.kind });

export function DriftTable({
  items,
  caption,
  daemon,
  busy,
  onAct,
}: {
  items: readonly DriftItem[];
  caption: string;
  daemon: string;
  busy: string | undefined;
  onAct: (item: DriftItem, action: DriftAction) => void;
}) {
  const { platform } = usePlatform();
  const context = useMemo(
    () => ({ platformId: platform.id, daemon, busy, onAct }),
    [platform.id, daemon, busy, onAct],
  );
  return (
    <DataTable
      tableId="drift"
      caption={caption}
      columns={COLUMNS}
      rows={items}
      getRowId={itemId}
      context={context}
      rowAttributes={itemAttributes}
      pagingLabel={`${caption}: pages`}
    />
  );
}

function DriftActions({
  item,
  busy,
  onAct,
}: {
  item: DriftItem;
  busy: string | undefined;
  onAct: (item: DriftItem, action: DriftAction) => void;
}) {
  const { platform } = usePlatform();
  const link = (action: DriftAction): string | undefined => {
    switch (action) {
      case 'edit-registration':
        return item.connectorQualifiedName
          ? definitionPaths.editRegistration(
              platform.id,
              item.groupName,
              item.connectorQualifiedName,
            )
          : undefined;
      case 'register':
        return definitionPaths.registerConnector(platform.id, item.groupName);
      case 'create-group':
        return definitionPaths.newGroup(platform.id);
      default:
        return undefined;
    }
  };
  return (
    <div className="flex flex-col items-start gap-1.5">
      {item.actions.map((action, index) => {
        const to = link(action);
        const label = `${ACTION_LABELS[action]}${item.connectorName ? ` (${item.connectorName})` : ''}`;
        if (to)
          return (
            <Link
              key={action}
              to={to}
              className="text-sm text-sky-800 underline"
              aria-label={label}
            >
              {ACTION_LABELS[action]}
            </Link>
          );
        return (
          <Button
            key={action}
            size="sm"
            variant={index === 0 ? 'primary' : 'secondary'}
            disabled={busy !== undefined}
            aria-label={label}
            onClick={() => onAct(item, action)}
          >
            {busy === `${item.id}\u0000${action}` ? 'Working…' : ACTION_LABELS[action]}
          </Button>
        );
      })}
    </div>
  );
}
