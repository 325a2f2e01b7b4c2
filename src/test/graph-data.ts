/**
 * Domain objects for graph tests: groups, registrations with their connections, catalog targets.
 * GUIDs are given by the tests, as Egeria's GUIDs are what identify shared elements.
 */
import type {
  CatalogTarget,
  Connection,
  ConnectorType,
  Endpoint,
  IntegrationGroup,
  Registration,
} from '../egeria/model';

const meta = (guid: string, typeName: string) => ({ guid, typeName, superTypeNames: [] });

export function group(qualifiedName: string, guid = `guid-${qualifiedName}`): IntegrationGroup {
  return {
    meta: meta(guid, 'IntegrationGroup'),
    guid,
    qualifiedName,
    displayName: qualifiedName.split(':').pop(),
    additionalProperties: {},
  };
}

export function connectorType(
  guid: string,
  provider = `org.example.${guid}Provider`,
): ConnectorType {
  return {
    guid,
    qualifiedName: `ConnectorType:${guid}`,
    displayName: `Type ${guid}`,
    connectorProviderClassName: provider,
    recognizedConfigurationProperties: [],
    recognizedSecuredProperties: [],
    recognizedAdditionalProperties: [],
  };
}

export function endpoint(guid: string, address = `address-of-${guid}`): Endpoint {
  return { guid, qualifiedName: `Endpoint:${guid}`, address };
}

export function connection(guid: string, parts: Partial<Connection> = {}): Connection {
  return {
    kind: 'Connection',
    guid,
    qualifiedName: `Connection:${guid}`,
    secrets: { clearPassword: false, encryptedPassword: false, securedPropertyNames: [] },
    configurationProperties: {},
    additionalProperties: {},
    embeddedConnections: [],
    ...parts,
  };
}

export function registration(
  connectorName: string,
  connectorGuid: string,
  conn: Connection | undefined,
  groupGuid = 'group',
): Registration {
  return {
    connectorName,
    refreshTimeInterval: 60,
    generateIntegrationReports: false,
    groupGuid,
    connector: {
      meta: meta(connectorGuid, 'IntegrationConnector'),
      guid: connectorGuid,
      qualifiedName: `Connector:${connectorName}`,
      name: connectorName,
      usesBlockingCalls: false,
      additionalProperties: {},
      connection: conn,
    },
  };
}

export function catalogTarget(
  relationshipGuid: string,
  elementGuid: string,
  catalogTargetName = 'directoryToMonitor',
): CatalogTarget {
  return {
    relationshipGuid,
    catalogTargetName,
    configurationProperties: {},
    templates: {},
    element: {
      guid: elementGuid,
      typeName: 'FileFolder',
      superTypeNames: [],
      qualifiedName: `Folder:${elementGuid}`,
    },
  };
}

/**
 * A synthetic group shaped like the sandbox's: each connector with its own connection and
 * endpoint, one of `types` shared connector types, and one to three targets from a shared pool.
 */
export function syntheticGroup(connectors: number, types = 5, pool = 100) {
  const registrations: Registration[] = [];
  const targets = new Map<string, CatalogTarget[]>();
  for (let n = 1; n <= connectors; n++) {
    const id = String(n).padStart(4, '0');
    registrations.push(
      registration(
        `Connector-${id}`,
        `c-${id}`,
        connection(`n-${id}`, {
          connectorType: connectorType(`t-${n % types}`),
          endpoint: endpoint(`e-${id}`),
        }),
      ),
    );
    targets.set(
      `c-${id}`,
      Array.from({ length: 1 + (n % 3) }, (_, t) =>
        catalogTarget(`r-${id}-${t}`, `x-${(n + t * 7) % pool}`),
      ),
    );
  }
  return {
    input: [{ qualifiedName: 'Synthetic', group: group('Synthetic'), registrations }],
    targets,
  };
}
