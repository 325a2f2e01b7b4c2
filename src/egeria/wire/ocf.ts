/**
 * The Open Connector Framework's connection beans (Connection, VirtualConnection, ConnectorType,
 * Endpoint, EmbeddedConnection), as the 5.3 governance-configuration-service and both releases'
 * integration daemons send and accept them. One difference between releases lives here: the
 * endpoint's address is `address` in 5.x and `networkAddress` in 6.x.
 */
import { z } from 'zod';
import { optionalStrings } from './fields';
import type * as M from '../model';
import { compact, nonEmpty } from './values';

const stringMap = z.record(z.string(), z.string());
const anyMap = z.record(z.string(), z.unknown());

export type EndpointAddressKey = 'address' | 'networkAddress';

/** The fields connector types, endpoints and connections share (OCF's Referenceable, in part). */
const referenceable = optionalStrings(
  ...(['class', 'guid', 'qualifiedName', 'displayName', 'description'] as const),
);

/** A connector type's text properties, the same in the OCF bean and 6.x's element properties. */
export const CONNECTOR_TYPE_TEXT = [
  'connectorProviderClassName',
  'supportedAssetTypeName',
  'supportedDeployedImplementationType',
  'connectorFrameworkName',
  'connectorInterfaceLanguage',
  'targetTechnologyName',
] as const;

export const ConnectorTypeSchema = z.looseObject({
  ...referenceable,
  ...optionalStrings(...CONNECTOR_TYPE_TEXT),
  recognizedAdditionalProperties: z.array(z.string()).optional(),
  recognizedConfigurationProperties: z.array(z.string()).optional(),
  recognizedSecuredProperties: z.array(z.string()).optional(),
});
export type ConnectorType = z.infer<typeof ConnectorTypeSchema>;

export const EndpointSchema = z.looseObject({
  ...referenceable,
  ...optionalStrings('address', 'networkAddress', 'protocol', 'encryptionMethod'),
});
export type Endpoint = z.infer<typeof EndpointSchema>;

export interface Connection {
  class?: string;
  guid?: string;
  qualifiedName?: string;
  displayName?: string;
  description?: string;
  additionalProperties?: Record<string, string>;
  connectorType?: ConnectorType;
  endpoint?: Endpoint;
  userId?: string;
  encryptedPassword?: string;
  clearPassword?: string;
  configurationProperties?: Record<string, unknown>;
  securedProperties?: Record<string, string>;
  embeddedConnections?: EmbeddedConnection[];
}
export interface EmbeddedConnection {
  class?: string;
  position?: number;
  displayName?: string;
  arguments?: Record<string, unknown>;
  embeddedConnection?: Connection;
}

export const ConnectionSchema: z.ZodType<Connection> = z.lazy(() =>
  z.looseObject({
    ...referenceable,
    additionalProperties: stringMap.optional(),
    connectorType: ConnectorTypeSchema.optional(),
    endpoint: EndpointSchema.optional(),
    ...optionalStrings('userId', 'encryptedPassword', 'clearPassword'),
    configurationProperties: anyMap.optional(),
    securedProperties: stringMap.optional(),
    embeddedConnections: z.array(EmbeddedConnectionSchema).optional(),
  }),
);
export const EmbeddedConnectionSchema: z.ZodType<EmbeddedConnection> = z.lazy(() =>
  z.looseObject({
    class: z.string().optional(),
    position: z.number().int().optional(),
    displayName: z.string().optional(),
    arguments: anyMap.optional(),
    embeddedConnection: ConnectionSchema.optional(),
  }),
);

// ------------------------------------------------------------------------------------- reads

export function toConnectorType(wire: ConnectorType): M.ConnectorType {
  return {
    guid: wire.guid,
    qualifiedName: wire.qualifiedName,
    displayName: wire.displayName,
    description: wire.description,
    connectorProviderClassName: wire.connectorProviderClassName,
    supportedAssetTypeName: wire.supportedAssetTypeName,
    supportedDeployedImplementationType: wire.supportedDeployedImplementationType,
    connectorFrameworkName: wire.connectorFrameworkName,
    connectorInterfaceLanguage: wire.connectorInterfaceLanguage,
    targetTechnologyName: wire.targetTechnologyName,
    recognizedConfigurationProperties: wire.recognizedConfigurationProperties ?? [],
    recognizedSecuredProperties: wire.recognizedSecuredProperties ?? [],
    recognizedAdditionalProperties: wire.recognizedAdditionalProperties ?? [],
  };
}

export function toEndpoint(wire: Endpoint): M.Endpoint {
  return {
    guid: wire.guid,
    qualifiedName: wire.qualifiedName,
    displayName: wire.displayName,
    description: wire.description,
    address: wire.address ?? wire.networkAddress,
    protocol: wire.protocol,
    encryptionMethod: wire.encryptionMethod,
  };
}

const isSet = (value: unknown): boolean => typeof value === 'string' && value.length > 0;

export function toConnection(wire: Connection): M.Connection {
  const embedded = (wire.embeddedConnections ?? [])
    .filter(
      (e): e is EmbeddedConnection & { embeddedConnection: Connection } => !!e.embeddedConnection,
    )
    .map((e, index) => ({
      position: e.position ?? index,
      displayName: e.displayName,
      arguments: e.arguments ?? {},
      connection: toConnection(e.embeddedConnection),
    }))
    .sort((a, b) => a.position - b.position);
  return {
    kind:
      wire.class === 'VirtualConnection' || embedded.length > 0
        ? 'VirtualConnection'
        : 'Connection',
    guid: wire.guid,
    qualifiedName: wire.qualifiedName,
    displayName: wire.displayName,
    description: wire.description,
    userId: wire.userId,
    secrets: {
      clearPassword: isSet(wire.clearPassword),
      encryptedPassword: isSet(wire.encryptedPassword),
      securedPropertyNames: Object.keys(wire.securedProperties ?? {}).sort(),
    },
    configurationProperties: wire.configurationProperties ?? {},
    additionalProperties: wire.additionalProperties ?? {},
    connectorType: wire.connectorType ? toConnectorType(wire.connectorType) : undefined,
    endpoint: wire.endpoint ? toEndpoint(wire.endpoint) : undefined,
    embeddedConnections: embedded,
  };
}

// ------------------------------------------------------------------------------------ writes

export function fromConnectorTypeInput(ct: M.ConnectionInput['connectorType']): ConnectorType {
  return compact<ConnectorType>({
    class: 'ConnectorType',
    guid: ct.guid,
    qualifiedName: ct.qualifiedName,
    displayName: ct.displayName,
    description: ct.description,
    connectorProviderClassName: ct.connectorProviderClassName,
    supportedAssetTypeName: ct.supportedAssetTypeName,
    supportedDeployedImplementationType: ct.supportedDeployedImplementationType,
    connectorFrameworkName: ct.connectorFrameworkName,
    connectorInterfaceLanguage: ct.connectorInterfaceLanguage,
    targetTechnologyName: ct.targetTechnologyName,
    recognizedConfigurationProperties: nonEmpty(ct.recognizedConfigurationProperties),
    recognizedSecuredProperties: nonEmpty(ct.recognizedSecuredProperties),
    recognizedAdditionalProperties: nonEmpty(ct.recognizedAdditionalProperties),
  });
}

/** The connection as an OCF bean, with the endpoint's address under the release's key. */
export function fromConnectionInput(
  input: M.ConnectionInput,
  addressKey: EndpointAddressKey,
): Connection {
  const embedded = input.embeddedConnections ?? [];
  const endpoint = input.endpoint;
  return compact<Connection>({
    class: input.kind === 'VirtualConnection' ? 'VirtualConnection' : 'Connection',
    guid: input.guid,
    qualifiedName: input.qualifiedName,
    displayName: input.displayName,
    description: input.description,
    connectorType: fromConnectorTypeInput(input.connectorType),
    endpoint:
      endpoint && (endpoint.address || endpoint.qualifiedName)
        ? compact<Endpoint>({
            class: 'Endpoint',
            guid: endpoint.guid,
            qualifiedName: endpoint.qualifiedName,
            displayName: endpoint.displayName,
            description: endpoint.description,
            [addressKey]: endpoint.address,
            protocol: endpoint.protocol,
            encryptionMethod: endpoint.encryptionMethod,
          })
        : undefined,
    userId: input.userId,
    clearPassword: input.secrets?.clearPassword,
    encryptedPassword: input.secrets?.encryptedPassword,
    // A map given, even empty, is sent: on a merge update it is the only way to clear the stored one.
    securedProperties: input.secrets?.securedProperties,
    configurationProperties: input.configurationProperties,
    embeddedConnections:
      input.kind === 'VirtualConnection' && embedded.length > 0
        ? embedded.map((e) =>
            compact<EmbeddedConnection>({
              class: 'EmbeddedConnection',
              position: e.position,
              displayName: e.displayName,
              arguments: nonEmpty(e.arguments),
              embeddedConnection: fromConnectionInput(e.connection, addressKey),
            }),
          )
        : undefined,
  });
}
