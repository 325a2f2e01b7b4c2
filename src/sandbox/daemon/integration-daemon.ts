/**
 * A simulated Egeria integration daemon. It is configured with the qualifiedNames of integration
 * groups; on start it reads each group's registrations from the metadata access server and runs
 * their connectors. Definition changes reach it only through refresh-config or its slow periodic
 * configuration refresh, as with Egeria. Changes made through its own REST API (configuration
 * properties, endpoint address, connection) live only in the running instances.
 */
import { errors } from '../ffdc/ffdc-error';
import type { ConnectionTree, Estate } from '../model/estate';
import {
  catalogTargetsOf,
  groupNamed,
  registrationsOf,
  type Registration,
} from '../model/integration';
import { UNSTORED_VERSION } from '../render/ocf-connection';
import type { EntityRecord } from '../store/metadata-store';
import type { CatalogTargetView } from './connector-behaviour';
import {
  ConnectorInstance,
  type ConnectorDefinition,
  type ConnectorReport,
  type SimulationContext,
} from './connector-instance';
import type { ScheduledTask } from './scheduler';
import type { GroupStatus } from './statuses';

export interface DaemonConfig {
  name: string;
  /** Qualified names of the integration groups this daemon runs, in configuration order. */
  groups: string[];
}

export interface DaemonContext extends Omit<SimulationContext, 'loadCatalogTargets'> {
  /** The metadata access server's estate, which the daemon reads its groups from. */
  estate: Estate;
  /** Simulated minutes between the daemon's own configuration refreshes. */
  configRefreshMinutes: number;
}

interface GroupRuntime {
  name: string;
  guid?: string;
  description?: string;
  status: GroupStatus;
  /** When the group's configuration was last read (6.x reports it). */
  lastRefreshTime?: number;
  connectors: Map<string, ConnectorInstance>;
}

/** What the daemon reports about a group, before a release's bean shapes it. */
export interface GroupSummary {
  name: string;
  guid?: string;
  description?: string;
  status: GroupStatus;
  lastRefreshTime?: number;
  reports: ConnectorReport[];
}

/** An element the daemon holds only in memory (never stored, so no header). */
function unstoredElement(typeName: string): EntityRecord {
  return {
    guid: '',
    typeName,
    properties: {},
    status: 'ACTIVE',
    version: UNSTORED_VERSION,
    createdBy: '',
    createTime: 0,
    originCategory: 'LOCAL_COHORT',
  };
}

export class IntegrationDaemon {
  readonly name: string;
  /** False while the control API holds the daemon down: it then answers as an unknown server. */
  available = true;
  private readonly groups = new Map<string, GroupRuntime>();
  private readonly simulation: SimulationContext;
  private configTask: ScheduledTask | undefined;

  constructor(
    config: DaemonConfig,
    private readonly ctx: DaemonContext,
  ) {
    this.name = config.name;
    for (const name of config.groups) {
      this.groups.set(name, { name, status: 'ASSIGNED', connectors: new Map() });
    }
    this.simulation = {
      scheduler: ctx.scheduler,
      clock: ctx.clock,
      minuteMs: ctx.minuteMs,
      loadCatalogTargets: (guid) => this.loadCatalogTargets(guid),
    };
  }

  get groupNames(): string[] {
    return [...this.groups.keys()];
  }

  /** Loads every configured group and starts its connectors. */
  start(): void {
    for (const group of this.groups.values()) this.loadGroup(group);
    this.schedulePeriodicConfigRefresh();
  }

  /** Stops every connector and forgets them (a server shutdown). */
  stop(): void {
    this.ctx.scheduler.cancel(this.configTask);
    this.configTask = undefined;
    for (const group of this.groups.values()) {
      for (const instance of group.connectors.values()) instance.stop();
      group.connectors.clear();
      group.status = 'ASSIGNED';
    }
  }

  // ----------------------------------------------------------------------------------- reports

  groupSummaries(): GroupSummary[] {
    return [...this.groups.values()].map((g) => this.summary(g));
  }

  groupSummary(groupName: string): GroupSummary {
    return this.summary(this.requireGroup(groupName));
  }

  private summary(group: GroupRuntime): GroupSummary {
    return {
      name: group.name,
      guid: group.guid,
      description: group.description,
      status: group.status,
      lastRefreshTime: group.lastRefreshTime,
      reports: [...group.connectors.values()].map((c) => c.report()),
    };
  }

  // ------------------------------------------------------------------------------- operations

  refreshGroupConfig(groupName: string): void {
    this.loadGroup(this.requireGroup(groupName));
  }

  configurationProperties(connectorName: string): Record<string, unknown> {
    const first = this.connectorsNamed(connectorName)[0];
    return {
      ...((first?.connection?.connection.properties['configurationProperties'] as object) ?? {}),
    };
  }

  /** The running instance's connection, or an empty one that the daemon API can fill. */
  private connectionOf(instance: ConnectorInstance): ConnectionTree {
    instance.connection ??= { connection: unstoredElement('Connection'), embedded: [] };
    return instance.connection;
  }

  /** Applies to the running instances (one connector, or all when no name is given). */
  updateConfigurationProperties(
    connectorName: string | undefined,
    merge: boolean,
    properties: Record<string, unknown>,
  ): void {
    const targets = connectorName ? this.connectorsNamed(connectorName) : this.allConnectors();
    for (const instance of targets) {
      const stored = this.connectionOf(instance).connection.properties;
      const updated = merge
        ? { ...((stored['configurationProperties'] as object) ?? {}), ...properties }
        : { ...properties };
      if (Object.keys(updated).length === 0) delete stored['configurationProperties'];
      else stored['configurationProperties'] = updated;
    }
  }

  /** Changes the endpoint address of the running instances and restarts them. */
  updateEndpointAddress(connectorName: string, address: string): void {
    for (const instance of this.connectorsNamed(connectorName)) {
      const connection = this.connectionOf(instance);
      connection.endpoint ??= {
        ...unstoredElement('Endpoint'),
      };
      connection.endpoint.properties['networkAddress'] = address;
      instance.restart();
    }
  }

  /** Replaces the connection of the running instances and restarts them. */
  updateConnection(connectorName: string, connection: ConnectionTree): void {
    for (const instance of this.connectorsNamed(connectorName)) {
      instance.connection = JSON.parse(JSON.stringify(connection)) as ConnectionTree;
      instance.restart();
    }
  }

  refreshConnectors(connectorName?: string): void {
    const targets = connectorName ? this.connectorsNamed(connectorName) : this.allConnectors();
    for (const instance of targets) instance.refreshNow();
  }

  restartConnectors(connectorName?: string): void {
    const targets = connectorName ? this.connectorsNamed(connectorName) : this.allConnectors();
    for (const instance of targets) instance.restart();
  }

  /** Control API: fails every running instance with this name; false when there is none. */
  failConnector(connectorName: string, message: string): boolean {
    const targets = this.allConnectors().filter((c) => c.connectorName === connectorName);
    for (const instance of targets) instance.fail(message);
    return targets.length > 0;
  }

  hasConnector(connectorName: string): boolean {
    return this.allConnectors().some((c) => c.connectorName === connectorName);
  }

  allConnectors(): ConnectorInstance[] {
    return [...this.groups.values()].flatMap((g) => [...g.connectors.values()]);
  }

  private connectorsNamed(connectorName: string): ConnectorInstance[] {
    const found = this.allConnectors().filter((c) => c.connectorName === connectorName);
    if (found.length === 0) throw errors.daemonUnknownConnector(connectorName, this.name);
    return found;
  }

  private requireGroup(groupName: string): GroupRuntime {
    const group = this.groups.get(groupName);
    if (!group) throw errors.daemonUnknownGroup(groupName, this.name);
    return group;
  }

  // ------------------------------------------------------------------------------ configuration

  private schedulePeriodicConfigRefresh(): void {
    if (this.ctx.configRefreshMinutes <= 0) return;
    this.configTask = this.ctx.scheduler.schedule(
      this.ctx.configRefreshMinutes * this.ctx.minuteMs,
      () => {
        for (const group of this.groups.values()) this.loadGroup(group);
        this.schedulePeriodicConfigRefresh();
      },
    );
  }

  /**
   * Reads the group and its registrations and reconciles the running connectors: new ones start,
   * removed ones stop, changed ones restart with their new definition, unchanged ones carry on.
   */
  private loadGroup(group: GroupRuntime): void {
    const estate = this.ctx.estate;
    const element = groupNamed(estate, group.name);
    if (!element) {
      // Egeria logs INTEGRATION-DAEMON-SERVICES-400-032 and keeps the group waiting for its definition.
      for (const instance of group.connectors.values()) instance.stop();
      group.connectors.clear();
      group.guid = undefined;
      group.description = undefined;
      group.status = 'ASSIGNED';
      return;
    }
    group.guid = element.guid;
    const description = element.properties['description'];
    group.description = typeof description === 'string' ? description : undefined;
    group.status = 'CONFIGURING';

    const definitions = new Map<string, ConnectorDefinition>();
    for (const registration of registrationsOf(estate, element.guid)) {
      const definition = this.definitionOf(registration, element.guid);
      definitions.set(definition.registrationGuid, definition);
    }

    for (const [key, instance] of group.connectors) {
      if (!definitions.has(key)) {
        instance.stop();
        group.connectors.delete(key);
      }
    }
    for (const [key, definition] of definitions) {
      const running = group.connectors.get(key);
      if (!running) {
        const instance = new ConnectorInstance(definition, this.simulation);
        group.connectors.set(key, instance);
        instance.start();
      } else if (running.definition.fingerprint !== definition.fingerprint) {
        running.redefine(definition);
        running.restart();
      }
    }
    group.status = 'RUNNING';
    group.lastRefreshTime = this.ctx.clock.now();
  }

  private definitionOf(
    { relationship, connector }: Registration,
    groupGuid: string,
  ): ConnectorDefinition {
    const p = relationship.properties;
    const connection = this.ctx.estate.connectionOfAsset(connector.guid);
    const refresh = p['refreshTimeInterval'];
    return {
      registrationGuid: relationship.guid,
      connectorGuid: connector.guid,
      groupGuid,
      connectorName: typeof p['connectorName'] === 'string' ? p['connectorName'] : '',
      connection,
      refreshTimeInterval: typeof refresh === 'number' ? refresh : 0,
      // Header versions change with every stored change, so comparing them finds changed definitions.
      fingerprint: JSON.stringify([p, connector.properties, connection]),
    };
  }

  private loadCatalogTargets(connectorGuid: string): CatalogTargetView[] {
    // A connector whose definition was deleted after the daemon loaded it has no targets.
    return catalogTargetsOf(this.ctx.estate, connectorGuid).map(({ relationship, element }) => {
      const p = relationship.properties;
      const qualifiedName = element?.properties['qualifiedName'];
      return {
        catalogTargetName:
          typeof p['catalogTargetName'] === 'string' ? p['catalogTargetName'] : undefined,
        qualifiedName: typeof qualifiedName === 'string' ? qualifiedName : undefined,
        typeName: element?.typeName ?? 'OpenMetadataRoot',
        configurationProperties: p['configurationProperties'] as
          Record<string, unknown> | undefined,
      };
    });
  }
}
