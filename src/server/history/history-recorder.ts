/**
 * Turns the feed's polls into status transitions for the history: a connector's first sighting,
 * every change of status or failure message, and restarts (a new connector instance). Refresh
 * cycles (RUNNING ⇄ REFRESHING) are not transitions worth keeping: lastRefreshTime tells them,
 * and recording them would push the failures a timeline is for out of the bounded history.
 */
import type { ConnectorReport } from '../../egeria/model';
import { reportKey } from '../../egeria/status-feed-protocol';
import type { HistoryStore, TransitionInput } from './history-store';

interface Seen {
  status?: string;
  message?: string;
  instanceId?: string;
}

/** REFRESHING is RUNNING doing its periodic work. */
function historyStatus(status: string | undefined): string | undefined {
  return status === 'REFRESHING' ? 'RUNNING' : status;
}

export class HistoryRecorder {
  private last: Map<string, Seen> | undefined;

  constructor(
    private readonly store: HistoryStore,
    private readonly platform: string,
    private readonly daemon: string,
  ) {}

  /** Records what changed since the last poll (or since the last recorded state after a restart). */
  observe(reports: readonly ConnectorReport[], polledAt: number): void {
    const last = this.lastSeen();
    const observedAt = new Date(polledAt).toISOString();
    const transitions: TransitionInput[] = [];
    for (const report of reports) {
      const key = reportKey(report);
      const previous = last.get(key);
      const status = historyStatus(report.status);
      const message = report.failingExceptionMessage;
      const instanceId = report.connectorInstanceId;
      const statusChanged = previous === undefined || previous.status !== status;
      const messageChanged = previous !== undefined && previous.message !== message;
      // An instance id appearing where none was known is not a restart.
      const restarted =
        previous !== undefined &&
        previous.instanceId !== undefined &&
        instanceId !== undefined &&
        previous.instanceId !== instanceId;
      if (statusChanged || messageChanged || restarted) {
        transitions.push({
          connectorName: report.connectorName,
          groupName: report.groupName,
          status,
          previousStatus: previous?.status,
          at: statusChanged || restarted ? (report.lastStatusChange ?? observedAt) : observedAt,
          observedAt,
          failingExceptionMessage: message,
          connectorInstanceId: instanceId,
          restarted,
        });
      }
      last.set(key, { status, message, instanceId });
    }
    this.store.record(this.platform, this.daemon, transitions);
  }

  private lastSeen(): Map<string, Seen> {
    if (!this.last) {
      this.last = new Map(
        this.store.lastRecorded(this.platform, this.daemon).map((row) => [
          reportKey({ groupName: row.groupName || undefined, connectorName: row.connectorName }),
          {
            status: row.status,
            message: row.failingExceptionMessage,
            instanceId: row.connectorInstanceId,
          },
        ]),
      );
    }
    return this.last;
  }
}
