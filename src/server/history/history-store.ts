/**
 * The console server's status history: connector status transitions seen by the status feed,
 * in SQLite (better-sqlite3), bounded per connector and in total so it never grows without limit.
 */
import Database from 'better-sqlite3';
import type { HistoryEntry } from '../../egeria/status-feed-protocol';

export interface HistoryStoreOptions {
  /** SQLite file, or ':memory:'. */
  file: string;
  /** Transitions kept per connector (per daemon and connector name). */
  perConnector?: number;
  /** Transitions kept in all. */
  total?: number;
}

/** A transition to record: a history entry of one connector. */
export interface TransitionInput extends HistoryEntry {
  connectorName: string;
}

/** What was last recorded for a connector, to compare the first poll after a restart with. */
export interface LastRecorded {
  groupName: string;
  connectorName: string;
  status?: string;
  failingExceptionMessage?: string;
  connectorInstanceId?: string;
}

interface Row {
  group_name: string;
  connector: string;
  status: string | null;
  previous_status: string | null;
  at: string;
  observed_at: string;
  message: string | null;
  instance_id: string | null;
  restarted: number;
}

export const DEFAULT_PER_CONNECTOR = 500;
export const DEFAULT_TOTAL = 200_000;

export class HistoryStore {
  readonly perConnector: number;
  private readonly total: number;
  private readonly db: Database.Database;
  private insertsSinceTrim = 0;
  private readonly insert: Database.Statement;
  private readonly trimConnector: Database.Statement;
  private readonly trimTotal: Database.Statement;
  private readonly select: Database.Statement;
  private readonly last: Database.Statement;
  private readonly recordMany: (platform: string, daemon: string, rows: TransitionInput[]) => void;

  constructor(options: HistoryStoreOptions) {
    this.perConnector = options.perConnector ?? DEFAULT_PER_CONNECTOR;
    this.total = options.total ?? DEFAULT_TOTAL;
    this.db = new Database(options.file);
    if (options.file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS status_transitions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        daemon TEXT NOT NULL,
        connector TEXT NOT NULL,
        group_name TEXT NOT NULL DEFAULT '',
        status TEXT,
        previous_status TEXT,
        at TEXT NOT NULL,
        observed_at TEXT NOT NULL,
        message TEXT,
        instance_id TEXT,
        restarted INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX IF NOT EXISTS status_transitions_by_connector
        ON status_transitions (platform, daemon, connector, id);
    `);
    this.insert = this.db.prepare(
      `INSERT INTO status_transitions
         (platform, daemon, connector, group_name, status, previous_status, at, observed_at, message, instance_id, restarted)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.trimConnector = this.db.prepare(
      `DELETE FROM status_transitions
        WHERE platform = ? AND daemon = ? AND connector = ?
          AND id <= (SELECT id FROM status_transitions
                      WHERE platform = ? AND daemon = ? AND connector = ?
                      ORDER BY id DESC LIMIT 1 OFFSET ?)`,
    );
    this.trimTotal = this.db.prepare(
      `DELETE FROM status_transitions
        WHERE id <= (SELECT id FROM status_transitions ORDER BY id DESC LIMIT 1 OFFSET ?)`,
    );
    this.select = this.db.prepare(
      `SELECT group_name, connector, status, previous_status, at, observed_at, message, instance_id, restarted
         FROM status_transitions
        WHERE platform = ? AND daemon = ? AND connector = ?
        ORDER BY id DESC LIMIT ?`,
    );
    this.last = this.db.prepare(
      `SELECT group_name, connector, status, previous_status, at, observed_at, message, instance_id, restarted
         FROM status_transitions
        WHERE id IN (SELECT MAX(id) FROM status_transitions
                      WHERE platform = ? AND daemon = ? GROUP BY connector, group_name)`,
    );
    this.recordMany = this.db.transaction(
      (platform: string, daemon: string, rows: TransitionInput[]) => {
        const touched = new Set<string>();
        for (const t of rows) {
          this.insert.run(
            platform,
            daemon,
            t.connectorName,
            t.groupName ?? '',
            t.status ?? null,
            t.previousStatus ?? null,
            t.at,
            t.observedAt,
            t.failingExceptionMessage ?? null,
            t.connectorInstanceId ?? null,
            t.restarted ? 1 : 0,
          );
          touched.add(t.connectorName);
        }
        for (const connector of touched)
          this.trimConnector.run(
            platform,
            daemon,
            connector,
            platform,
            daemon,
            connector,
            this.perConnector,
          );
        this.insertsSinceTrim += rows.length;
        // The total bound is checked now and then, not on every insert: it is a safety net.
        if (this.insertsSinceTrim >= 1000) {
          this.insertsSinceTrim = 0;
          this.trimTotal.run(this.total);
        }
      },
    );
  }

  record(platform: string, daemon: string, transitions: TransitionInput[]): void {
    if (transitions.length > 0) this.recordMany(platform, daemon, transitions);
  }

  /** A connector's transitions, newest first. */
  list(platform: string, daemon: string, connectorName: string, limit: number): HistoryEntry[] {
    const rows = this.select.all(platform, daemon, connectorName, limit) as Row[];
    return rows.map((row) => ({
      groupName: row.group_name || undefined,
      status: row.status ?? undefined,
      previousStatus: row.previous_status ?? undefined,
      at: row.at,
      observedAt: row.observed_at,
      failingExceptionMessage: row.message ?? undefined,
      connectorInstanceId: row.instance_id ?? undefined,
      restarted: row.restarted === 1,
    }));
  }

  /** The last transition recorded for each connector of a daemon. */
  lastRecorded(platform: string, daemon: string): LastRecorded[] {
    return (this.last.all(platform, daemon) as Row[]).map((row) => ({
      groupName: row.group_name,
      connectorName: row.connector,
      status: row.status ?? undefined,
      failingExceptionMessage: row.message ?? undefined,
      connectorInstanceId: row.instance_id ?? undefined,
    }));
  }

  /** Rows stored in all (for tests and the bound). */
  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM status_transitions').get() as { n: number })
      .n;
  }

  /** Forces the total bound now (tests). */
  trim(): void {
    this.trimTotal.run(this.total);
  }

  close(): void {
    this.db.close();
  }
}
