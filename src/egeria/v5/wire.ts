/**
 * Egeria 5.3 wire format: zod schemas for every response the console reads and the types of the
 * bodies it sends. The client parses responses with these; the sandbox types its answers with them,
 * so both agree on one definition. Facts: shared/egeria/api.md §3, §5 and the 5.3 Java beans
 * (Jackson NON_NULL: absent keys mean null; `class` is the simple Java class name).
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Enumerations (serialised as Java constant names). Parsed leniently as strings so that a value a
// newer platform adds does not break a whole page; the domain layer knows the values it expects.

export const CONNECTOR_STATUSES = [
  'INITIALIZED',
  'WAITING',
  'REFRESHING',
  'RUNNING',
  'STOPPED',
  'INITIALIZE_FAILED',
  'CONFIG_FAILED',
  'SHUTDOWN',
  'FAILED',
] as const;
export const GROUP_STATUSES = ['ASSIGNED', 'CONFIGURING', 'RUNNING', 'FAILED', 'DISABLED'] as const;
export const PERMITTED_SYNCHRONIZATIONS = [
  'BOTH_DIRECTIONS',
  'TO_THIRD_PARTY',
  'FROM_THIRD_PARTY',
  'OTHER',
] as const;
export const DELETE_METHODS = ['ARCHIVE', 'SOFT_DELETE', 'OTHER'] as const;

const stringMap = z.record(z.string(), z.string());
const anyMap = z.record(z.string(), z.unknown());
/** Dates are ISO-8601 strings with a `+00:00` offset (Spring Boot's Jackson defaults). */
const isoDate = z.string();

// ---------------------------------------------------------------------------------------------
// FFDC fields, present on every response (relatedHTTPCode always; the rest only on failure).

export const ffdcShape = {
  class: z.string().optional(),
  relatedHTTPCode: z.number().int().optional(),
  exceptionClassName: z.string().optional(),
  exceptionCausedBy: z.string().optional(),
  actionDescription: z.string().optional(),
  exceptionErrorMessage: z.string().optional(),
  exceptionErrorMessageId: z.string().optional(),
  exceptionErrorMessageParameters: z.array(z.string()).optional(),
  exceptionSystemAction: z.string().optional(),
  exceptionUserAction: z.string().optional(),
  exceptionProperties: anyMap.optional(),
};
export const FfdcResponseSchema = z.object(ffdcShape);
export type FfdcResponse = z.infer<typeof FfdcResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Element headers

export const ElementTypeSchema = z.object({
  typeId: z.string().optional(),
  typeName: z.string(),
  superTypeNames: z.array(z.string()).optional(),
  typeVersion: z.number().optional(),
  typeDescription: z.string().optional(),
  typeCategory: z.string().optional(),
});
export type ElementType = z.infer<typeof ElementTypeSchema>;

export const ElementOriginSchema = z.object({
  sourceServer: z.string().optional(),
  originCategory: z.string().optional(),
  homeMetadataCollectionId: z.string().optional(),
  homeMetadataCollectionName: z.string().optional(),
  license: z.string().optional(),
});
export type ElementOrigin = z.infer<typeof ElementOriginSchema>;

export const ElementVersionsSchema = z.object({
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
  maintainedBy: z.array(z.string()).optional(),
  createTime: isoDate.optional(),
  updateTime: isoDate.optional(),
  version: z.number().optional(),
});
export type ElementVersions = z.infer<typeof ElementVersionsSchema>;

export const ElementClassificationSchema = z.object({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  status: z.string().optional(),
  type: ElementTypeSchema.optional(),
  origin: ElementOriginSchema.optional(),
  versions: ElementVersionsSchema.optional(),
  classificationOrigin: z.string().optional(),
  classificationOriginGUID: z.string().optional(),
  classificationName: z.string(),
  classificationProperties: anyMap.optional(),
});
export type ElementClassification = z.infer<typeof ElementClassificationSchema>;

const elementHeaderShape = {
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  status: z.string().optional(),
  type: ElementTypeSchema,
  origin: ElementOriginSchema.optional(),
  versions: ElementVersionsSchema.optional(),
  guid: z.string(),
  classifications: z.array(ElementClassificationSchema).optional(),
};
export const ElementHeaderSchema = z.object(elementHeaderShape);
export type ElementHeader = z.infer<typeof ElementHeaderSchema>;

/** A header for an element at the end of a relationship; `uniqueName` is its qualifiedName when known. */
export const ElementStubSchema = z.object({
  ...elementHeaderShape,
  uniqueName: z.string().optional(),
});
export type ElementStub = z.infer<typeof ElementStubSchema>;

// ---------------------------------------------------------------------------------------------
// OCF connection beans (5.3: Endpoint has `address`, not `networkAddress`).

export const ConnectorTypeSchema = z.object({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  guid: z.string().optional(),
  qualifiedName: z.string().optional(),
  displayName: z.string().optional(),
  description: z.string().optional(),
  additionalProperties: stringMap.optional(),
  connectorProviderClassName: z.string().optional(),
  supportedAssetTypeName: z.string().optional(),
  supportedDeployedImplementationType: z.string().optional(),
  expectedDataFormat: z.string().optional(),
  connectorFrameworkName: z.string().optional(),
  connectorInterfaceLanguage: z.string().optional(),
  connectorInterfaces: z.array(z.string()).optional(),
  targetTechnologySource: z.string().optional(),
  targetTechnologyName: z.string().optional(),
  targetTechnologyInterfaces: z.array(z.string()).optional(),
  targetTechnologyVersions: z.array(z.string()).optional(),
  recognizedAdditionalProperties: z.array(z.string()).optional(),
  recognizedConfigurationProperties: z.array(z.string()).optional(),
  recognizedSecuredProperties: z.array(z.string()).optional(),
});
export type ConnectorType = z.infer<typeof ConnectorTypeSchema>;

export const EndpointSchema = z.object({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  guid: z.string().optional(),
  qualifiedName: z.string().optional(),
  displayName: z.string().optional(),
  description: z.string().optional(),
  additionalProperties: stringMap.optional(),
  address: z.string().optional(),
  protocol: z.string().optional(),
  encryptionMethod: z.string().optional(),
});
export type Endpoint = z.infer<typeof EndpointSchema>;

/** OCF Connection or VirtualConnection (the latter carries `embeddedConnections`). */
export interface Connection {
  class?: string;
  headerVersion?: number;
  guid?: string;
  qualifiedName?: string;
  displayName?: string;
  description?: string;
  additionalProperties?: Record<string, string>;
  extendedProperties?: Record<string, unknown>;
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
  headerVersion?: number;
  position?: number;
  displayName?: string;
  arguments?: Record<string, unknown>;
  embeddedConnection?: Connection;
}

export const ConnectionSchema: z.ZodType<Connection> = z.lazy(() =>
  z.object({
    class: z.string().optional(),
    headerVersion: z.number().optional(),
    guid: z.string().optional(),
    qualifiedName: z.string().optional(),
    displayName: z.string().optional(),
    description: z.string().optional(),
    additionalProperties: stringMap.optional(),
    extendedProperties: anyMap.optional(),
    connectorType: ConnectorTypeSchema.optional(),
    endpoint: EndpointSchema.optional(),
    userId: z.string().optional(),
    encryptedPassword: z.string().optional(),
    clearPassword: z.string().optional(),
    configurationProperties: anyMap.optional(),
    securedProperties: stringMap.optional(),
    embeddedConnections: z.array(EmbeddedConnectionSchema).optional(),
  }),
);

export const EmbeddedConnectionSchema: z.ZodType<EmbeddedConnection> = z.lazy(() =>
  z.object({
    class: z.string().optional(),
    headerVersion: z.number().optional(),
    position: z.number().int().optional(),
    displayName: z.string().optional(),
    arguments: anyMap.optional(),
    embeddedConnection: ConnectionSchema.optional(),
  }),
);

// ---------------------------------------------------------------------------------------------
// Governance configuration service: property beans (request bodies and read-back).

export const IntegrationGroupPropertiesSchema = z.object({
  class: z.string().optional(),
  qualifiedName: z.string(),
  additionalProperties: stringMap.optional(),
  displayName: z.string().optional(),
  description: z.string().optional(),
  version: z.string().optional(),
  patchLevel: z.string().optional(),
  source: z.string().optional(),
});
export type IntegrationGroupProperties = z.infer<typeof IntegrationGroupPropertiesSchema>;

export const IntegrationConnectorPropertiesSchema = z.object({
  class: z.string().optional(),
  qualifiedName: z.string(),
  additionalProperties: stringMap.optional(),
  name: z.string().optional(),
  versionIdentifier: z.string().optional(),
  description: z.string().optional(),
  deployedImplementationType: z.string().optional(),
  usesBlockingCalls: z.boolean().optional(),
  connection: ConnectionSchema.optional(),
});
export type IntegrationConnectorProperties = z.infer<typeof IntegrationConnectorPropertiesSchema>;

export const RegisteredIntegrationConnectorPropertiesSchema = z.object({
  connectorName: z.string(),
  connectorUserId: z.string().optional(),
  metadataSourceQualifiedName: z.string().optional(),
  startDate: isoDate.optional(),
  refreshTimeInterval: z.number().optional(),
  stopDate: isoDate.optional(),
  permittedSynchronization: z.string().optional(),
  generateIntegrationReports: z.boolean().optional(),
});
export type RegisteredIntegrationConnectorProperties = z.infer<
  typeof RegisteredIntegrationConnectorPropertiesSchema
>;

export const CatalogTargetPropertiesSchema = z.object({
  catalogTargetName: z.string().optional(),
  metadataSourceQualifiedName: z.string().optional(),
  connectionName: z.string().optional(),
  configurationProperties: anyMap.optional(),
  templateProperties: stringMap.optional(),
  permittedSynchronization: z.string().optional(),
  deleteMethod: z.string().optional(),
});
export type CatalogTargetProperties = z.infer<typeof CatalogTargetPropertiesSchema>;

// ---------------------------------------------------------------------------------------------
// Governance configuration service: elements (no `class` key on these wrappers).

export const IntegrationGroupElementSchema = z.object({
  elementHeader: ElementHeaderSchema,
  properties: IntegrationGroupPropertiesSchema,
});
export type IntegrationGroupElement = z.infer<typeof IntegrationGroupElementSchema>;

export const CatalogTargetSchema = CatalogTargetPropertiesSchema.extend({
  relationshipGUID: z.string(),
  relationshipVersions: ElementVersionsSchema.optional(),
  catalogTargetElement: ElementStubSchema.optional(),
});
export type CatalogTarget = z.infer<typeof CatalogTargetSchema>;

export const IntegrationConnectorElementSchema = z.object({
  elementHeader: ElementHeaderSchema,
  properties: IntegrationConnectorPropertiesSchema,
  catalogTargets: z.array(CatalogTargetSchema).optional(),
});
export type IntegrationConnectorElement = z.infer<typeof IntegrationConnectorElementSchema>;

/** `connectorId` is the GUID of the RegisteredIntegrationConnector relationship, not of the connector. */
export const RegisteredIntegrationConnectorElementSchema = IntegrationConnectorElementSchema.extend(
  {
    connectorId: z.string().optional(),
    registrationProperties: RegisteredIntegrationConnectorPropertiesSchema.optional(),
  },
);
export type RegisteredIntegrationConnectorElement = z.infer<
  typeof RegisteredIntegrationConnectorElementSchema
>;

// ---------------------------------------------------------------------------------------------
// Responses. Lists omit `elements` when nothing matched; lookups by name omit `element` on a miss.

export const VoidResponseSchema = z.object(ffdcShape);
export type VoidResponse = z.infer<typeof VoidResponseSchema>;
export const GUIDResponseSchema = z.object({ ...ffdcShape, guid: z.string().optional() });
export type GUIDResponse = z.infer<typeof GUIDResponseSchema>;
export const GUIDListResponseSchema = z.object({
  ...ffdcShape,
  guids: z.array(z.string()).optional(),
});
export type GUIDListResponse = z.infer<typeof GUIDListResponseSchema>;
export const BooleanResponseSchema = z.object({ ...ffdcShape, flag: z.boolean().optional() });
export type BooleanResponse = z.infer<typeof BooleanResponseSchema>;

export const IntegrationGroupElementResponseSchema = z.object({
  ...ffdcShape,
  element: IntegrationGroupElementSchema.optional(),
});
export type IntegrationGroupElementResponse = z.infer<typeof IntegrationGroupElementResponseSchema>;
export const IntegrationGroupElementsResponseSchema = z.object({
  ...ffdcShape,
  elements: z.array(IntegrationGroupElementSchema).optional(),
});
export type IntegrationGroupElementsResponse = z.infer<
  typeof IntegrationGroupElementsResponseSchema
>;

export const IntegrationConnectorElementResponseSchema = z.object({
  ...ffdcShape,
  element: IntegrationConnectorElementSchema.optional(),
});
export type IntegrationConnectorElementResponse = z.infer<
  typeof IntegrationConnectorElementResponseSchema
>;
export const IntegrationConnectorElementsResponseSchema = z.object({
  ...ffdcShape,
  elements: z.array(IntegrationConnectorElementSchema).optional(),
});
export type IntegrationConnectorElementsResponse = z.infer<
  typeof IntegrationConnectorElementsResponseSchema
>;

export const RegisteredIntegrationConnectorResponseSchema = z.object({
  ...ffdcShape,
  registeredIntegrationConnector: RegisteredIntegrationConnectorElementSchema.optional(),
});
export type RegisteredIntegrationConnectorResponse = z.infer<
  typeof RegisteredIntegrationConnectorResponseSchema
>;
export const RegisteredIntegrationConnectorsResponseSchema = z.object({
  ...ffdcShape,
  elements: z.array(RegisteredIntegrationConnectorElementSchema).optional(),
});
export type RegisteredIntegrationConnectorsResponse = z.infer<
  typeof RegisteredIntegrationConnectorsResponseSchema
>;

export const CatalogTargetResponseSchema = z.object({
  ...ffdcShape,
  element: CatalogTargetSchema.optional(),
});
export type CatalogTargetResponse = z.infer<typeof CatalogTargetResponseSchema>;
export const CatalogTargetsResponseSchema = z.object({
  ...ffdcShape,
  elements: z.array(CatalogTargetSchema).optional(),
});
export type CatalogTargetsResponse = z.infer<typeof CatalogTargetsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Integration daemon

export const IntegrationConnectorReportSchema = z.object({
  connectorId: z.string().optional(),
  connectorName: z.string(),
  connection: ConnectionSchema.optional(),
  connectorInstanceId: z.string().optional(),
  connectorStatus: z.string().optional(),
  lastStatusChange: isoDate.optional(),
  lastRefreshTime: isoDate.optional(),
  minMinutesBetweenRefresh: z.number().optional(),
  failingExceptionMessage: z.string().optional(),
  statistics: anyMap.optional(),
});
export type IntegrationConnectorReport = z.infer<typeof IntegrationConnectorReportSchema>;

export const IntegrationGroupSummarySchema = z.object({
  integrationGroupName: z.string(),
  integrationGroupGUID: z.string().optional(),
  integrationGroupDescription: z.string().optional(),
  integrationGroupStatus: z.string().optional(),
  integrationConnectorReports: z.array(IntegrationConnectorReportSchema).optional(),
});
export type IntegrationGroupSummary = z.infer<typeof IntegrationGroupSummarySchema>;

export const IntegrationServiceSummarySchema = z.object({
  integrationServiceId: z.number().optional(),
  integrationServiceFullName: z.string().optional(),
  integrationServiceURLMarker: z.string().optional(),
  integrationServiceDescription: z.string().optional(),
  integrationServiceWiki: z.string().optional(),
  integrationConnectorReports: z.array(IntegrationConnectorReportSchema).optional(),
});
export type IntegrationServiceSummary = z.infer<typeof IntegrationServiceSummarySchema>;

export const IntegrationDaemonStatusResponseSchema = z.object({
  ...ffdcShape,
  integrationDaemonStatus: z
    .object({
      integrationServiceSummaries: z.array(IntegrationServiceSummarySchema).optional(),
      integrationGroupSummaries: z.array(IntegrationGroupSummarySchema).optional(),
    })
    .optional(),
});
export type IntegrationDaemonStatusResponse = z.infer<typeof IntegrationDaemonStatusResponseSchema>;

export const IntegrationGroupSummariesResponseSchema = z.object({
  ...ffdcShape,
  integrationGroupSummaries: z.array(IntegrationGroupSummarySchema).optional(),
});
export type IntegrationGroupSummariesResponse = z.infer<
  typeof IntegrationGroupSummariesResponseSchema
>;

export const IntegrationGroupSummaryResponseSchema = z.object({
  ...ffdcShape,
  integrationGroupSummary: IntegrationGroupSummarySchema.optional(),
});
export type IntegrationGroupSummaryResponse = z.infer<typeof IntegrationGroupSummaryResponseSchema>;

export const PropertiesResponseSchema = z.object({ ...ffdcShape, properties: anyMap.optional() });
export type PropertiesResponse = z.infer<typeof PropertiesResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Platform services

export const ServerListResponseSchema = z.object({
  ...ffdcShape,
  serverList: z.array(z.string()).optional(),
});
export type ServerListResponse = z.infer<typeof ServerListResponseSchema>;

export const ServerStatusResponseSchema = z.object({
  ...ffdcShape,
  serverName: z.string().optional(),
  serverType: z.string().optional(),
  isActive: z.boolean().optional(),
  serverStartTime: isoDate.optional(),
  serverEndTime: isoDate.optional(),
  serverHistory: z
    .array(z.object({ startTime: isoDate.optional(), endTime: isoDate.optional() }))
    .optional(),
});
export type ServerStatusResponse = z.infer<typeof ServerStatusResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Request bodies the console sends

export interface DeleteRequestBody {
  class: 'DeleteRequestBody';
  qualifiedName: string;
}
export interface NullRequestBody {
  class: 'NullRequestBody';
}
export interface NameRequestBody {
  class: 'NameRequestBody';
  name: string;
}
export interface StringRequestBody {
  class: 'StringRequestBody';
  string: string;
}
/** `searchString` is a Java regular expression in 5.x. */
export interface SearchStringRequestBody {
  class: 'SearchStringRequestBody';
  searchString: string;
  typeName?: string;
}
export interface ConnectorConfigPropertiesRequestBody {
  connectorName: string;
  mergeUpdate: boolean;
  configurationProperties: Record<string, unknown>;
}
