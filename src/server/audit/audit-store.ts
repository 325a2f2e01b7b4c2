/**
 * The audit log in the console's SQLite database: one row per change or operation made through
 * the console, with the elements it named in a table of their own (so an element's page finds its
 * entries by GUID or name quickly). Bounded: beyond `maxEntries` the oldest go. Never a secret:
 * arguments arrive masked (dispatch.ts) and are cut to a few kilobytes.
 */
import Database from 'better-sqlite3';
import type { AuditEntry, AuditFilter, AuditSubjectRef } from '../../egeria/audit';

export type AuditInput = Omit<AuditEntry, 'id'>;

export interface AuditQuery extends AuditFilter {
  /** Only entries older than this id (paging). */
  before?: number;
  limit: number;
  /** Only these platforms (what the caller may see). Undefined means all. */
  platforms?: readonly string[];
}

interface Row {
  id: number;
  at: string;
  user: string;
  user_via: string;
  role: string | null;
  platform: string;
  egeria_user: string | null;
  operation: string;
  outcome: string;
  message_id: string | null;
  message: string | null;
  request_ids: string;
  subjects: string;
  args: string;
}

const MAX_ARGS_CHARS = 8_192;
const TRIM_EVERY = 100;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toEntry(row: Row): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    user: row.user,
    userVia: row.user_via as AuditEntry['userVia'],
    role: row.role as AuditEntry['role'],
    platformId: row.platform,
    ...(row.egeria_user ? { egeriaUser: row.egeria_user } : {}),
    operation: row.operation,
    outcome: row.outcome as AuditEntry['outcome'],
    ...(row.message_id ? { messageId: row.message_id } : {}),
    ...(row.message ? { message: row.message } : {}),
    requestIds: row.request_ids ? row.request_ids.split(',') : [],
    subjects: parseJson(row.subjects) as AuditSubjectRef[],
    args: parseJson(row.args),
  };
}

export class AuditStore {
  private readonly db: Database.Database;
  private readonly insert: (entry: AuditInput) => number;
  private insertsSinceTrim = 0;

  constructor(
    file: string,
    readonly maxEntries = 100_000,
  ) {
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        user_via TEXT NOT NULL,
        role TEXT,
        platform TEXT NOT NULL,
        egeria_user TEXT,
        operation TEXT NOT NULL,
        outcome TEXT NOT NULL,
        message_id TEXT,
        message TEXT,
        request_ids TEXT NOT NULL DEFAULT '',
        subjects TEXT NOT NULL,
        args TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS audit_log_by_platform ON audit_log (platform, id);
      CREATE TABLE IF NOT EXISTS audit_subjects (
        audit_id INTEGER NOT NULL,
        platform TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS audit_subjects_by_value
        ON audit_subjects (platform, kind, value, audit_id);
    `);
    const row = this.db.prepare(
      `INSERT INTO audit_log (at, user, user_via, role, platform, egeria_user, operation, outcome,
                              message_id, message, request_ids, subjects, args)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const subject = this.db.prepare(
      'INSERT INTO audit_subjects (audit_id, platform, kind, value) VALUES (?, ?, ?, ?)',
    );
    this.insert = this.db.transaction((entry: AuditInput) => {
      let args = JSON.stringify(entry.args ?? null);
      if (args.length > MAX_ARGS_CHARS)
        args = JSON.stringify(`${args.slice(0, MAX_ARGS_CHARS)}… (cut)`);
      const id = Number(
        row.run(
          entry.at,
          entry.user,
          entry.userVia,
          entry.role,
          entry.platformId,
          entry.egeriaUser ?? null,
          entry.operation,
          entry.outcome,
          entry.messageId ?? null,
          entry.message?.slice(0, 2_000) ?? null,
          entry.requestIds.join(','),
          JSON.stringify(entry.subjects),
          args,
        ).lastInsertRowid,
      );
      const seen = new Set<string>();
      for (const s of entry.subjects)
        for (const value of [s.guid, s.name]) {
          if (!value || seen.has(`${s.kind}\u0000${value}`)) continue;
          seen.add(`${s.kind}\u0000${value}`);
          subject.run(id, entry.platformId, s.kind, value);
        }
      return id;
    });
  }

  record(entry: AuditInput): number {
    const id = this.insert(entry);
    if (++this.insertsSinceTrim >= TRIM_EVERY) this.trim();
    return id;
  }

  /** Keeps the newest maxEntries. */
  trim(): void {
    this.insertsSinceTrim = 0;
    const cut = this.db
      .prepare('SELECT id FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET ?')
      .get(this.maxEntries) as { id: number } | undefined;
    if (!cut) return;
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM audit_log WHERE id <= ?').run(cut.id);
      this.db.prepare('DELETE FROM audit_subjects WHERE audit_id <= ?').run(cut.id);
    })();
  }

  /** Entries about any of these names or GUIDs of one kind of element, newest first. */
  forElement(
    platformId: string,
    kind: string,
    values: readonly string[],
    limit: number,
  ): AuditEntry[] {
    if (values.length === 0) return [];
    const marks = values.map(() => '?').join(', ');
    const rows = this.db
      .prepare(
        `SELECT * FROM audit_log WHERE id IN (
           SELECT audit_id FROM audit_subjects
            WHERE platform = ? AND kind = ? AND value IN (${marks}))
         ORDER BY id DESC LIMIT ?`,
      )
      .all(platformId, kind, ...values, limit) as Row[];
    return rows.map(toEntry);
  }

  /** Entries matching every filter given, newest first. */
  search(query: AuditQuery): AuditEntry[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.platforms) {
      if (query.platforms.length === 0) return [];
      where.push(`platform IN (${query.platforms.map(() => '?').join(', ')})`);
      params.push(...query.platforms);
    }
    const equal: Array<[keyof AuditFilter, string]> = [
      ['platform', 'platform'],
      ['user', 'user'],
      ['operation', 'operation'],
      ['outcome', 'outcome'],
    ];
    for (const [key, column] of equal) {
      const value = query[key];
      if (value) {
        where.push(`${column} = ?`);
        params.push(value);
      }
    }
    if (query.from) {
      where.push('at >= ?');
      params.push(query.from);
    }
    if (query.to) {
      where.push('at <= ?');
      params.push(query.to);
    }
    if (query.element) {
      where.push(`id IN (SELECT audit_id FROM audit_subjects WHERE value LIKE ? ESCAPE '\\')`);
      params.push(`%${query.element.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    if (query.before !== undefined) {
      where.push('id < ?');
      params.push(query.before);
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY id DESC LIMIT ?`,
      )
      .all(...params, query.limit) as Row[];
    return rows.map(toEntry);
  }

  close(): void {
    this.db.close();
  }
}
