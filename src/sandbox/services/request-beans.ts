/**
 * Request bodies as Spring/Jackson would bind them for Egeria 5.3's governance-configuration-service
 * and the integration daemon: unknown keys ignored, JSON null the same as absent (http/route-kit),
 * and a `class` type id required on the beans that declare @JsonTypeInfo (a missing or unknown one
 * is a Jackson error, never reaching Egeria). Semantic checks (a null qualifiedName, a null
 * connection) are left to the services, which answer with FFDC errors.
 */
import { z } from 'zod';

const str = z.string().optional();
const stringMap = z.record(z.string(), z.string()).optional();
const anyMap = z.record(z.string(), z.unknown()).optional();
const stringList = z.array(z.string()).optional();
const dateValue = z.union([z.string(), z.number()]).optional();

/** The OCF elements' common fields (connector type, endpoint, connection). */
const referenceable = {
  guid: str,
  qualifiedName: str,
  displayName: str,
  description: str,
  additionalProperties: stringMap,
};

export const ConnectorTypeBean = z.looseObject({
  class: z.literal('ConnectorType'),
  ...referenceable,
  connectorProviderClassName: str,
  supportedAssetTypeName: str,
  supportedDeployedImplementationType: str,
  expectedDataFormat: str,
  connectorFrameworkName: str,
  connectorInterfaceLanguage: str,
  connectorInterfaces: stringList,
  targetTechnologySource: str,
  targetTechnologyName: str,
  targetTechnologyInterfaces: stringList,
  targetTechnologyVersions: stringList,
  recognizedAdditionalProperties: stringList,
  recognizedConfigurationProperties: stringList,
  recognizedSecuredProperties: stringList,
});
export type ConnectorTypeBean = z.infer<typeof ConnectorTypeBean>;

export const EndpointBean = z.looseObject({
  class: z.literal('Endpoint'),
  ...referenceable,
  address: str,
  protocol: str,
  encryptionMethod: str,
});
export type EndpointBean = z.infer<typeof EndpointBean>;

export interface ConnectionBean {
  class: 'Connection' | 'VirtualConnection';
  guid?: string;
  qualifiedName?: string;
  displayName?: string;
  description?: string;
  additionalProperties?: Record<string, string>;
  connectorType?: ConnectorTypeBean;
  endpoint?: EndpointBean;
  userId?: string;
  encryptedPassword?: string;
  clearPassword?: string;
  configurationProperties?: Record<string, unknown>;
  securedProperties?: Record<string, string>;
  embeddedConnections?: EmbeddedConnectionBean[];
}

export interface EmbeddedConnectionBean {
  class: 'EmbeddedConnection';
  position?: number;
  displayName?: string;
  arguments?: Record<string, unknown>;
  embeddedConnection?: ConnectionBean;
}

export const ConnectionBean: z.ZodType<ConnectionBean> = z.lazy(() =>
  z.looseObject({
    class: z.enum(['Connection', 'VirtualConnection']),
    ...referenceable,
    connectorType: ConnectorTypeBean.optional(),
    endpoint: EndpointBean.optional(),
    userId: str,
    encryptedPassword: str,
    clearPassword: str,
    configurationProperties: anyMap,
    securedProperties: stringMap,
    embeddedConnections: z.array(EmbeddedConnectionBean).optional(),
  }),
);

export const EmbeddedConnectionBean: z.ZodType<EmbeddedConnectionBean> = z.lazy(() =>
  z.looseObject({
    class: z.literal('EmbeddedConnection'),
    position: z.number().int().optional(),
    displayName: str,
    arguments: anyMap,
    embeddedConnection: ConnectionBean.optional(),
  }),
);

export const IntegrationGroupPropertiesBean = z.looseObject({
  class: z.literal('IntegrationGroupProperties'),
  qualifiedName: str,
  additionalProperties: stringMap,
  displayName: str,
  description: str,
  version: str,
  patchLevel: str,
  source: str,
});
export type IntegrationGroupPropertiesBean = z.infer<typeof IntegrationGroupPropertiesBean>;

export const IntegrationConnectorPropertiesBean = z.looseObject({
  class: z.literal('IntegrationConnectorProperties'),
  qualifiedName: str,
  additionalProperties: stringMap,
  name: str,
  versionIdentifier: str,
  description: str,
  deployedImplementationType: str,
  usesBlockingCalls: z.boolean().optional(),
  connection: ConnectionBean.optional(),
});
export type IntegrationConnectorPropertiesBean = z.infer<typeof IntegrationConnectorPropertiesBean>;

export const PERMITTED_SYNCHRONIZATION = z.enum([
  'BOTH_DIRECTIONS',
  'TO_THIRD_PARTY',
  'FROM_THIRD_PARTY',
  'OTHER',
]);
export const DELETE_METHOD = z.enum(['ARCHIVE', 'SOFT_DELETE', 'OTHER']);

/** No @JsonTypeInfo on this 5.x bean: `class` is neither needed nor checked. */
export const RegisteredIntegrationConnectorPropertiesBean = z.looseObject({
  connectorName: str,
  connectorUserId: str,
  metadataSourceQualifiedName: str,
  startDate: dateValue,
  refreshTimeInterval: z.number().int().optional(),
  stopDate: dateValue,
  permittedSynchronization: PERMITTED_SYNCHRONIZATION.optional(),
  generateIntegrationReports: z.boolean().optional(),
});
export type RegisteredIntegrationConnectorPropertiesBean = z.infer<
  typeof RegisteredIntegrationConnectorPropertiesBean
>;

/** No @JsonTypeInfo on this 5.x bean either. */
export const CatalogTargetPropertiesBean = z.looseObject({
  catalogTargetName: str,
  metadataSourceQualifiedName: str,
  connectionName: str,
  configurationProperties: anyMap,
  templateProperties: stringMap,
  permittedSynchronization: PERMITTED_SYNCHRONIZATION.optional(),
  deleteMethod: DELETE_METHOD.optional(),
});
export type CatalogTargetPropertiesBean = z.infer<typeof CatalogTargetPropertiesBean>;

export const DeleteRequestBodyBean = z.looseObject({
  class: z.literal('DeleteRequestBody'),
  qualifiedName: str,
});

/** NullRequestBody: any JSON object binds (the notes found `{}` accepted). */
export const NullRequestBodyBean = z.looseObject({
  class: z.literal('NullRequestBody').optional(),
});

/** NameRequestBody: `class` tolerated when absent (no @JsonTypeInfo forces it). */
export const NameRequestBodyBean = z.looseObject({
  class: z.literal('NameRequestBody').optional(),
  name: str,
});

export const StringRequestBodyBean = z.looseObject({
  class: z.literal('StringRequestBody'),
  string: str,
});

export const ConnectorConfigPropertiesRequestBodyBean = z.looseObject({
  connectorName: str,
  mergeUpdate: z.boolean().optional(),
  configurationProperties: anyMap,
});
