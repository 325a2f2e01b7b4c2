/**
 * Bundle entries as the backend's write inputs. An update is a merge (so secrets nobody supplies
 * are kept), and a merge keeps whatever is left out, so every field the bundle leaves empty but
 * the platform holds is sent empty: after the import the platform holds what the bundle says.
 * Existing connections, embedded connections and endpoints are named by their GUID on the target,
 * so they are updated in place rather than duplicated.
 */
import type {
  CatalogTargetInput,
  Connection,
  ConnectionInput,
  ConnectorInput,
  GroupInput,
  IntegrationConnector,
  RegistrationInput,
} from '../egeria/model';
import type {
  BundleCatalogTarget,
  BundleConnection,
  BundleConnector,
  BundleEmbeddedConnection,
  BundleGroup,
  BundleRegistration,
} from './bundle-format';
import { decideSecret, decideSecured, type SecretSupply } from './secret-supply';

export function groupInput(group: BundleGroup): GroupInput {
  return {
    qualifiedName: group.qualifiedName,
    displayName: group.displayName,
    description: group.description,
    version: group.version,
    patchLevel: group.patchLevel,
    source: group.source,
    additionalProperties: group.additionalProperties,
  };
}

export function registrationInput(registration: BundleRegistration): RegistrationInput {
  return {
    connectorName: registration.connectorName,
    connectorUserId: registration.connectorUserId,
    metadataSourceQualifiedName: registration.metadataSourceQualifiedName,
    startDate: registration.startDate,
    stopDate: registration.stopDate,
    refreshTimeInterval: registration.refreshTimeInterval,
    permittedSynchronization: registration.permittedSynchronization,
    generateIntegrationReports: registration.generateIntegrationReports,
    metadataCollectionQualifiedName: registration.metadataCollectionQualifiedName,
  };
}

export function catalogTargetInput(target: BundleCatalogTarget): CatalogTargetInput {
  return {
    catalogTargetName: target.catalogTargetName,
    metadataSourceQualifiedName: target.metadataSourceQualifiedName,
    connectionName: target.connectionName,
    configurationProperties: target.configurationProperties,
    templates: target.templates,
    permittedSynchronization: target.permittedSynchronization,
    deleteMethod: target.deleteMethod,
    metadataCollectionQualifiedName: target.metadataCollectionQualifiedName,
  };
}

export interface ConnectorBuild {
  input: ConnectorInput;
  /** What each secret field shows after the import, by its path in the connector. */
  secretText: Map<string, string>;
  /** Placeholders whose values are needed and missing. */
  missing: string[];
  /** Placeholders whose values are sent. */
  used: string[];
  notes: string[];
}

interface BuildContext {
  supply: SecretSupply;
  /** GUID of the endpoint with this qualifiedName on the target, when there is one. */
  endpointGuid: (qualifiedName: string) => string | undefined;
  update: boolean;
  build: ConnectorBuild;
}

/** The bundle's value; on an update, '' where the platform holds one the bundle leaves out. */
function text(wanted: string | undefined, stored: string | undefined, update: boolean) {
  if (wanted !== undefined) return wanted;
  return update && stored ? '' : undefined;
}

function map<T>(
  wanted: Record<string, T> | undefined,
  stored: Record<string, unknown> | undefined,
  update: boolean,
): Record<string, T> | undefined {
  if (wanted !== undefined) return wanted;
  return update && stored && Object.keys(stored).length > 0 ? {} : undefined;
}

/** Pairs each embedded connection of the bundle with the stored one it updates, if any. */
export function matchEmbedded(
  wanted: readonly BundleEmbeddedConnection[],
  stored: readonly Connection['embeddedConnections'][number][],
): Array<Connection | undefined> {
  const taken = new Set<number>();
  const byName = wanted.map((w) => {
    const qn = w.connection.qualifiedName;
    const index = qn
      ? stored.findIndex((s, i) => !taken.has(i) && s.connection.qualifiedName === qn)
      : -1;
    if (index >= 0) taken.add(index);
    return index;
  });
  return wanted.map((w, i) => {
    let index = byName[i] ?? -1;
    if (index < 0 && !w.connection.qualifiedName) {
      index = stored.findIndex((s, j) => !taken.has(j) && s.position === w.position);
      if (index >= 0) taken.add(index);
    }
    return index >= 0 ? stored[index]?.connection : undefined;
  });
}

function connectionInput(
  wanted: BundleConnection,
  stored: Connection | undefined,
  path: string,
  ctx: BuildContext,
): ConnectionInput {
  const { update, supply, build } = ctx;
  const clear = decideSecret(wanted.clearPassword, stored?.secrets.clearPassword ?? false, supply);
  const encrypted = decideSecret(
    wanted.encryptedPassword,
    stored?.secrets.encryptedPassword ?? false,
    supply,
  );
  const secured = decideSecured(
    wanted.securedProperties,
    stored?.secrets.securedPropertyNames ?? [],
    supply,
  );
  build.secretText.set(`${path}.clearPassword`, clear.display);
  build.secretText.set(`${path}.encryptedPassword`, encrypted.display);
  for (const [key, display] of Object.entries(secured.display))
    build.secretText.set(`${path}.securedProperties.${key}`, display);
  for (const decision of [clear, encrypted]) {
    if (decision.missing) build.missing.push(decision.missing);
    if (decision.used) build.used.push(decision.used);
  }
  build.missing.push(...secured.missing);
  build.used.push(...secured.used);

  const endpoint = wanted.endpoint;
  let endpointGuid: string | undefined;
  if (endpoint?.qualifiedName)
    endpointGuid =
      stored?.endpoint?.qualifiedName === endpoint.qualifiedName
        ? stored.endpoint.guid
        : ctx.endpointGuid(endpoint.qualifiedName);
  if (!endpoint && stored?.endpoint)
    build.notes.push(
      `${path}: the bundle names no endpoint; the platform’s endpoint ${stored.endpoint.qualifiedName ?? stored.endpoint.address ?? ''} is kept (an import never removes one).`,
    );
  if (wanted.additionalProperties && Object.keys(wanted.additionalProperties).length > 0)
    build.notes.push(
      `${path}: additionalProperties of a connection are not written by the console; the platform keeps its own.`,
    );

  const storedType = stored?.connectorType;
  const embedded = wanted.embeddedConnections ?? [];
  const matched = matchEmbedded(embedded, stored?.embeddedConnections ?? []);
  return {
    kind: wanted.kind,
    guid: update ? stored?.guid : undefined,
    qualifiedName: wanted.qualifiedName,
    displayName: text(wanted.displayName, stored?.displayName, update),
    description: text(wanted.description, stored?.description, update),
    userId: text(wanted.userId, stored?.userId, update),
    secrets: {
      clearPassword: clear.write,
      encryptedPassword: encrypted.write,
      securedProperties: secured.write,
    },
    configurationProperties: map(
      wanted.configurationProperties,
      stored?.configurationProperties,
      update,
    ),
    // A connection without a connector type in the bundle keeps the one it has.
    connectorType: wanted.connectorType
      ? { ...wanted.connectorType }
      : storedType
        ? {
            guid: storedType.guid,
            qualifiedName: storedType.qualifiedName,
            connectorProviderClassName: storedType.connectorProviderClassName,
          }
        : {},
    endpoint: endpoint ? { ...endpoint, guid: endpointGuid } : undefined,
    embeddedConnections:
      wanted.kind === 'VirtualConnection'
        ? embedded.map((e, index) => ({
            position: e.position,
            displayName: e.displayName,
            arguments: e.arguments,
            connection: connectionInput(
              e.connection,
              matched[index],
              `${path}.embeddedConnections[${index}].connection`,
              ctx,
            ),
          }))
        : undefined,
  };
}

/**
 * The connector as a create (no stored connector) or a merge update of the stored one, with what
 * its secrets will be and which values are missing.
 */
export function connectorInput(
  wanted: BundleConnector,
  stored: IntegrationConnector | undefined,
  supply: SecretSupply,
  endpointGuid: (qualifiedName: string) => string | undefined,
): ConnectorBuild {
  const update = stored !== undefined;
  const build: ConnectorBuild = {
    input: undefined as unknown as ConnectorInput,
    secretText: new Map(),
    missing: [],
    used: [],
    notes: [],
  };
  const ctx: BuildContext = { supply, endpointGuid, update, build };
  const storedConnection = stored?.connection;
  let connection: ConnectionInput;
  if (wanted.connection) {
    connection = connectionInput(wanted.connection, storedConnection, 'connection', ctx);
  } else if (storedConnection) {
    build.notes.push('The bundle names no connection; the platform’s connection is kept.');
    // Named by GUID with nothing else to say: a merge leaves it as it is.
    connection = {
      kind: storedConnection.kind,
      guid: storedConnection.guid,
      qualifiedName: storedConnection.qualifiedName,
      connectorType: {
        guid: storedConnection.connectorType?.guid,
        qualifiedName: storedConnection.connectorType?.qualifiedName,
        connectorProviderClassName: storedConnection.connectorType?.connectorProviderClassName,
      },
    };
  } else {
    connection = { kind: 'Connection', connectorType: {} };
  }
  build.input = {
    qualifiedName: wanted.qualifiedName,
    name: text(wanted.name, stored?.name, update),
    description: text(wanted.description, stored?.description, update),
    versionIdentifier: text(wanted.versionIdentifier, stored?.versionIdentifier, update),
    usesBlockingCalls: wanted.usesBlockingCalls,
    additionalProperties: map(wanted.additionalProperties, stored?.additionalProperties, update),
    connection,
  };
  build.missing = [...new Set(build.missing)];
  build.used = [...new Set(build.used)];
  return build;
}
