/**
 * Egeria 5.3's governance-configuration-service (GAF) on the metadata access server: integration
 * groups, integration connectors with their connections, registrations and catalog targets, with
 * 5.3's own behaviour (IntegrationGroupConfigurationHandler@e993386a1f51), its faults included:
 * - a group or connector may lack a qualifiedName (nothing checks it on create);
 * - creating or updating a connector *with* a connection adds or updates the connector and then
 *   fails with a NullPointerException (OMAG-COMMON-400-016, captured 08a), so the connector is left
 *   without its connection; updating one *without* a connection unlinks the one it had
 *   (AssetHandler.updateAssetWithConnection);
 * - a registration never stores generateIntegrationReports (only RegisteredIntegrationConnectorConverter
 *   reads the attribute; nothing in the register call writes it), so it always reads back false;
 * - a connector looked up by a name that matches none answers OMAG-REPOSITORY-HANDLER-404-010
 *   ("Multiple … are []", captured 07g), a group by an unknown name answers no element (07e).
 * Methods carry the Java method names Egeria quotes in its messages.
 */
import { deleteValidationFailed, errors, SERVICE_NAMES, unexpectedError } from '../ffdc/ffdc-error';
import type { CallContext, Estate } from '../model/estate';
import { catalogTargetsOf, registrationsOf } from '../model/integration';
import type { EntityRecord, Properties, RelationshipRecord } from '../store/metadata-store';
import { compact, nonEmptyMap } from '../util/compact';
import { isoDate, readDate } from '../util/time';
import { isTypeOf } from '../wire/open-metadata-types';
import { fiveElementHeader, elementVersions, fiveElementStub } from '../render/headers';
import { connectionBean } from '../render/ocf-connection';
import type {
  CatalogTargetPropertiesBean,
  IntegrationConnectorPropertiesBean,
  IntegrationGroupPropertiesBean,
  RegisteredIntegrationConnectorPropertiesBean,
} from './request-beans';

/** DeployedImplementationType.INTEGRATION_GROUP, stored on every group the 5.3 service writes. */
const GROUP_DEPLOYED_IMPLEMENTATION_TYPE = 'Dynamic Integration Group';

/**
 * The exception 5.3 answers a connector create or update with a connection with (captured 08a):
 * OpenMetadataAPIAnchorHandler returns null where ConnectionHandler needs the anchor entity.
 */
const ANCHOR_NPE =
  'Cannot invoke "org.odpi.openmetadata.repositoryservices.connectors.stores.metadatacollectionstore.properties.instances.EntityDetail.getType()" because "<local21>" is null';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const stringMap = (value: unknown) =>
  value && typeof value === 'object' ? nonEmptyMap(value as Record<string, string>) : undefined;

/** The bean fields given (null and absent left out), under the stored attribute names. */
function defined(fields: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined && value !== null) out[key] = value;
  return out;
}

/** An element other elements hang off, and the name Egeria gives its GUID parameter. */
interface Owner {
  typeName: string;
  parameterName: string;
}
const GROUP: Owner = { typeName: 'IntegrationGroup', parameterName: 'integrationGroupGUID' };
const CONNECTOR: Owner = {
  typeName: 'IntegrationConnector',
  parameterName: 'integrationConnectorGUID',
};

export class GovernanceConfigurationService {
  constructor(readonly estate: Estate) {}

  private call(methodName: string, parameterName = 'guid'): CallContext {
    return { methodName, serviceName: SERVICE_NAMES.gaf, parameterName };
  }

  private origin() {
    return this.estate.origin;
  }

  /** The group or connector a call names by GUID: Egeria's not-found error when it is not one. */
  private requireOwner(owner: Owner, guid: string, methodName: string): EntityRecord {
    return this.estate.requireEntity(
      guid,
      owner.typeName,
      this.call(methodName, owner.parameterName),
    );
  }

  /** A page of what hangs off a group or connector, which is checked first as Egeria does. */
  private pageUnder<T>(
    owner: Owner,
    guid: string,
    methodName: string,
    startFrom: number,
    pageSize: number,
    list: (estate: Estate, guid: string) => T[],
  ): T[] {
    this.requireOwner(owner, guid, methodName);
    return this.estate.page(list(this.estate, guid), startFrom, pageSize, methodName);
  }

  // ------------------------------------------------------------------------------------ beans

  groupElement(entity: EntityRecord): Record<string, unknown> {
    const p = entity.properties;
    return {
      elementHeader: fiveElementHeader(entity, this.origin()),
      properties: compact({
        class: 'IntegrationGroupProperties',
        qualifiedName: text(p['qualifiedName']),
        additionalProperties: stringMap(p['additionalProperties']),
        displayName: text(p['displayName']),
        description: text(p['description']),
        version: text(p['versionIdentifier']),
        patchLevel: text(p['patchLevel']),
        source: text(p['source']),
      }),
    };
  }

  /** deployedImplementationType is stored but 5.3's converter does not return it. */
  connectorElement(entity: EntityRecord): Record<string, unknown> {
    const p = entity.properties;
    const connection = this.estate.connectionOfAsset(entity.guid);
    return {
      elementHeader: fiveElementHeader(entity, this.origin()),
      properties: compact({
        class: 'IntegrationConnectorProperties',
        qualifiedName: text(p['qualifiedName']),
        additionalProperties: stringMap(p['additionalProperties']),
        name: text(p['displayName']),
        versionIdentifier: text(p['versionIdentifier']),
        description: text(p['description']),
        usesBlockingCalls: p['usesBlockingCalls'] === true,
        connection: connection ? connectionBean(connection, '5.3', this.origin()) : undefined,
      }),
    };
  }

  registrationProperties(relationship: RelationshipRecord): Record<string, unknown> {
    const p = relationship.properties;
    const date = (value: unknown) => (typeof value === 'number' ? isoDate(value) : undefined);
    return compact({
      connectorName: text(p['connectorName']),
      connectorUserId: text(p['connectorUserId']),
      metadataSourceQualifiedName: text(p['metadataSourceQualifiedName']),
      startDate: date(p['startDate']),
      refreshTimeInterval:
        typeof p['refreshTimeInterval'] === 'number' ? p['refreshTimeInterval'] : 0,
      stopDate: date(p['connectorShutdownDate']),
      // RegisteredIntegrationConnectorConverter's default.
      permittedSynchronization: text(p['permittedSynchronization']) ?? 'BOTH_DIRECTIONS',
      // The 5.3 bean's primitive field: false unless stored, and the 5.3 service never stores it.
      generateIntegrationReports: p['generateConnectorActivityReports'] === true,
    });
  }

  registeredElement(
    relationship: RelationshipRecord,
    connector: EntityRecord,
  ): Record<string, unknown> {
    return {
      ...this.connectorElement(connector),
      connectorId: relationship.guid,
      registrationProperties: this.registrationProperties(relationship),
    };
  }

  catalogTarget(relationship: RelationshipRecord): Record<string, unknown> {
    const p = relationship.properties;
    const element = this.estate.entity(relationship.end2Guid);
    return compact({
      catalogTargetName: text(p['catalogTargetName']),
      metadataSourceQualifiedName: text(p['metadataSourceQualifiedName']),
      connectionName: text(p['connectionName']),
      configurationProperties: nonEmptyMap(p['configurationProperties'] as Record<string, unknown>),
      templateProperties: stringMap(p['templates']),
      // CatalogTargetConverter's defaults.
      permittedSynchronization: text(p['permittedSynchronization']) ?? 'BOTH_DIRECTIONS',
      deleteMethod: text(p['deleteMethod']) ?? 'ARCHIVE',
      relationshipGUID: relationship.guid,
      relationshipVersions: elementVersions(relationship, '5.3'),
      catalogTargetElement: element ? fiveElementStub(element, this.origin()) : undefined,
    });
  }

  // ----------------------------------------------------------------------------------- groups

  private groupAttributes(properties: IntegrationGroupPropertiesBean): Properties {
    return defined({
      qualifiedName: properties.qualifiedName,
      additionalProperties: properties.additionalProperties,
      displayName: properties.displayName,
      description: properties.description,
      versionIdentifier: properties.version,
      patchLevel: properties.patchLevel,
      source: properties.source,
      deployedImplementationType: GROUP_DEPLOYED_IMPLEMENTATION_TYPE,
    });
  }

  /** Nothing checks the qualifiedName: a group without one is stored as it is. */
  createIntegrationGroup(userId: string, properties: IntegrationGroupPropertiesBean): string {
    return this.estate.transaction(
      () =>
        this.estate.createEntity(
          {
            typeName: 'IntegrationGroup',
            properties: this.groupAttributes(properties),
            userId,
            anchor: 'self',
          },
          this.call('createIntegrationGroup'),
        ).guid,
    );
  }

  getIntegrationGroupByGUID(guid: string): Record<string, unknown> {
    return this.groupElement(
      this.estate.requireEntity(guid, 'IntegrationGroup', this.call('getIntegrationGroupByGUID')),
    );
  }

  /** Exact qualifiedName; no match is not an error (captured 07e: no element). */
  getIntegrationGroupByName(name: string): Record<string, unknown> | undefined {
    const entity = this.estate.store
      .findByQualifiedName(name)
      .find((e) => isTypeOf(e.typeName, 'IntegrationGroup'));
    return entity ? this.groupElement(entity) : undefined;
  }

  getAllIntegrationGroups(startFrom: number, pageSize: number): Array<Record<string, unknown>> {
    return this.estate
      .page(
        this.estate.entitiesOf('IntegrationGroup'),
        startFrom,
        pageSize,
        'getAllIntegrationGroups',
      )
      .map((e) => this.groupElement(e));
  }

  updateIntegrationGroup(
    userId: string,
    guid: string,
    isMergeUpdate: boolean,
    properties: IntegrationGroupPropertiesBean,
  ): void {
    const call = this.call('updateIntegrationGroup');
    if (!isMergeUpdate && !properties.qualifiedName)
      throw errors.nullName('qualifiedName', call.methodName);
    this.estate.transaction(() => {
      const entity = this.estate.requireEntity(guid, 'IntegrationGroup', call);
      this.estate.updateEntity(
        entity,
        this.groupAttributes(properties),
        isMergeUpdate,
        userId,
        call,
      );
    });
  }

  deleteIntegrationGroup(guid: string, qualifiedName: string | undefined): void {
    this.deleteValidated(
      guid,
      'IntegrationGroup',
      qualifiedName,
      'deleteIntegrationGroup',
      'integrationGroupGUID',
    );
  }

  /**
   * A delete names the element's qualifiedName too, and Egeria refuses it when the stored one
   * differs (OMAG-REPOSITORY-HANDLER-400-005) or is missing (400-009). Elements anchored to the
   * deleted one go with it.
   */
  private deleteValidated(
    guid: string,
    typeName: string,
    qualifiedName: string | undefined,
    methodName: string,
    parameterName: string,
  ): void {
    if (!qualifiedName) throw errors.nullName('qualifiedName', methodName);
    this.estate.transaction(() => {
      const entity = this.estate.requireEntity(
        guid,
        typeName,
        this.call(methodName, parameterName),
      );
      const stored = text(entity.properties['qualifiedName']);
      if (stored !== qualifiedName)
        throw deleteValidationFailed(qualifiedName, stored, methodName, guid);
      deleteWithAnchored(this.estate, guid);
    });
  }

  // ------------------------------------------------------------------------------- connectors

  private connectorAttributes(properties: IntegrationConnectorPropertiesBean): Properties {
    return defined({
      qualifiedName: properties.qualifiedName,
      additionalProperties: properties.additionalProperties,
      displayName: properties.name,
      resourceName: properties.name,
      versionIdentifier: properties.versionIdentifier,
      description: properties.description,
      deployedImplementationType: properties.deployedImplementationType,
      usesBlockingCalls: properties.usesBlockingCalls ?? false,
    });
  }

  /** The connector is created; saving its connection then fails (see the module comment). */
  createIntegrationConnector(
    userId: string,
    properties: IntegrationConnectorPropertiesBean,
  ): string {
    const methodName = 'createIntegrationConnector';
    if (!properties.connection) throw errors.nullConnection(methodName, methodName);
    if (!properties.connection.connectorType) throw nullConnectorType(methodName);
    this.estate.transaction(() =>
      this.estate.createEntity(
        {
          typeName: 'IntegrationConnector',
          properties: this.connectorAttributes(properties),
          userId,
          anchor: 'self',
        },
        this.call(methodName),
      ),
    );
    throw unexpectedError('java.lang.NullPointerException', methodName, ANCHOR_NPE);
  }

  getIntegrationConnectorByGUID(guid: string): Record<string, unknown> {
    return this.connectorElement(
      this.estate.requireEntity(
        guid,
        'IntegrationConnector',
        this.call('getIntegrationConnectorByGUID'),
      ),
    );
  }

  /**
   * Exactly one connector whose qualifiedName, resourceName, pathName or name is `name`; none or
   * several is OMAG-REPOSITORY-HANDLER-404-010 (AssetHandler.getAssetByNameWithConnection).
   */
  getIntegrationConnectorByName(name: string): Record<string, unknown> {
    const methodName = 'getIntegrationConnectorByName';
    const matches = this.estate
      .entitiesOf('IntegrationConnector')
      .filter((e) =>
        ['qualifiedName', 'resourceName', 'pathName', 'displayName'].some(
          (attribute) => e.properties[attribute] === name,
        ),
      );
    const [only] = matches;
    if (matches.length !== 1 || !only)
      throw errors.ambiguousName(
        'IntegrationConnector',
        name,
        matches.map((e) => e.guid),
        methodName,
        'name',
        this.estate.serverName,
      );
    return this.connectorElement(only);
  }

  getAllIntegrationConnectors(startFrom: number, pageSize: number): Array<Record<string, unknown>> {
    return this.estate
      .page(
        this.estate.entitiesOf('IntegrationConnector'),
        startFrom,
        pageSize,
        'getAllIntegrationConnectors',
      )
      .map((e) => this.connectorElement(e));
  }

  /** GUIDs of the groups registering the connector (5.3's handler reports as getAllIntegrationConnectors). */
  getRegisteredIntegrationGroups(connectorGuid: string): string[] {
    this.requireOwner(CONNECTOR, connectorGuid, 'getAllIntegrationConnectors');
    return this.estate
      .relationshipsAt(connectorGuid, 'RegisteredIntegrationConnector', 2)
      .map((r) => r.end1Guid);
  }

  updateIntegrationConnector(
    userId: string,
    guid: string,
    isMergeUpdate: boolean,
    properties: IntegrationConnectorPropertiesBean,
  ): void {
    const methodName = 'updateIntegrationConnector';
    const call = this.call(methodName);
    this.estate.transaction(() => {
      const entity = this.estate.requireEntity(guid, 'IntegrationConnector', call);
      this.estate.updateEntity(
        entity,
        this.connectorAttributes(properties),
        isMergeUpdate,
        userId,
        call,
      );
      if (!properties.connection) {
        for (const link of this.estate.relationshipsAt(guid, 'AssetConnection', 1)) {
          this.estate.deleteRelationship(link.guid);
          const connection = this.estate.entity(link.end2Guid);
          if (connection?.anchor?.anchorGUID === guid)
            deleteWithAnchored(this.estate, connection.guid);
        }
      }
    });
    if (properties.connection)
      throw unexpectedError('java.lang.NullPointerException', methodName, ANCHOR_NPE);
  }

  deleteIntegrationConnector(guid: string, qualifiedName: string | undefined): void {
    this.deleteValidated(
      guid,
      'IntegrationConnector',
      qualifiedName,
      'deleteIntegrationConnector',
      'integrationConnectorGUID',
    );
  }

  // ---------------------------------------------------------------------------- registrations

  /** Not a multi-link relationship: registering again updates the registration. */
  registerIntegrationConnectorWithGroup(
    userId: string,
    groupGuid: string,
    connectorGuid: string,
    properties: RegisteredIntegrationConnectorPropertiesBean,
  ): void {
    const methodName = 'registerIntegrationConnectorWithGroup';
    if (!properties.connectorName) throw errors.nullName('connectorName', methodName);
    const stored = defined({
      connectorName: properties.connectorName,
      connectorUserId: properties.connectorUserId,
      metadataSourceQualifiedName: properties.metadataSourceQualifiedName,
      startDate: readDate(properties.startDate),
      refreshTimeInterval: properties.refreshTimeInterval ?? 0,
      connectorShutdownDate: readDate(properties.stopDate),
      permittedSynchronization: properties.permittedSynchronization,
    });
    this.estate.transaction(() => {
      const call = this.call(methodName);
      const existing = this.estate.store.relationshipsBetween(
        'RegisteredIntegrationConnector',
        groupGuid,
        connectorGuid,
      )[0];
      if (existing) this.estate.updateRelationship(existing, stored, false, userId);
      else
        this.estate.link(
          'RegisteredIntegrationConnector',
          groupGuid,
          connectorGuid,
          stored,
          userId,
          call,
          ['integrationGroupGUID', 'integrationConnectorGUID'],
        );
    });
  }

  getRegisteredIntegrationConnector(
    groupGuid: string,
    connectorGuid: string,
  ): Record<string, unknown> | undefined {
    const relationship = this.estate.store.relationshipsBetween(
      'RegisteredIntegrationConnector',
      groupGuid,
      connectorGuid,
    )[0];
    if (!relationship) return undefined;
    const connector = this.estate.requireEntity(
      connectorGuid,
      'IntegrationConnector',
      this.call('getIntegrationConnectorByGUID'),
    );
    return this.registeredElement(relationship, connector);
  }

  getRegisteredIntegrationConnectors(
    groupGuid: string,
    startFrom: number,
    pageSize: number,
  ): Array<Record<string, unknown>> {
    return this.pageUnder(
      GROUP,
      groupGuid,
      'getRegisteredIntegrationConnectors',
      startFrom,
      pageSize,
      registrationsOf,
    ).map((r) => this.registeredElement(r.relationship, r.connector));
  }

  unregisterIntegrationConnectorFromGroup(groupGuid: string, connectorGuid: string): void {
    const methodName = 'unregisterIntegrationConnectorFromGroup';
    this.estate.transaction(() => {
      this.requireOwner(GROUP, groupGuid, methodName);
      this.requireOwner(CONNECTOR, connectorGuid, methodName);
      for (const r of this.estate.store.relationshipsBetween(
        'RegisteredIntegrationConnector',
        groupGuid,
        connectorGuid,
      ))
        this.estate.deleteRelationship(r.guid);
    });
  }

  // -------------------------------------------------------------------------- catalog targets

  private catalogTargetAttributes(properties: CatalogTargetPropertiesBean): Properties {
    return defined({
      catalogTargetName: properties.catalogTargetName,
      connectionName: properties.connectionName,
      templates: properties.templateProperties,
      configurationProperties: properties.configurationProperties,
      metadataSourceQualifiedName: properties.metadataSourceQualifiedName,
      permittedSynchronization: properties.permittedSynchronization,
      deleteMethod: properties.deleteMethod,
    });
  }

  /** Catalog targets are multi-link: the same element can be added twice, each time anew. */
  addCatalogTarget(
    userId: string,
    connectorGuid: string,
    elementGuid: string,
    properties: CatalogTargetPropertiesBean,
  ): string {
    return this.estate.transaction(
      () =>
        this.estate.link(
          'CatalogTarget',
          connectorGuid,
          elementGuid,
          this.catalogTargetAttributes(properties),
          userId,
          this.call('addCatalogTarget'),
          ['integrationConnectorGUID', 'metadataElementGUID'],
        ).guid,
    );
  }

  /** 5.3 merges the given properties into the relationship's (updateRelationshipProperties(…, true, …)). */
  updateCatalogTarget(
    userId: string,
    relationshipGuid: string,
    properties: CatalogTargetPropertiesBean,
  ): void {
    this.estate.transaction(() => {
      const relationship = this.estate.requireRelationship(
        relationshipGuid,
        'CatalogTarget',
        this.call('addCatalogTarget', 'relationshipGUID'),
      );
      this.estate.updateRelationship(
        relationship,
        this.catalogTargetAttributes(properties),
        true,
        userId,
      );
    });
  }

  getCatalogTarget(relationshipGuid: string): Record<string, unknown> {
    return this.catalogTarget(
      this.estate.requireRelationship(
        relationshipGuid,
        'CatalogTarget',
        this.call('getCatalogTarget'),
      ),
    );
  }

  getCatalogTargets(
    connectorGuid: string,
    startFrom: number,
    pageSize: number,
  ): Array<Record<string, unknown>> {
    return this.pageUnder(
      CONNECTOR,
      connectorGuid,
      'getCatalogTargets',
      startFrom,
      pageSize,
      catalogTargetsOf,
    ).map((t) => this.catalogTarget(t.relationship));
  }

  removeCatalogTarget(relationshipGuid: string): void {
    this.estate.transaction(() => {
      this.estate.requireRelationship(
        relationshipGuid,
        'CatalogTarget',
        this.call('removeCatalogTarget'),
      );
      this.estate.deleteRelationship(relationshipGuid);
    });
  }
}

function nullConnectorType(methodName: string) {
  return errors.nullConnectorType(methodName, methodName);
}

/**
 * Deletes an entity and, with it, the elements anchored to it or to anything deleted with it
 * (deleteIfAppropriatelyAnchoredEntity), reached through their relationships.
 */
export function deleteWithAnchored(estate: Estate, guid: string): void {
  const doomed = new Set([guid]);
  const queue = [guid];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const r of estate.store.relationshipsOf(next)) {
      const other = r.end1Guid === next ? r.end2Guid : r.end1Guid;
      const anchor = estate.entity(other)?.anchor?.anchorGUID;
      if (!doomed.has(other) && anchor !== undefined && doomed.has(anchor)) {
        doomed.add(other);
        queue.push(other);
      }
    }
  }
  for (const entity of doomed) estate.deleteEntity(entity);
}
