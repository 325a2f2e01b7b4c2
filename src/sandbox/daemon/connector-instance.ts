/**
 * One running integration connector in a simulated daemon: its lifecycle (INITIALIZED → RUNNING,
 * REFRESHING on each refresh, WAITING or one of the FAILED states when its configuration or the
 * world says so) and the report the daemon's REST API gives about it.
 */
import type { ConnectionTree } from '../model/estate';
import { copyTree } from '../render/ocf-connection';
import { newGuid } from '../util/guid';
import type { Clock } from '../util/time';
import {
  evaluate,
  hashNumber,
  initialize,
  STATISTIC_NAMES,
  type CatalogTargetView,
  type ConnectorKind,
  type Outcome,
} from './connector-behaviour';
import type { ScheduledTask, Scheduler } from './scheduler';
import type { ConnectorStatus } from './statuses';

/** What the daemon read from the metadata store for one registration. */
export interface ConnectorDefinition {
  /** GUID of the RegisteredIntegrationConnector relationship (the reports' connectorId). */
  registrationGuid: string;
  /** GUID of the IntegrationConnector element (connectorGUID in the daemon-wide list). */
  connectorGuid: string;
  /** GUID of the group the registration belongs to. */
  groupGuid: string;
  connectorName: string;
  connection: ConnectionTree | undefined;
  /** Minutes between refreshes; 0 refreshes only on start and on request. */
  refreshTimeInterval: number;
  /** Changes whenever the stored definition changes, so refresh-config knows what to restart. */
  fingerprint: string;
}

export interface SimulationContext {
  scheduler: Scheduler;
  clock: Clock;
  /** Real milliseconds per simulated minute. */
  minuteMs: number;
  loadCatalogTargets(connectorGuid: string): CatalogTargetView[];
}

const REFRESHABLE: ReadonlySet<ConnectorStatus> = new Set<ConnectorStatus>(['RUNNING', 'WAITING']);

/** What the daemon reports about a running connector, before a release's bean shapes it. */
export interface ConnectorReport {
  registrationGuid: string;
  connectorGuid: string;
  groupGuid: string;
  connectorName: string;
  connection: ConnectionTree | undefined;
  instanceId: string;
  status: ConnectorStatus;
  lastStatusChange: number;
  lastRefreshTime: number | undefined;
  minMinutesBetweenRefresh: number;
  failingExceptionMessage: string | undefined;
  statistics: Record<string, number | string>;
}

const cloneConnection = (connection: ConnectionTree | undefined) =>
  connection === undefined ? undefined : copyTree(connection);

export class ConnectorInstance {
  definition: ConnectorDefinition;
  /** The connection the running instance uses; the daemon API can change it without touching the store. */
  connection: ConnectionTree | undefined;
  instanceId = '';
  status: ConnectorStatus = 'INITIALIZED';
  lastStatusChange = 0;
  lastRefreshTime: number | undefined;
  failingExceptionMessage: string | undefined;
  /** Counts, plus the names of the catalog targets the last refresh worked through. */
  statistics: Record<string, number | string> = {};
  private kind: ConnectorKind | undefined;
  private forcedFailure: string | undefined;
  private task: ScheduledTask | undefined;

  constructor(
    definition: ConnectorDefinition,
    private readonly ctx: SimulationContext,
  ) {
    this.definition = definition;
    this.connection = cloneConnection(definition.connection);
  }

  get connectorName(): string {
    return this.definition.connectorName;
  }

  /** How long a refresh shows REFRESHING: about a second of a real minute, never zero. */
  private get refreshDurationMs(): number {
    return Math.min(1000, Math.max(1, this.ctx.minuteMs / 60));
  }

  /** Takes a new stored definition (refresh-config); the caller restarts the instance. */
  redefine(definition: ConnectorDefinition): void {
    this.definition = definition;
    this.connection = cloneConnection(definition.connection);
  }

  /** Instantiates the connector: a new instance id, INITIALIZED, then start and a first refresh. */
  start(): void {
    this.ctx.scheduler.cancel(this.task);
    this.instanceId = newGuid();
    this.lastRefreshTime = undefined;
    this.statistics = {};
    this.failingExceptionMessage = undefined;
    this.setStatus('INITIALIZED');
    const init = initialize(this.connection);
    if ('status' in init) {
      this.applyOutcome(init);
      return;
    }
    this.kind = init.connectorKind;
    // Spread the start of many connectors a little, as a daemon's threads do.
    const jitter = hashNumber(this.connectorName, Math.ceil(this.refreshDurationMs));
    this.task = this.ctx.scheduler.schedule(this.refreshDurationMs + jitter, () => this.check());
  }

  /** Re-instantiates the connector (restart): forced failures are cleared. */
  restart(): void {
    this.forcedFailure = undefined;
    this.start();
  }

  stop(): void {
    this.ctx.scheduler.cancel(this.task);
    this.task = undefined;
    this.setStatus('STOPPED');
  }

  /** A refresh on request: only a RUNNING or WAITING connector does anything. */
  refreshNow(): void {
    if (!REFRESHABLE.has(this.status)) return;
    this.ctx.scheduler.cancel(this.task);
    this.check();
  }

  /** Control API: FAILED with this message until the connector is restarted. */
  fail(message: string): void {
    this.forcedFailure = message;
    this.ctx.scheduler.cancel(this.task);
    this.task = undefined;
    this.setStatus('FAILED', message);
  }

  report(): ConnectorReport {
    return {
      registrationGuid: this.definition.registrationGuid,
      connectorGuid: this.definition.connectorGuid,
      groupGuid: this.definition.groupGuid,
      connectorName: this.connectorName,
      connection: this.connection,
      instanceId: this.instanceId,
      status: this.status,
      lastStatusChange: this.lastStatusChange,
      lastRefreshTime: this.lastRefreshTime,
      minMinutesBetweenRefresh: this.definition.refreshTimeInterval,
      failingExceptionMessage: this.failingExceptionMessage,
      statistics: this.statistics,
    };
  }

  // ------------------------------------------------------------------------------- lifecycle

  private setStatus(status: ConnectorStatus, failingExceptionMessage?: string): void {
    if (status !== this.status || this.lastStatusChange === 0) {
      this.lastStatusChange = this.ctx.scheduler.now();
    }
    this.status = status;
    this.failingExceptionMessage = failingExceptionMessage;
  }

  private applyOutcome(outcome: Outcome): void {
    if (outcome.kind === 'failed') this.setStatus(outcome.status, outcome.message);
    else if (outcome.kind === 'waiting') this.setStatus('WAITING');
  }

  /** Start or periodic refresh: check the world, then refresh or wait or fail. */
  private check(): void {
    this.task = undefined;
    if (this.forcedFailure !== undefined) {
      this.setStatus('FAILED', this.forcedFailure);
      return;
    }
    const kind = this.kind;
    if (!kind) return;
    const targets = this.ctx.loadCatalogTargets(this.definition.connectorGuid);
    const outcome = evaluate(kind, this.connectorName, this.connection, targets);
    if (outcome.kind === 'failed') {
      this.applyOutcome(outcome);
      return;
    }
    if (outcome.kind === 'waiting') {
      this.applyOutcome(outcome);
      // A waiting connector polls for its resource even when it has no refresh interval.
      this.scheduleNext(1);
      return;
    }
    this.setStatus('REFRESHING');
    this.task = this.ctx.scheduler.schedule(this.refreshDurationMs, () =>
      this.finishRefresh(kind, targets),
    );
  }

  private finishRefresh(kind: ConnectorKind, targets: CatalogTargetView[]): void {
    const targetCount = targets.length;
    this.task = undefined;
    if (this.forcedFailure !== undefined) {
      this.setStatus('FAILED', this.forcedFailure);
      return;
    }
    const count = (name: string) => Number(this.statistics[name] ?? 0);
    const refreshCount = count('refreshCount') + 1;
    const statistic = STATISTIC_NAMES[kind];
    // The first refresh catalogues what is there; later ones find a few new or changed things.
    const found =
      refreshCount === 1
        ? 3 + hashNumber(`${this.connectorName}:${targetCount}`, 60) + targetCount * 7
        : hashNumber(`${this.connectorName}:${refreshCount}`, 4);
    this.statistics = {
      refreshCount,
      catalogTargetsProcessed: targetCount,
      // As a connector logs them: each target's name and element, so a change shows after a refresh.
      ...(targetCount > 0
        ? {
            catalogTargets: targets
              .map((t) => `${t.catalogTargetName ?? '(unnamed)'} → ${t.qualifiedName ?? '?'}`)
              .join('; '),
          }
        : {}),
      [statistic]: count(statistic) + found,
      elementsUpdatedLastRefresh:
        refreshCount === 1 ? 0 : hashNumber(`${this.connectorName}:u${refreshCount}`, 3),
    };
    this.lastRefreshTime = this.ctx.scheduler.now();
    this.setStatus('RUNNING');
    this.scheduleNext();
  }

  private scheduleNext(minimumMinutes = 0): void {
    const minutes = Math.max(minimumMinutes, this.definition.refreshTimeInterval);
    if (minutes > 0) {
      this.task = this.ctx.scheduler.schedule(Math.max(1, minutes * this.ctx.minuteMs), () =>
        this.check(),
      );
    }
  }
}
