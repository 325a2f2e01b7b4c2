/**
 * The governance-configuration-service of the metadata access server: integration groups,
 * integration connectors with their connections, registrations and catalog targets, kept in the
 * metadata store and returned as Egeria 5.3 beans. Methods carry the names of the Java REST
 * methods because Egeria quotes them in its error messages. Every write runs in one transaction.
 */
import type * as W from '../../egeria/v5/wire';
import { errors } from '../ffdc/ffdc-error';
import { ConnectionStore } from '../store/connection-store';
import type {
  EntityRecord,
  MetadataStore,
  OriginCategory,
  Properties,
  RelationshipRecord,
} from '../store/metadata-store';
import { isTypeOf } from '../store/type-registry';
import { compact, nonEmptyMap } from '../util/compact';
import { isoDate, readDate } from '../util/time';
import { validatePaging, DEFAULT_MAX_PAGE_SIZE } from './paging';
import type {
  CatalogTargetPropertiesBean,
  IntegrationConnectorPropertiesBean,
  IntegrationGroupPropertiesBean,
  RegisteredIntegrationConnectorPropertiesBean,
} from './request-beans';
import { elementVersions, HeaderBuilder, type OriginInfo } from './wire-builders';

/**
 * What the 5.3 GCR handler stores as the group's deployedImplementationType (never returned by GCR
 * reads; the notes record both "Integration Group" and "Dynamic Integration Group", the latter from
 * DeployedImplementationType.INTEGRATION_GROUP).
 */
const GROUP_DEPLOYED_IMPLEMENTATION_TYPE = 'Dynamic Integration Group';

/**
 * The 5.x register call does not store generateIntegrationReports, so it reads back as false
 * (wire notes §5b, "verify live"). The sandbox reproduces that; flip this to store it.
 */
const STORE_GENERATE_INTEGRATION_REPORTS = false;

export interface ServiceOptions {
  serverName: string;
  collectionId: string;
  collectionName: string;
  maxPageSize?: number;
}

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const asStringMap = (value: unknown): Record<string, string> | undefined =>
  value && typeof value === 'object' ? nonEmptyMap(value as Record<string, string>) : undefined;
const asAnyMap = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' ? nonEmptyMap(value as Record<string, unknown>) : undefined;

/** Keeps the defined fields, renaming bean fields to the entity attribute names where they differ. */
function definedFields(
  source: Record<string, unknown>,
  fields: Record<string, string>,
): Properties {
  const out: Properties = {};
  for (const [field, attribute] of Object.entries(fields)) {
    const value = source[field];
    if (value !== undefined && value !== null) out[attribute] = value;
  }
  return out;
}

const GROUP_FIELDS = {
  qualifiedName: 'qualifiedName',
  additionalProperties: 'additionalProperties',
  displayName: 'name',
  description: 'description',
  version: 'capabilityVersion',
  patchLevel: 'patchLevel',
  source: 'source',
};

const CONNECTOR_FIELDS = {
  qualifiedName: 'qualifiedName',
  additionalProperties: 'additionalProperties',
  name: 'name',
  versionIdentifier: 'versionIdentifier',
  description: 'description',
  deployedImplementationType: 'deployedImplementationType',
  usesBlockingCalls: 'usesBlockingCalls',
};

const CATALOG_TARGET_FIELDS = {
  catalogTargetName: 'catalogTargetName',
  metadataSourceQualifiedName: 'metadataSourceQualifiedName',
  connectionName: 'connectionName',
  configurationProperties: 'configurationProperties',
  templateProperties: 'templates',
  permittedSynchronization: 'permittedSynchronization',
  deleteMethod: 'deleteMethod',
};

export class GovernanceConfigurationService {
  readonly connections: ConnectionStore;
  private readonly headers: HeaderBuilder;
  private readonly maxPageSize: number;

  constructor(
    readonly store: MetadataStore,
    private readonly options: ServiceOptions,
  ) {
    this.connections = new ConnectionStore(store);
    const origin: OriginInfo = {
      sourceServer: options.serverName,
      homeMetadataCollectionId: options.collectionId,
      homeMetadataCollectionName: options.collectionName,
    };
    this.headers = new HeaderBuilder(origin);
    this.maxPageSize = options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
  }

  get serverName(): string {
    return this.options.serverName;
  }

  // ----------------------------------------------------------------------------------- helpers

  private paging(
    startFrom: number,
    pageSize: number,
    methodName: string,
  ): { offset: number; limit: number } {
    const page = validatePaging(startFrom, pageSize, methodName, this.maxPageSize);
    return { offset: page.startFrom, limit: page.pageSize > 0 ? page.pageSize : -1 };
  }

  /** The entity, checked to exist and to be of the expected type (404-007, 404-001). */
  private requireEntity(
    guid: string,
    typeName: string,
    methodName: string,
    parameterName: string,
  ): EntityRecord {
    const entity = this.store.getEntity(guid);
    if (!entity)
      throw errors.unknownEntity(typeName, guid, methodName, this.serverName, parameterName);
    if (!isTypeOf(entity.typeName, typeName)) {
      throw errors.wrongType(guid, entity.typeName, typeName, methodName, parameterName);
    }
    return entity;
  }

  private requireRelationship(
    guid: string,
    typeName: string,
    methodName: string,
  ): RelationshipRecord {
    const relationship = this.store.getRelationship(guid);
    if (!relationship || relationship.typeName !== typeName) {
      throw errors.unknownRelationship(typeName, guid, methodName, this.serverName);
    }
    return relationship;
  }

  /** qualifiedName is a unique property: a second entity may not take one in use (409-001). */
  private requireUniqueQualifiedName(
    qualifiedName: string,
    typeName: string,
    methodName: string,
    exceptGuid?: string,
  ): void {
    if (this.store.findByQualifiedName(qualifiedName).some((e) => e.guid !== exceptGuid)) {
      throw errors.uniqueNameInUse(methodName, typeName, qualifiedName);
    }
  }

  // ------------------------------------------------------------------------------------ groups

  groupElement(entity: EntityRecord): W.IntegrationGroupElement {
    const p = entity.properties;
    return {
      elementHeader: this.headers.header(entity),
      properties: compact({
        class: 'IntegrationGroupProperties',
        qualifiedName: asString(p['qualifiedName']) ?? '',
        additionalProperties: asStringMap(p['additionalProperties']),
        displayName: asString(p['name']),
        description: asString(p['description']),
        version: asString(p['capabilityVersion']),
        patchLevel: asString(p['patchLevel']),
        source: asString(p['source']),
      }),
    };
  }

  /** `guid` lets seeds keep stable identifiers; the REST API never passes one. */
  createIntegrationGroup(
    userId: string,
    properties: IntegrationGroupPropertiesBean,
    guid?: string,
  ): string {
    const methodName = 'createIntegrationGroup';
    if (!properties.qualifiedName) throw errors.nullName('qualifiedName', methodName);
    const qualifiedName = properties.qualifiedName;
    return this.store.transaction(() => {
      this.requireUniqueQualifiedName(qualifiedName, 'IntegrationGroup', methodName);
      const stored = definedFields(properties, GROUP_FIELDS);
      stored['deployedImplementationType'] = GROUP_DEPLOYED_IMPLEMENTATION_TYPE;
      return this.store.createEntity({
        typeName: 'IntegrationGroup',
        properties: stored,
        userId,
        guid,
      }).guid;
    });
  }

  getIntegrationGroupByGUID(_userId: string, guid: string): W.IntegrationGroupElement {
    return this.groupElement(
      this.requireEntity(guid, 'IntegrationGroup', 'getIntegrationGroupByGUID', 'guid'),
    );
  }

  /** Exact match on qualifiedName; no match is not an error (the response has no element). */
  getIntegrationGroupByName(_userId: string, name: string): W.IntegrationGroupElement | undefined {
    if (!name) throw errors.nullName('name', 'getIntegrationGroupByName');
    const entity = this.store
      .findByQualifiedName(name)
      .find((e) => e.typeName === 'IntegrationGroup');
    return entity ? this.groupElement(entity) : undefined;
  }

  getAllIntegrationGroups(
    _userId: string,
    startFrom: number,
    pageSize: number,
  ): W.IntegrationGroupElement[] {
    const { offset, limit } = this.paging(startFrom, pageSize, 'getAllIntegrationGroups');
    return this.store
      .listEntities(['IntegrationGroup'], offset, limit)
      .map((e) => this.groupElement(e));
  }

  updateIntegrationGroup(
    userId: string,
    guid: string,
    isMergeUpdate: boolean,
    properties: IntegrationGroupPropertiesBean,
  ): void {
    const methodName = 'updateIntegrationGroup';
    if (!isMergeUpdate && !properties.qualifiedName)
      throw errors.nullName('qualifiedName', methodName);
    this.store.transaction(() => {
      const entity = this.requireEntity(guid, 'IntegrationGroup', methodName, 'guid');
      if (properties.qualifiedName)
        this.requireUniqueQualifiedName(
          properties.qualifiedName,
          'IntegrationGroup',
          methodName,
          guid,
        );
      const incoming = definedFields(properties, GROUP_FIELDS);
      const stored = isMergeUpdate
        ? { ...entity.properties, ...incoming }
        : { ...incoming, deployedImplementationType: GROUP_DEPLOYED_IMPLEMENTATION_TYPE };
      this.store.updateEntity(guid, stored, userId);
    });
  }

  deleteIntegrationGroup(_userId: string, guid: string, qualifiedName: string | undefined): void {
    const methodName = 'deleteIntegrationGroup';
    if (!qualifiedName) throw errors.nullName('qualifiedName', methodName);
    this.store.transaction(() => {
      this.requireEntity(guid, 'IntegrationGroup', methodName, 'integrationGroupGUID');
      this.store.deleteEntity(guid);
    });
  }

  // -------------------------------------------------------------------------------- connectors

  connectorElement(entity: EntityRecord): W.IntegrationConnectorElement {
    const p = entity.properties;
    const connectionGuid = this.connections.connectionGuidOfAsset(entity.guid);
    return {
      elementHeader: this.headers.header(entity),
      // deployedImplementationType is stored but the 5.3 converter does not return it.
      properties: compact({
        class: 'IntegrationConnectorProperties',
        qualifiedName: asString(p['qualifiedName']) ?? '',
        additionalProperties: asStringMap(p['additionalProperties']),
        name: asString(p['name']),
        versionIdentifier: asString(p['versionIdentifier']),
        description: asString(p['description']),
        usesBlockingCalls: p['usesBlockingCalls'] === true,
        connection: connectionGuid ? this.connections.readConnection(connectionGuid) : undefined,
      }),
    };
  }

  createIntegrationConnector(
    userId: string,
    properties: IntegrationConnectorPropertiesBean,
    guid?: string,
  ): string {
    const methodName = 'createIntegrationConnector';
    // The REST layer checks the connection before the asset handler checks the name.
    if (!properties.connection) throw errors.nullConnection(methodName);
    if (!properties.connection.connectorType)
      throw errors.nullConnectorType('connection', methodName);
    if (!properties.qualifiedName) throw errors.nullName('qualifiedName', methodName);
    const qualifiedName = properties.qualifiedName;
    const connection = properties.connection;
    return this.store.transaction(() => {
      this.requireUniqueQualifiedName(qualifiedName, 'IntegrationConnector', methodName);
      const stored = definedFields(properties, CONNECTOR_FIELDS);
      const created = this.store.createEntity({
        typeName: 'IntegrationConnector',
        properties: stored,
        userId,
        guid,
      }).guid;
      this.connections.saveAssetConnection(created, connection, `${qualifiedName}:Connection`, {
        userId,
        merge: false,
      });
      return created;
    });
  }

  getIntegrationConnectorByGUID(_userId: string, guid: string): W.IntegrationConnectorElement {
    return this.connectorElement(
      this.requireEntity(guid, 'IntegrationConnector', 'getIntegrationConnectorByGUID', 'guid'),
    );
  }

  /** Matches qualifiedName or name; the first created wins when several match. */
  getIntegrationConnectorByName(
    _userId: string,
    name: string,
  ): W.IntegrationConnectorElement | undefined {
    if (!name) throw errors.nullName('name', 'getIntegrationConnectorByName');
    const entity = this.store
      .findByQualifiedNameOrName(name)
      .find((e) => e.typeName === 'IntegrationConnector');
    return entity ? this.connectorElement(entity) : undefined;
  }

  getAllIntegrationConnectors(
    _userId: string,
    startFrom: number,
    pageSize: number,
  ): W.IntegrationConnectorElement[] {
    const { offset, limit } = this.paging(startFrom, pageSize, 'getAllIntegrationConnectors');
    return this.store
      .listEntities(['IntegrationConnector'], offset, limit)
      .map((e) => this.connectorElement(e));
  }

  /** GUIDs of the groups that register the connector (empty when none). */
  getRegisteredIntegrationGroups(_userId: string, connectorGuid: string): string[] {
    this.requireEntity(
      connectorGuid,
      'IntegrationConnector',
      'getRegisteredIntegrationGroups',
      'integrationConnectorGUID',
    );
    return this.store
      .relationshipsToEnd2(connectorGuid, 'RegisteredIntegrationConnector')
      .map((r) => r.end1Guid);
  }

  updateIntegrationConnector(
    userId: string,
    guid: string,
    isMergeUpdate: boolean,
    properties: IntegrationConnectorPropertiesBean,
  ): void {
    const methodName = 'updateIntegrationConnector';
    if (!isMergeUpdate && !properties.qualifiedName)
      throw errors.nullName('qualifiedName', methodName);
    if (!isMergeUpdate && properties.connection && !properties.connection.connectorType) {
      throw errors.nullConnectorType('connection', methodName);
    }
    this.store.transaction(() => {
      const entity = this.requireEntity(guid, 'IntegrationConnector', methodName, 'guid');
      if (properties.qualifiedName)
        this.requireUniqueQualifiedName(
          properties.qualifiedName,
          'IntegrationConnector',
          methodName,
          guid,
        );
      const incoming = definedFields(properties, CONNECTOR_FIELDS);
      const stored = isMergeUpdate ? { ...entity.properties, ...incoming } : incoming;
      this.store.updateEntity(guid, stored, userId);
      // A connector update that leaves the connection out keeps it, in both modes: the connection
      // is a separate element linked to the connector, not one of its properties.
      if (properties.connection) {
        const qualifiedName = asString(stored['qualifiedName']) ?? guid;
        this.connections.saveAssetConnection(
          guid,
          properties.connection,
          `${qualifiedName}:Connection`,
          {
            userId,
            merge: isMergeUpdate,
          },
        );
      }
    });
  }

  deleteIntegrationConnector(
    _userId: string,
    guid: string,
    qualifiedName: string | undefined,
  ): void {
    const methodName = 'deleteIntegrationConnector';
    if (!qualifiedName) throw errors.nullName('qualifiedName', methodName);
    this.store.transaction(() => {
      this.requireEntity(guid, 'IntegrationConnector', methodName, 'integrationConnectorGUID');
      this.connections.detachAssetConnection(guid);
      this.store.deleteEntity(guid);
    });
  }

  // ----------------------------------------------------------------------------- registrations

  registrationProperties(
    relationship: RelationshipRecord,
  ): W.RegisteredIntegrationConnectorProperties {
    const p = relationship.properties;
    const startDate = typeof p['startDate'] === 'number' ? isoDate(p['startDate']) : undefined;
    const stopDate = typeof p['stopDate'] === 'number' ? isoDate(p['stopDate']) : undefined;
    return compact({
      connectorName: asString(p['connectorName']) ?? '',
      connectorUserId: asString(p['connectorUserId']),
      metadataSourceQualifiedName: asString(p['metadataSourceQualifiedName']),
      startDate,
      refreshTimeInterval:
        typeof p['refreshTimeInterval'] === 'number' ? p['refreshTimeInterval'] : 0,
      stopDate,
      permittedSynchronization: asString(p['permittedSynchronization']) ?? 'BOTH_DIRECTIONS',
      generateIntegrationReports: p['generateIntegrationReports'] === true,
    });
  }

  registeredElement(
    relationship: RelationshipRecord,
  ): W.RegisteredIntegrationConnectorElement | undefined {
    const connector = this.store.getEntity(relationship.end2Guid);
    if (!connector) return undefined;
    const element = this.connectorElement(connector);
    return {
      elementHeader: element.elementHeader,
      properties: element.properties,
      connectorId: relationship.guid,
      registrationProperties: this.registrationProperties(relationship),
    };
  }

  registerIntegrationConnectorWithGroup(
    userId: string,
    groupGuid: string,
    connectorGuid: string,
    properties: RegisteredIntegrationConnectorPropertiesBean,
  ): void {
    const methodName = 'registerIntegrationConnectorWithGroup';
    if (!properties.connectorName) throw errors.nullName('connectorName', methodName);
    this.store.transaction(() => {
      this.requireEntity(groupGuid, 'IntegrationGroup', methodName, 'integrationGroupGUID');
      this.requireEntity(
        connectorGuid,
        'IntegrationConnector',
        methodName,
        'integrationConnectorGUID',
      );
      const stored: Properties = compact({
        connectorName: properties.connectorName,
        connectorUserId: properties.connectorUserId,
        metadataSourceQualifiedName: properties.metadataSourceQualifiedName,
        startDate: readDate(properties.startDate),
        refreshTimeInterval: properties.refreshTimeInterval,
        stopDate: readDate(properties.stopDate),
        permittedSynchronization: properties.permittedSynchronization,
        generateIntegrationReports: STORE_GENERATE_INTEGRATION_REPORTS
          ? properties.generateIntegrationReports
          : undefined,
      });
      // Not a multi-link relationship: registering again updates the existing registration.
      const existing = this.store.relationshipsBetween(
        'RegisteredIntegrationConnector',
        groupGuid,
        connectorGuid,
      )[0];
      if (existing) {
        this.store.updateRelationship(existing.guid, stored, userId);
      } else {
        this.store.createRelationship({
          typeName: 'RegisteredIntegrationConnector',
          end1Guid: groupGuid,
          end2Guid: connectorGuid,
          properties: stored,
          userId,
        });
      }
    });
  }

  /** The registration, or undefined when the connector is not registered in the group. */
  getRegisteredIntegrationConnector(
    _userId: string,
    groupGuid: string,
    connectorGuid: string,
  ): W.RegisteredIntegrationConnectorElement | undefined {
    const methodName = 'getRegisteredIntegrationConnector';
    this.requireEntity(groupGuid, 'IntegrationGroup', methodName, 'integrationGroupGUID');
    this.requireEntity(
      connectorGuid,
      'IntegrationConnector',
      methodName,
      'integrationConnectorGUID',
    );
    const relationship = this.store.relationshipsBetween(
      'RegisteredIntegrationConnector',
      groupGuid,
      connectorGuid,
    )[0];
    return relationship ? this.registeredElement(relationship) : undefined;
  }

  getRegisteredIntegrationConnectors(
    _userId: string,
    groupGuid: string,
    startFrom: number,
    pageSize: number,
  ): W.RegisteredIntegrationConnectorElement[] {
    const methodName = 'getRegisteredIntegrationConnectors';
    const { offset, limit } = this.paging(startFrom, pageSize, methodName);
    this.requireEntity(groupGuid, 'IntegrationGroup', methodName, 'integrationGroupGUID');
    return this.store
      .relationshipsFromEnd1(groupGuid, 'RegisteredIntegrationConnector', offset, limit)
      .map((r) => this.registeredElement(r))
      .filter((e): e is W.RegisteredIntegrationConnectorElement => e !== undefined);
  }

  unregisterIntegrationConnectorFromGroup(
    _userId: string,
    groupGuid: string,
    connectorGuid: string,
  ): void {
    const methodName = 'unregisterIntegrationConnectorFromGroup';
    this.store.transaction(() => {
      this.requireEntity(groupGuid, 'IntegrationGroup', methodName, 'integrationGroupGUID');
      this.requireEntity(
        connectorGuid,
        'IntegrationConnector',
        methodName,
        'integrationConnectorGUID',
      );
      for (const r of this.store.relationshipsBetween(
        'RegisteredIntegrationConnector',
        groupGuid,
        connectorGuid,
      )) {
        this.store.deleteRelationship(r.guid);
      }
    });
  }

  // --------------------------------------------------------------------------- catalog targets

  catalogTarget(relationship: RelationshipRecord): W.CatalogTarget {
    const p = relationship.properties;
    const element = this.store.getEntity(relationship.end2Guid);
    return compact({
      catalogTargetName: asString(p['catalogTargetName']),
      metadataSourceQualifiedName: asString(p['metadataSourceQualifiedName']),
      connectionName: asString(p['connectionName']),
      configurationProperties: asAnyMap(p['configurationProperties']),
      templateProperties: asStringMap(p['templates']),
      permittedSynchronization: asString(p['permittedSynchronization']),
      deleteMethod: asString(p['deleteMethod']),
      relationshipGUID: relationship.guid,
      relationshipVersions: elementVersions(relationship),
      catalogTargetElement: element ? this.headers.stub(element) : undefined,
    });
  }

  /** Catalog targets are multi-link: the same element can be added twice, each time with a new relationship. */
  addCatalogTarget(
    userId: string,
    connectorGuid: string,
    elementGuid: string,
    properties: CatalogTargetPropertiesBean,
  ): string {
    const methodName = 'addCatalogTarget';
    return this.store.transaction(() => {
      this.requireEntity(
        connectorGuid,
        'IntegrationConnector',
        methodName,
        'integrationConnectorGUID',
      );
      this.requireEntity(elementGuid, 'OpenMetadataRoot', methodName, 'metadataElementGUID');
      return this.store.createRelationship({
        typeName: 'CatalogTarget',
        end1Guid: connectorGuid,
        end2Guid: elementGuid,
        properties: definedFields(properties, CATALOG_TARGET_FIELDS),
        userId,
      }).guid;
    });
  }

  /** Replaces the relationship's properties (the 5.3 call has no merge option). */
  updateCatalogTarget(
    userId: string,
    relationshipGuid: string,
    properties: CatalogTargetPropertiesBean,
  ): void {
    this.store.transaction(() => {
      this.requireRelationship(relationshipGuid, 'CatalogTarget', 'updateCatalogTarget');
      this.store.updateRelationship(
        relationshipGuid,
        definedFields(properties, CATALOG_TARGET_FIELDS),
        userId,
      );
    });
  }

  getCatalogTarget(_userId: string, relationshipGuid: string): W.CatalogTarget {
    return this.catalogTarget(
      this.requireRelationship(relationshipGuid, 'CatalogTarget', 'getCatalogTarget'),
    );
  }

  getCatalogTargets(
    _userId: string,
    connectorGuid: string,
    startFrom: number,
    pageSize: number,
  ): W.CatalogTarget[] {
    const methodName = 'getCatalogTargets';
    const { offset, limit } = this.paging(startFrom, pageSize, methodName);
    this.requireEntity(
      connectorGuid,
      'IntegrationConnector',
      methodName,
      'integrationConnectorGUID',
    );
    return this.store
      .relationshipsFromEnd1(connectorGuid, 'CatalogTarget', offset, limit)
      .map((r) => this.catalogTarget(r));
  }

  removeCatalogTarget(_userId: string, relationshipGuid: string): void {
    this.store.transaction(() => {
      this.requireRelationship(relationshipGuid, 'CatalogTarget', 'removeCatalogTarget');
      this.store.deleteRelationship(relationshipGuid);
    });
  }

  // ------------------------------------------------------------------------ other elements

  /** Creates an ordinary element (an asset that catalog targets can point at). */
  createElement(
    userId: string,
    typeName: string,
    properties: Properties,
    guid?: string,
    originCategory?: OriginCategory,
  ): string {
    const qualifiedName = asString(properties['qualifiedName']);
    if (!qualifiedName) throw errors.nullName('qualifiedName', 'createElement');
    return this.store.transaction(() => {
      this.requireUniqueQualifiedName(qualifiedName, typeName, 'createElement');
      return this.store.createEntity({ typeName, properties, userId, guid, originCategory }).guid;
    });
  }
}
