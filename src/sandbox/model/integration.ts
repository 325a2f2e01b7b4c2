/**
 * Integration groups, connectors, registrations, catalog targets and connections in the estate,
 * independent of any API: what the simulated daemons read and what the seeds write. Every write
 * here is the sandbox's own; the REST facades apply Egeria's rules on top.
 */
import type {
  EntityRecord,
  OriginCategory,
  Properties,
  RelationshipRecord,
} from '../store/metadata-store';
import { isTypeOf } from '../wire/open-metadata-types';
import type { AnchorChoice, CallContext, Estate } from './estate';

export interface SharedElementSpec {
  guid?: string;
  properties: Properties;
  originCategory?: OriginCategory;
}

export interface ConnectionSpec {
  typeName?: 'Connection' | 'VirtualConnection';
  properties: Properties;
  /** Reused when an element with this GUID or qualifiedName exists. */
  connectorType?: SharedElementSpec;
  endpoint?: SharedElementSpec;
  embedded?: Array<{
    position: number;
    displayName?: string;
    arguments?: Record<string, unknown>;
    connection: ConnectionSpec;
  }>;
}

const SEED_CALL: CallContext = { methodName: 'seed', serviceName: 'sandbox' };

/** An element named by GUID or qualifiedName when one exists, else a new one. */
function sharedElement(
  estate: Estate,
  typeName: string,
  spec: SharedElementSpec,
  userId: string,
): EntityRecord {
  const byGuid = spec.guid ? estate.entity(spec.guid) : undefined;
  if (byGuid) return byGuid;
  const qualifiedName = spec.properties['qualifiedName'];
  const byName =
    typeof qualifiedName === 'string'
      ? estate.store.findByQualifiedName(qualifiedName).find((e) => isTypeOf(e.typeName, typeName))
      : undefined;
  return (
    byName ??
    estate.createEntity(
      {
        typeName,
        properties: spec.properties,
        userId,
        anchor: 'self',
        guid: spec.guid,
        originCategory: spec.originCategory,
      },
      SEED_CALL,
    )
  );
}

/** Creates a connection with its links (connector type and endpoint shared by identity). */
export function writeConnection(
  estate: Estate,
  spec: ConnectionSpec,
  userId: string,
  anchor: AnchorChoice = 'self',
): string {
  const typeName = spec.typeName ?? 'Connection';
  const connection = estate.createEntity(
    { typeName, properties: spec.properties, userId, anchor },
    SEED_CALL,
  );
  if (spec.connectorType) {
    const type = sharedElement(estate, 'ConnectorType', spec.connectorType, userId);
    estate.link('ConnectionConnectorType', connection.guid, type.guid, {}, userId, SEED_CALL);
  }
  if (spec.endpoint) {
    const endpoint = sharedElement(estate, 'Endpoint', spec.endpoint, userId);
    estate.link('ConnectToEndpoint', connection.guid, endpoint.guid, {}, userId, SEED_CALL);
  }
  for (const embedded of spec.embedded ?? []) {
    const child = writeConnection(estate, embedded.connection, userId, anchor);
    estate.link(
      'EmbeddedConnection',
      connection.guid,
      child,
      {
        position: embedded.position,
        ...(embedded.displayName ? { displayName: embedded.displayName } : {}),
        ...(embedded.arguments ? { arguments: embedded.arguments } : {}),
      },
      userId,
      SEED_CALL,
    );
  }
  return connection.guid;
}

export function createElement(
  estate: Estate,
  typeName: string,
  properties: Properties,
  userId: string,
  options: { guid?: string; originCategory?: OriginCategory } = {},
): string {
  return estate.createEntity(
    { typeName, properties, userId, anchor: 'self', ...options },
    SEED_CALL,
  ).guid;
}

export function link(
  estate: Estate,
  typeName: string,
  end1: string,
  end2: string,
  properties: Properties,
  userId: string,
): string {
  return estate.link(typeName, end1, end2, properties, userId, SEED_CALL).guid;
}

/** The integration group with this qualifiedName (the first created, when several share it). */
export function groupNamed(estate: Estate, qualifiedName: string): EntityRecord | undefined {
  return estate.store
    .findByQualifiedName(qualifiedName)
    .find((e) => isTypeOf(e.typeName, 'IntegrationGroup'));
}

export interface Registration {
  relationship: RelationshipRecord;
  connector: EntityRecord;
}

/** The connectors a group registers, in registration order. */
export function registrationsOf(estate: Estate, groupGuid: string): Registration[] {
  return estate.relationshipsAt(groupGuid, 'RegisteredIntegrationConnector', 1).flatMap((r) => {
    const connector = estate.entity(r.end2Guid);
    return connector ? [{ relationship: r, connector }] : [];
  });
}

export interface CatalogTargetLink {
  relationship: RelationshipRecord;
  element: EntityRecord | undefined;
}

export function catalogTargetsOf(estate: Estate, connectorGuid: string): CatalogTargetLink[] {
  return estate.relationshipsAt(connectorGuid, 'CatalogTarget', 1).map((relationship) => ({
    relationship,
    element: estate.entity(relationship.end2Guid),
  }));
}
