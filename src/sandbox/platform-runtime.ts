/**
 * Everything behind the sandbox's listeners: the metadata store and its services, the simulated
 * integration daemons, the servers' running state and the clock. The Egeria-facing routes and the
 * control API both act on this one object.
 */
import { IntegrationDaemon } from './daemon/integration-daemon';
import {
  DaemonConfigDocumentsSchema,
  type DaemonConfigDocument,
  type IntegrationGroupConfig,
} from './daemon/daemon-config';
import { Scheduler } from './daemon/scheduler';
import type { PlatformDirectory, ServerRecord } from './http/platform-routes';
import { Estate } from './model/estate';
import { applySeed, type SeedSpec } from './seed/apply-seed';
import { GovernanceConfigurationService } from './services/governance-configuration-service';
import { OpenMetadataStoreService } from './services/open-metadata-store-service';
import { ViewServices } from './services/v6/view-services';
import { MetadataStore } from './store/metadata-store';
import { newGuid } from './util/guid';
import { Clock } from './util/time';
import type { SixRelease } from './wire/releases';

export interface RuntimeOptions {
  dbFile: string;
  metadataServer: string;
  /** A 6.x view server to run beside the metadata server (when the sandbox serves 6.x). */
  viewServer?: string;
  minuteMs: number;
  /** Simulated minutes between a daemon's own configuration refreshes. */
  configRefreshMinutes: number;
  log: (message: string) => void;
}

const DAEMON_CONFIG_KEY = 'daemon-configs';
const COLLECTION_ID_KEY = 'metadata-collection-id';
/**
 * The layout of the stored estate (attribute names, classifications). A database written with
 * another layout is wiped and reseeded at start rather than read wrongly.
 */
const DATA_VERSION_KEY = 'data-version';
const DATA_VERSION = '2';

export class PlatformRuntime implements PlatformDirectory {
  readonly clock = new Clock();
  readonly scheduler = new Scheduler(this.clock);
  readonly store: MetadataStore;
  /** The estate every API reads and writes. */
  readonly estate: Estate;
  /** 5.3: the governance-configuration-service and the open-metadata-store. */
  readonly service: GovernanceConfigurationService;
  readonly openMetadataStore: OpenMetadataStoreService;
  private readonly viewServices = new Map<SixRelease, ViewServices>();
  readonly metadataServer: string;
  readonly viewServer: string | undefined;
  private daemonConfigs: DaemonConfigDocument[] = [];
  private readonly daemons = new Map<string, IntegrationDaemon>();
  private readonly records = new Map<string, ServerRecord>();

  constructor(private readonly options: RuntimeOptions) {
    this.metadataServer = options.metadataServer;
    this.viewServer = options.viewServer;
    this.store = new MetadataStore(options.dbFile, () => this.clock.now());
    let collectionId = this.store.getMeta(COLLECTION_ID_KEY);
    if (!collectionId) {
      collectionId = newGuid();
      this.store.setMeta(COLLECTION_ID_KEY, collectionId);
    }
    this.estate = new Estate(this.store, {
      serverName: options.metadataServer,
      homeMetadataCollectionId: collectionId,
      homeMetadataCollectionName: options.metadataServer,
    });
    this.service = new GovernanceConfigurationService(this.estate);
    this.openMetadataStore = new OpenMetadataStoreService(this.estate);
  }

  /** The 6.x view services of a release, over the same estate. */
  views(release: SixRelease = '6.1'): ViewServices {
    let views = this.viewServices.get(release);
    if (!views) {
      views = new ViewServices(this.estate, release);
      this.viewServices.set(release, views);
    }
    return views;
  }

  /** Seeds an empty store, then starts the metadata server and every configured daemon. */
  start(seed: SeedSpec): { seeded: boolean; seedMs: number } {
    let seeded = false;
    let seedMs = 0;
    const layoutChanged = this.store.getMeta(DATA_VERSION_KEY) !== DATA_VERSION;
    if (this.store.countEntities() === 0 || layoutChanged) {
      const started = performance.now();
      this.store.transaction(() => {
        this.store.wipe();
        this.writeDaemonConfigs(applySeed(this.estate, seed));
        this.store.setMeta(DATA_VERSION_KEY, DATA_VERSION);
      });
      seedMs = performance.now() - started;
      seeded = true;
    }
    this.daemonConfigs = this.readDaemonConfigs();
    this.startServer(this.metadataServer);
    if (this.viewServer) this.startServer(this.viewServer);
    for (const config of this.daemonConfigs) this.startServer(config.name);
    return { seeded, seedMs };
  }

  /** Stops every server and the simulation, and closes the database. */
  close(): void {
    for (const daemon of this.daemons.values()) daemon.stop();
    this.scheduler.stop();
    this.store.close();
  }

  /** Replaces the estate with `seed`: servers stop, the store is wiped and reseeded, servers start. */
  reseed(seed: SeedSpec): { seedMs: number } {
    for (const name of this.daemons.keys()) this.stopServer(name);
    this.daemons.clear();
    this.records.clear();
    const started = performance.now();
    this.store.transaction(() => {
      this.store.wipe();
      this.writeDaemonConfigs(applySeed(this.estate, seed));
      this.store.setMeta(DATA_VERSION_KEY, DATA_VERSION);
    });
    const seedMs = performance.now() - started;
    this.daemonConfigs = this.readDaemonConfigs();
    this.startServer(this.metadataServer);
    if (this.viewServer) this.startServer(this.viewServer);
    for (const config of this.daemonConfigs) this.startServer(config.name);
    return { seedMs };
  }

  // ------------------------------------------------------------------------- server directory

  isDaemon(name: string): boolean {
    return this.daemonConfigs.some((c) => c.name === name);
  }

  isAvailable(name: string): boolean {
    return this.records.get(name)?.active === true;
  }

  servers(): ServerRecord[] {
    return [
      this.metadataServer,
      ...(this.viewServer ? [this.viewServer] : []),
      ...this.daemonConfigs.map((c) => c.name),
    ].map((name) => this.record(name));
  }

  private isServer(name: string): boolean {
    return name === this.metadataServer || name === this.viewServer || this.isDaemon(name);
  }

  server(name: string): ServerRecord | undefined {
    return this.isServer(name) ? this.record(name) : undefined;
  }

  daemonNames(): string[] {
    return this.daemonConfigs.map((c) => c.name);
  }

  /** The running daemon; routes only ask after checking that it is available. */
  daemon(name: string): IntegrationDaemon {
    const daemon = this.daemons.get(name);
    if (!daemon) throw new Error(`Integration daemon ${name} is not running`);
    return daemon;
  }

  private record(name: string): ServerRecord {
    let record = this.records.get(name);
    if (!record) {
      record = {
        name,
        serverType:
          name === this.metadataServer
            ? 'Metadata Access Store'
            : name === this.viewServer
              ? 'View Server'
              : 'Integration Daemon',
        active: false,
        history: [],
      };
      this.records.set(name, record);
    }
    return record;
  }

  // ---------------------------------------------------------------------------- server lifecycle

  /** Starts a server from its stored configuration (a running one is restarted). */
  startServer(name: string): boolean {
    if (!this.isServer(name)) return false;
    if (this.isAvailable(name)) this.stopServer(name);
    const record = this.record(name);
    const config = this.daemonConfigs.find((c) => c.name === name);
    if (config) {
      const daemon = new IntegrationDaemon(
        { name, groups: config.groups.map((g) => g.integrationGroupQualifiedName) },
        {
          estate: this.estate,
          scheduler: this.scheduler,
          clock: this.clock,
          minuteMs: this.options.minuteMs,
          configRefreshMinutes: this.options.configRefreshMinutes,
        },
      );
      this.daemons.set(name, daemon);
      daemon.start();
    }
    record.active = true;
    record.startTime = this.clock.now();
    record.endTime = undefined;
    this.options.log(`server ${name} started`);
    return true;
  }

  /** Stops a server: a daemon's connectors stop; requests then get "server not available". */
  stopServer(name: string): boolean {
    const record = this.records.get(name);
    if (!record?.active) return this.isServer(name);
    this.daemons.get(name)?.stop();
    this.daemons.delete(name);
    record.active = false;
    record.endTime = this.clock.now();
    if (record.startTime !== undefined)
      record.history.push({ startTime: record.startTime, endTime: record.endTime });
    this.options.log(`server ${name} stopped`);
    return true;
  }

  // --------------------------------------------------------------- daemon configuration (admin)

  groupConfigs(daemonName: string): IntegrationGroupConfig[] | undefined {
    return this.daemonConfigs.find((c) => c.name === daemonName)?.groups;
  }

  /**
   * Changes a daemon's configured groups; like Egeria, the change applies when the server next
   * starts. An unknown name creates the configuration document of a new integration daemon.
   */
  setGroupConfigs(daemonName: string, groups: IntegrationGroupConfig[]): void {
    const existing = this.daemonConfigs.find((c) => c.name === daemonName);
    if (existing) existing.groups = groups;
    else this.daemonConfigs.push({ name: daemonName, groups });
    this.writeDaemonConfigs(this.daemonConfigs);
  }

  private readDaemonConfigs(): DaemonConfigDocument[] {
    const raw = this.store.getMeta(DAEMON_CONFIG_KEY);
    if (!raw) return [];
    const parsed = DaemonConfigDocumentsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  }

  private writeDaemonConfigs(configs: DaemonConfigDocument[]): void {
    this.store.setMeta(DAEMON_CONFIG_KEY, JSON.stringify(configs));
  }

  // ----------------------------------------------------------------------------------- control

  /** Fails the running connectors with this name on every daemon; false when none runs. */
  failConnector(connectorName: string, message: string): boolean {
    let found = false;
    for (const daemon of this.daemons.values())
      found = daemon.failConnector(connectorName, message) || found;
    return found;
  }

  /** Moves the clock forward and runs what has come due. */
  advanceClock(ms: number): void {
    this.clock.advance(ms);
    this.scheduler.runDue();
  }
}
