/**
 * A generic open-metadata repository in SQLite: entities and relationships with typed properties,
 * instance versions and provenance, indexed for the lookups the services make (by qualifiedName,
 * by type, by relationship end). Property values (secrets included) are stored as JSON and are
 * never logged by this module.
 */
import Database from 'better-sqlite3';
import { newGuid } from '../util/guid';

export type OriginCategory = 'LOCAL_COHORT' | 'CONTENT_PACK' | 'CONFIGURATION' | 'EXTERNAL_SOURCE';

export type Properties = Record<string, unknown>;

interface InstanceBase {
  guid: string;
  typeName: string;
  properties: Properties;
  status: string;
  version: number;
  createdBy: string;
  createTime: number;
  updatedBy?: string;
  updateTime?: number;
  maintainedBy?: string[];
}

/** The Anchors classification of an entity (anchorGUID is absent when it anchors itself on creation). */
export interface AnchorRecord {
  anchorGUID?: string;
  anchorTypeName: string;
  anchorDomainName: string;
  createdBy: string;
  createTime: number;
}

export interface EntityRecord extends InstanceBase {
  originCategory: OriginCategory;
  anchor?: AnchorRecord;
}

export interface RelationshipRecord extends InstanceBase {
  end1Guid: string;
  end2Guid: string;
}

interface InstanceRow {
  guid: string;
  type_name: string;
  properties: string;
  status: string;
  version: number;
  created_by: string;
  create_time: number;
  updated_by: string | null;
  update_time: number | null;
  maintained_by: string | null;
}
interface EntityRow extends InstanceRow {
  origin_category: string;
  classifications: string | null;
}
interface RelationshipRow extends InstanceRow {
  end1_guid: string;
  end2_guid: string;
}

/** The columns of InstanceRow, which entities and relationships share. */
const INSTANCE_COLUMNS = `properties TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  create_time INTEGER NOT NULL,
  updated_by TEXT,
  update_time INTEGER,
  maintained_by TEXT`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entities (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  type_name TEXT NOT NULL,
  qualified_name TEXT,
  name TEXT,
  ${INSTANCE_COLUMNS},
  origin_category TEXT NOT NULL,
  classifications TEXT
);
CREATE INDEX IF NOT EXISTS entities_by_type ON entities(type_name, seq);
CREATE INDEX IF NOT EXISTS entities_by_qualified_name ON entities(qualified_name);
CREATE INDEX IF NOT EXISTS entities_by_name ON entities(name);
CREATE TABLE IF NOT EXISTS relationships (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  guid TEXT NOT NULL UNIQUE,
  type_name TEXT NOT NULL,
  end1_guid TEXT NOT NULL,
  end2_guid TEXT NOT NULL,
  ${INSTANCE_COLUMNS}
);
CREATE INDEX IF NOT EXISTS relationships_by_end1 ON relationships(end1_guid, type_name, seq);
CREATE INDEX IF NOT EXISTS relationships_by_end2 ON relationships(end2_guid, type_name, seq);
CREATE TABLE IF NOT EXISTS sandbox_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

const ENTITY_COLUMNS =
  'guid, type_name, properties, status, version, created_by, create_time, updated_by, update_time, maintained_by, origin_category, classifications';
const RELATIONSHIP_COLUMNS =
  'guid, type_name, end1_guid, end2_guid, properties, status, version, created_by, create_time, updated_by, update_time, maintained_by';

function baseFromRow(row: InstanceRow): InstanceBase {
  const base: InstanceBase = {
    guid: row.guid,
    typeName: row.type_name,
    properties: JSON.parse(row.properties) as Properties,
    status: row.status,
    version: row.version,
    createdBy: row.created_by,
    createTime: row.create_time,
  };
  if (row.updated_by !== null) base.updatedBy = row.updated_by;
  if (row.update_time !== null) base.updateTime = row.update_time;
  if (row.maintained_by !== null) base.maintainedBy = JSON.parse(row.maintained_by) as string[];
  return base;
}

function entityFromRow(row: EntityRow): EntityRecord {
  const entity: EntityRecord = {
    ...baseFromRow(row),
    originCategory: row.origin_category as OriginCategory,
  };
  if (row.classifications) {
    const classifications = JSON.parse(row.classifications) as { anchor?: AnchorRecord };
    if (classifications.anchor) entity.anchor = classifications.anchor;
  }
  return entity;
}
const relationshipFromRow = (row: RelationshipRow): RelationshipRecord => ({
  ...baseFromRow(row),
  end1Guid: row.end1_guid,
  end2Guid: row.end2_guid,
});

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Who maintained an instance: every user who changed it, creator first. */
function maintainers(existing: InstanceBase, userId: string): string[] {
  const list = existing.maintainedBy ?? [existing.createdBy];
  return list.includes(userId) ? list : [...list, userId];
}

/** An instance after an update by `userId` at `time`: new properties, the next version, its maintainers. */
function revised<T extends InstanceBase & { properties: Properties }>(
  existing: T,
  properties: Properties,
  userId: string,
  time: number,
): T {
  return {
    ...existing,
    properties,
    version: existing.version + 1,
    updatedBy: userId,
    updateTime: time,
    maintainedBy: maintainers(existing, userId),
  };
}

/** The columns both update statements end with: properties, updater, time, maintainers, GUID. */
function revisionColumns(next: InstanceBase) {
  return [
    JSON.stringify(next.properties),
    next.updatedBy ?? null,
    next.updateTime ?? null,
    JSON.stringify(next.maintainedBy),
    next.guid,
  ];
}

export interface NewEntity {
  typeName: string;
  properties: Properties;
  userId: string;
  guid?: string;
  originCategory?: OriginCategory;
  time?: number;
  anchor?: AnchorRecord;
}

export interface NewRelationship {
  typeName: string;
  end1Guid: string;
  end2Guid: string;
  properties: Properties;
  userId: string;
  guid?: string;
  time?: number;
}

export class MetadataStore {
  readonly db: Database.Database;
  private readonly now: () => number;
  private readonly statements: ReturnType<MetadataStore['prepare']>;

  constructor(file: string, now: () => number = Date.now) {
    this.db = new Database(file);
    this.now = now;
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.migrate();
    this.statements = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      insertEntity: db.prepare(
        `INSERT INTO entities (guid, type_name, qualified_name, name, properties, status, version, created_by, create_time, origin_category, classifications)
         VALUES (?, ?, ?, ?, ?, 'ACTIVE', 1, ?, ?, ?, ?)`,
      ),
      getEntity: db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE guid = ?`),
      updateEntity: db.prepare(
        `UPDATE entities SET type_name = ?, qualified_name = ?, name = ?, properties = ?, version = version + 1,
           updated_by = ?, update_time = ?, maintained_by = ? WHERE guid = ?`,
      ),
      deleteEntity: db.prepare('DELETE FROM entities WHERE guid = ?'),
      setClassifications: db.prepare('UPDATE entities SET classifications = ? WHERE guid = ?'),
      deleteRelationshipsOf: db.prepare(
        'DELETE FROM relationships WHERE end1_guid = ? OR end2_guid = ?',
      ),
      byQualifiedName: db.prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE qualified_name = ? ORDER BY seq`,
      ),
      byQualifiedNameOrName: db.prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE qualified_name = ? OR name = ? ORDER BY seq`,
      ),
      countEntities: db.prepare('SELECT COUNT(*) AS n FROM entities'),
      entityTypes: db.prepare('SELECT DISTINCT type_name FROM entities'),
      byDisplayName: db.prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE json_extract(properties, '$.displayName') = ? ORDER BY seq`,
      ),
      insertRelationship: db.prepare(
        `INSERT INTO relationships (guid, type_name, end1_guid, end2_guid, properties, status, version, created_by, create_time)
         VALUES (?, ?, ?, ?, ?, 'ACTIVE', 1, ?, ?)`,
      ),
      getRelationship: db.prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE guid = ?`,
      ),
      updateRelationship: db.prepare(
        `UPDATE relationships SET properties = ?, version = version + 1, updated_by = ?, update_time = ?, maintained_by = ?
         WHERE guid = ?`,
      ),
      deleteRelationship: db.prepare('DELETE FROM relationships WHERE guid = ?'),
      fromEnd1: db.prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE end1_guid = ? AND type_name = ? ORDER BY seq LIMIT ? OFFSET ?`,
      ),
      toEnd2: db.prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE end2_guid = ? AND type_name = ? ORDER BY seq LIMIT ? OFFSET ?`,
      ),
      ofType: db.prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE type_name = ? ORDER BY seq LIMIT ? OFFSET ?`,
      ),
      between: db.prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE type_name = ? AND end1_guid = ? AND end2_guid = ? ORDER BY seq`,
      ),
      touching: db.prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE end1_guid = ? OR end2_guid = ? ORDER BY seq`,
      ),
      countTo: db.prepare(
        'SELECT COUNT(*) AS n FROM relationships WHERE end2_guid = ? AND type_name = ?',
      ),
      getMeta: db.prepare('SELECT value FROM sandbox_meta WHERE key = ?'),
      setMeta: db.prepare(
        'INSERT INTO sandbox_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
    };
  }

  /** Databases written before classifications were kept lack the column. */
  private migrate(): void {
    const columns = this.db.prepare('PRAGMA table_info(entities)').all() as Array<{ name: string }>;
    if (!columns.some((c) => c.name === 'classifications'))
      this.db.exec('ALTER TABLE entities ADD COLUMN classifications TEXT');
  }

  close(): void {
    this.db.close();
  }

  /** Runs `fn` in one transaction (a savepoint when already inside one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Removes every element and relationship; sandbox metadata (collection id, daemon config) stays. */
  wipe(): void {
    this.db.exec('DELETE FROM relationships; DELETE FROM entities;');
  }

  // ----------------------------------------------------------------------------------- entities

  createEntity(input: NewEntity): EntityRecord {
    const guid = input.guid ?? newGuid(input.typeName);
    const time = input.time ?? this.now();
    const p = input.properties;
    this.statements.insertEntity.run(
      guid,
      input.typeName,
      stringOrNull(p['qualifiedName']),
      stringOrNull(p['name']) ?? stringOrNull(p['displayName']),
      JSON.stringify(p),
      input.userId,
      time,
      input.originCategory ?? 'LOCAL_COHORT',
      input.anchor ? JSON.stringify({ anchor: input.anchor }) : null,
    );
    const entity: EntityRecord = {
      guid,
      typeName: input.typeName,
      properties: p,
      status: 'ACTIVE',
      version: 1,
      createdBy: input.userId,
      createTime: time,
      originCategory: input.originCategory ?? 'LOCAL_COHORT',
    };
    if (input.anchor) entity.anchor = input.anchor;
    return entity;
  }

  getEntity(guid: string): EntityRecord | undefined {
    const row = this.statements.getEntity.get(guid) as EntityRow | undefined;
    return row ? entityFromRow(row) : undefined;
  }

  /** Replaces the properties of an entity (callers merge first when they mean to merge). */
  updateEntity(
    guid: string,
    properties: Properties,
    userId: string,
    typeName?: string,
  ): EntityRecord {
    const existing = this.getEntity(guid);
    if (!existing) throw new Error(`Entity ${guid} does not exist`);
    const next = {
      ...revised(existing, properties, userId, this.now()),
      typeName: typeName ?? existing.typeName,
    };
    this.statements.updateEntity.run(
      next.typeName,
      stringOrNull(properties['qualifiedName']),
      stringOrNull(properties['name']) ?? stringOrNull(properties['displayName']),
      ...revisionColumns(next),
    );
    return next;
  }

  /** Deletes an entity and every relationship attached to it, as a repository purge does. */
  /** Gives an entity the Anchors classification (it has no other the sandbox keeps). */
  setAnchor(guid: string, anchor: AnchorRecord): void {
    this.statements.setClassifications.run(JSON.stringify({ anchor }), guid);
  }

  deleteEntity(guid: string): void {
    this.statements.deleteRelationshipsOf.run(guid, guid);
    this.statements.deleteEntity.run(guid);
  }

  findByQualifiedName(qualifiedName: string): EntityRecord[] {
    return (this.statements.byQualifiedName.all(qualifiedName) as EntityRow[]).map(entityFromRow);
  }

  /** Entities whose qualifiedName or name (displayName when there is no name) equals `value`. */
  findByQualifiedNameOrName(value: string): EntityRecord[] {
    return (this.statements.byQualifiedNameOrName.all(value, value) as EntityRow[]).map(
      entityFromRow,
    );
  }

  /** Entities of the given types in creation order, one page at a time. */
  listEntities(typeNames: string[], offset: number, limit: number): EntityRecord[] {
    if (typeNames.length === 0) return [];
    const placeholders = typeNames.map(() => '?').join(', ');
    const rows = this.db
      .prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE type_name IN (${placeholders}) ORDER BY seq LIMIT ? OFFSET ?`,
      )
      .all(...typeNames, limit, offset) as EntityRow[];
    return rows.map(entityFromRow);
  }

  /** The type names of the stored entities (types outside the registry included). */
  entityTypeNames(): string[] {
    return (this.statements.entityTypes.all() as Array<{ type_name: string }>).map(
      (row) => row.type_name,
    );
  }

  /** Entities whose displayName equals `value` (the name column holds `name` first). */
  findByDisplayName(value: string): EntityRecord[] {
    return (this.statements.byDisplayName.all(value) as EntityRow[]).map(entityFromRow);
  }

  countEntities(): number {
    return (this.statements.countEntities.get() as { n: number }).n;
  }

  // ------------------------------------------------------------------------------ relationships

  createRelationship(input: NewRelationship): RelationshipRecord {
    const guid = input.guid ?? newGuid(input.typeName);
    const time = input.time ?? this.now();
    this.statements.insertRelationship.run(
      guid,
      input.typeName,
      input.end1Guid,
      input.end2Guid,
      JSON.stringify(input.properties),
      input.userId,
      time,
    );
    return {
      guid,
      typeName: input.typeName,
      end1Guid: input.end1Guid,
      end2Guid: input.end2Guid,
      properties: input.properties,
      status: 'ACTIVE',
      version: 1,
      createdBy: input.userId,
      createTime: time,
    };
  }

  getRelationship(guid: string): RelationshipRecord | undefined {
    const row = this.statements.getRelationship.get(guid) as RelationshipRow | undefined;
    return row ? relationshipFromRow(row) : undefined;
  }

  updateRelationship(guid: string, properties: Properties, userId: string): RelationshipRecord {
    const existing = this.getRelationship(guid);
    if (!existing) throw new Error(`Relationship ${guid} does not exist`);
    const next = revised(existing, properties, userId, this.now());
    this.statements.updateRelationship.run(...revisionColumns(next));
    return next;
  }

  deleteRelationship(guid: string): void {
    this.statements.deleteRelationship.run(guid);
  }

  /** Relationships of a type whose end 1 is `guid`, in creation order. */
  relationshipsFromEnd1(guid: string, typeName: string, offset = 0, limit = -1) {
    return this.relationshipRows(this.statements.fromEnd1, guid, typeName, offset, limit);
  }

  /** Relationships of a type whose end 2 is `guid`, in creation order. */
  relationshipsToEnd2(guid: string, typeName: string, offset = 0, limit = -1) {
    return this.relationshipRows(this.statements.toEnd2, guid, typeName, offset, limit);
  }

  private relationshipRows(
    statement: Database.Statement,
    guid: string,
    typeName: string,
    offset: number,
    limit: number,
  ): RelationshipRecord[] {
    return (statement.all(guid, typeName, limit, offset) as RelationshipRow[]).map(
      relationshipFromRow,
    );
  }

  /** Relationships of one type, in creation order. */
  relationshipsOfType(typeName: string, offset = 0, limit = -1): RelationshipRecord[] {
    return (this.statements.ofType.all(typeName, limit, offset) as RelationshipRow[]).map(
      relationshipFromRow,
    );
  }

  /** Every relationship with `guid` at either end, in creation order. */
  relationshipsOf(guid: string): RelationshipRecord[] {
    return (this.statements.touching.all(guid, guid) as RelationshipRow[]).map(relationshipFromRow);
  }

  countRelationshipsToEnd2(guid: string, typeName: string): number {
    return (this.statements.countTo.get(guid, typeName) as { n: number }).n;
  }

  relationshipsBetween(typeName: string, end1Guid: string, end2Guid: string): RelationshipRecord[] {
    return (this.statements.between.all(typeName, end1Guid, end2Guid) as RelationshipRow[]).map(
      relationshipFromRow,
    );
  }

  // ------------------------------------------------------------------------------- sandbox meta

  getMeta(key: string): string | undefined {
    return (this.statements.getMeta.get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.statements.setMeta.run(key, value);
  }
}
