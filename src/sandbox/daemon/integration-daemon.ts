/**
 * A simulated Egeria integration daemon. It is configured with the qualifiedNames of integration
 * groups; on start it reads each group's registrations from the metadata access server and runs
 * their connectors. Definition changes reach it only through refresh-config or its slow periodic
 * configuration refresh, as with Egeria. Changes made through its own REST API (configuration
 * properties, endpoint address, connection) live only in the running instances.
 */
import type { GroupStatus } from '../../egeria/model';
import type * as W from '../../egeria/v5/wire';
import { errors } from '../ffdc/ffdc-error';
import type { GovernanceConfigurationService } from '../services/governance-configuration-service';
import { compact } from '../util/compact';
import type { CatalogTargetView } from './connector-behaviour';
import {
  ConnectorInstance,
  type ConnectorDefinition,
  type SimulationContext,
} from './connector-instance';
import type { ScheduledTask } from './scheduler';

export interface DaemonConfig {
  name: string;
  /** Qualified names of the integration groups this daemon runs, in configuration order. */
  groups: string[];
}

export interface DaemonContext extends Omit<SimulationContext, 'loadCatalogTargets'> {
  service: GovernanceConfigurationService;
  /** Simulated minutes between the daemon's own configuration refreshes. */
  configRefreshMinutes: number;
}

interface GroupRuntime {
  name: string;
  guid?: string;
  description?: string;
  status: GroupStatus;
  connectors: Map<string, ConnectorInstance>;
}

/** The userId the daemon uses on its calls to the metadata access server. */
const DAEMON_USER_ID = 'integrationdaemonnpa';
const LOAD_PAGE_SIZE = 1000;

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

  status(): W.IntegrationDaemonStatusResponse['integrationDaemonStatus'] {
    return compact({ integrationGroupSummaries: this.groupSummaries() });
  }

  groupSummaries(): W.IntegrationGroupSummary[] {
    return [...this.groups.values()].map((g) => this.summary(g));
  }

  groupSummary(groupName: string): W.IntegrationGroupSummary {
    return this.summary(this.requireGroup(groupName));
  }

  private summary(group: GroupRuntime): W.IntegrationGroupSummary {
    return compact({
      integrationGroupName: group.name,
      integrationGroupGUID: group.guid,
      integrationGroupDescription: group.description,
      integrationGroupStatus: group.status,
      integrationConnectorReports: [...group.connectors.values()].map((c) => c.report()),
    });
  }

  // ------------------------------------------------------------------------------- operations

  refreshGroupConfig(groupName: string): void {
    this.loadGroup(this.requireGroup(groupName));
  }

  configurationProperties(connectorName: string): Record<string, unknown> {
    const first = this.connectorsNamed(connectorName)[0];
    return { ...(first?.connection?.configurationProperties ?? {}) };
  }

  /** Applies to the running instances (one connector, or all when no name is given). */
  updateConfigurationProperties(
    connectorName: string | undefined,
    merge: boolean,
    properties: Record<string, unknown>,
  ): void {
    const targets = connectorName ? this.connectorsNamed(connectorName) : this.allConnectors();
    for (const instance of targets) {
      const connection = instance.connection ?? { class: 'Connection', headerVersion: 0 };
      connection.configurationProperties = merge
        ? { ...(connection.configurationProperties ?? {}), ...properties }
        : { ...properties };
      if (Object.keys(connection.configurationProperties).length === 0)
        delete connection.configurationProperties;
      instance.connection = connection;
    }
  }

  /** Changes the endpoint address of the running instances and restarts them. */
  updateEndpointAddress(connectorName: string, address: string): void {
    for (const instance of this.connectorsNamed(connectorName)) {
      const connection = instance.connection ?? { class: 'Connection', headerVersion: 0 };
      connection.endpoint = {
        ...(connection.endpoint ?? { class: 'Endpoint', headerVersion: 0 }),
        address,
      };
      instance.connection = connection;
      instance.restart();
    }
  }

  /** Replaces the connection of the running instances and restarts them. */
  updateConnection(connectorName: string, connection: W.Connection): void {
    for (const instance of this.connectorsNamed(connectorName)) {
      instance.connection = JSON.parse(JSON.stringify(connection)) as W.Connection;
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
    const service = this.ctx.service;
    const element = service.getIntegrationGroupByName(DAEMON_USER_ID, group.name);
    if (!element) {
      // Egeria logs INTEGRATION-DAEMON-SERVICES-400-032 and keeps the group waiting for its definition.
      for (const instance of group.connectors.values()) instance.stop();
      group.connectors.clear();
      group.guid = undefined;
      group.description = undefined;
      group.status = 'ASSIGNED';
      return;
    }
    group.guid = element.elementHeader.guid;
    group.description = element.properties.description;
    group.status = 'CONFIGURING';

    const definitions = new Map<string, ConnectorDefinition>();
    for (let startFrom = 0; ; startFrom += LOAD_PAGE_SIZE) {
      const page = service.getRegisteredIntegrationConnectors(
        DAEMON_USER_ID,
        element.elementHeader.guid,
        startFrom,
        LOAD_PAGE_SIZE,
      );
      for (const registration of page) {
        const definition = this.definitionOf(registration);
        if (definition) definitions.set(definition.registrationGuid, definition);
      }
      if (page.length < LOAD_PAGE_SIZE) break;
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
  }

  private definitionOf(
    registration: W.RegisteredIntegrationConnectorElement,
  ): ConnectorDefinition | undefined {
    const properties = registration.registrationProperties;
    if (!registration.connectorId || !properties) return undefined;
    return {
      registrationGuid: registration.connectorId,
      connectorGuid: registration.elementHeader.guid,
      connectorName: properties.connectorName,
      connection: registration.properties.connection,
      refreshTimeInterval: properties.refreshTimeInterval ?? 0,
      fingerprint: JSON.stringify([properties, registration.properties]),
    };
  }

  private loadCatalogTargets(connectorGuid: string): CatalogTargetView[] {
    try {
      return this.ctx.service.getCatalogTargets(DAEMON_USER_ID, connectorGuid, 0, 0).map((t) => ({
        catalogTargetName: t.catalogTargetName,
        qualifiedName: t.catalogTargetElement?.uniqueName,
        typeName: t.catalogTargetElement?.type.typeName ?? 'OpenMetadataRoot',
        configurationProperties: t.configurationProperties,
      }));
    } catch {
      // The connector's definition was deleted after the daemon loaded it: it has no targets.
      return [];
    }
  }
}
