/**
 * Egeria 6.x wire format: zod schemas for the responses the console reads and the types of the
 * bodies it sends, shared by the client and the sandbox. Facts: shared/egeria/api.md §4, §5, §7
 * and docs/egeria-6.x-wire-notes.md. Every body names its bean in `class`; element properties are
 * typed beans with their own `class`; reads are POSTs with an optional body; lists page with
 * `startFrom` / `pageSize` in the body. Responses are parsed leniently (unknown keys kept) because
 * 6.x beans grow with every release.
 */
import { z } from 'zod';
import {
  ElementOriginSchema,
  ElementTypeSchema,
  ElementVersionsSchema,
  ffdcShape as ffdcShape5,
} from '../v5/wire';
import {
  ElementPropertiesSchema,
  OpenMetadataElementSchema,
  type ElementProperties,
} from '../generic-beans';

export { ElementPropertiesSchema, OpenMetadataElementSchema };
export type { ElementProperties, OpenMetadataElement, PropertyValue } from '../generic-beans';

const anyMap = z.record(z.string(), z.unknown());
const isoDate = z.string();

// ---------------------------------------------------------------------------------------------
// FFDC: 6.x adds requestId and exceptionSubclassName (6.2 also exceptionURL).

export const ffdcShape = {
  ...ffdcShape5,
  requestId: z.string().optional(),
  exceptionSubclassName: z.string().optional(),
  exceptionURL: z.string().optional(),
};
export const FfdcResponseSchema = z.object(ffdcShape);
export type FfdcResponse = z.infer<typeof FfdcResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Element headers. 6.x puts classifications in named slots (anchor, zoneMembership, …,
// otherClassifications); the console reads none of them, so they pass through unparsed.

export const ElementVersions6Schema = ElementVersionsSchema.extend({
  lastRequestId: z.string().optional(),
});

export const ElementHeader6Schema = z.looseObject({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  status: z.string().optional(),
  type: ElementTypeSchema,
  origin: ElementOriginSchema.optional(),
  versions: ElementVersions6Schema.optional(),
  guid: z.string(),
});
export type ElementHeader6 = z.infer<typeof ElementHeader6Schema>;

/** A relationship's header: the same bean, the GUID being the relationship's. */
export const RelationshipHeaderSchema = ElementHeader6Schema;

/** Typed properties (`class` names the bean, `typeName` the open metadata type). */
export const BeanPropertiesSchema = anyMap;
export type BeanProperties = Record<string, unknown>;

export const MetadataElementSummarySchema = z.looseObject({
  class: z.string().optional(),
  elementHeader: ElementHeader6Schema,
  properties: BeanPropertiesSchema.optional(),
});
export type MetadataElementSummary = z.infer<typeof MetadataElementSummarySchema>;

/**
 * One relationship of an element, with the element at its other end. `relationshipProperties` is a
 * typed bean at 6.1 (a plain string map in earlier 6.0 builds; both read the same way).
 */
export const RelatedMetadataElementSummarySchema = z.looseObject({
  relationshipHeader: RelationshipHeaderSchema,
  relationshipProperties: anyMap.optional(),
  effectiveFromTime: isoDate.optional(),
  effectiveToTime: isoDate.optional(),
  relatedElement: MetadataElementSummarySchema,
  relatedElementAtEnd1: z.boolean().optional(),
});
export type RelatedMetadataElementSummary = z.infer<typeof RelatedMetadataElementSummarySchema>;

export const RelatedBySchema = z.looseObject({
  relationshipHeader: RelationshipHeaderSchema.optional(),
  relationshipProperties: anyMap.optional(),
  effectiveFromTime: isoDate.optional(),
  effectiveToTime: isoDate.optional(),
});

const related = z.array(RelatedMetadataElementSummarySchema).optional();

/** OpenMetadataRootElement with the relationship lists the console reads (AttributedMetadataElement). */
export const OpenMetadataRootElementSchema = z.looseObject({
  class: z.string().optional(),
  elementHeader: ElementHeader6Schema,
  properties: BeanPropertiesSchema.optional(),
  relatedBy: RelatedBySchema.optional(),
  // RegisteredIntegrationConnector
  supportedIntegrationConnectors: related,
  includedInIntegrationGroups: related,
  // CatalogTarget
  catalogTargets: related,
  refreshedByConnectors: related,
  // AssetConnection (ResourceConnection from 6.2)
  connections: related,
  connectedAssets: related,
  // ConnectionConnectorType, ConnectToEndpoint: at most one each
  connectorType: RelatedMetadataElementSummarySchema.optional(),
  endpoint: RelatedMetadataElementSummarySchema.optional(),
  // EmbeddedConnection
  embeddedConnections: related,
  parentConnections: related,
  mermaidGraph: z.string().optional(),
});
export type OpenMetadataRootElement = z.infer<typeof OpenMetadataRootElementSchema>;

// ---------------------------------------------------------------------------------------------
// Generic beans (property values, OpenMetadataElement) are shared with 5.3: ../generic-beans.ts

export const OpenMetadataElementStubSchema = z.looseObject({
  class: z.string().optional(),
  guid: z.string().optional(),
  type: ElementTypeSchema.optional(),
  status: z.string().optional(),
  uniqueName: z.string().optional(),
});

export const OpenMetadataRelationshipSchema = z.looseObject({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  status: z.string().optional(),
  versions: ElementVersions6Schema.optional(),
  relationshipGUID: z.string(),
  relationshipType: ElementTypeSchema.optional(),
  effectiveFromTime: isoDate.optional(),
  effectiveToTime: isoDate.optional(),
  relationshipProperties: ElementPropertiesSchema.optional(),
  elementGUIDAtEnd1: z.string().optional(),
  elementAtEnd1: OpenMetadataElementStubSchema.optional(),
  elementGUIDAtEnd2: z.string().optional(),
  elementAtEnd2: OpenMetadataElementStubSchema.optional(),
});
export type OpenMetadataRelationship = z.infer<typeof OpenMetadataRelationshipSchema>;

// ---------------------------------------------------------------------------------------------
// OCF connection beans, 6.x form: Endpoint has `networkAddress`; Referenceable adds
// `versionIdentifier` and `url`. Used by the daemon's reports and its connection update.

export const ConnectorType6Schema = z.looseObject({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  guid: z.string().optional(),
  qualifiedName: z.string().optional(),
  displayName: z.string().optional(),
  description: z.string().optional(),
  connectorProviderClassName: z.string().optional(),
  supportedAssetTypeName: z.string().optional(),
  supportedDeployedImplementationType: z.string().optional(),
  connectorFrameworkName: z.string().optional(),
  connectorInterfaceLanguage: z.string().optional(),
  targetTechnologyName: z.string().optional(),
  recognizedAdditionalProperties: z.array(z.string()).optional(),
  recognizedConfigurationProperties: z.array(z.string()).optional(),
  recognizedSecuredProperties: z.array(z.string()).optional(),
});
export type ConnectorType6 = z.infer<typeof ConnectorType6Schema>;

export const Endpoint6Schema = z.looseObject({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  guid: z.string().optional(),
  qualifiedName: z.string().optional(),
  displayName: z.string().optional(),
  description: z.string().optional(),
  networkAddress: z.string().optional(),
  protocol: z.string().optional(),
  encryptionMethod: z.string().optional(),
});
export type Endpoint6 = z.infer<typeof Endpoint6Schema>;

export interface Connection6 {
  class?: string;
  headerVersion?: number;
  guid?: string;
  qualifiedName?: string;
  displayName?: string;
  description?: string;
  versionIdentifier?: string;
  url?: string;
  additionalProperties?: Record<string, string>;
  connectorType?: ConnectorType6;
  endpoint?: Endpoint6;
  userId?: string;
  encryptedPassword?: string;
  clearPassword?: string;
  configurationProperties?: Record<string, unknown>;
  securedProperties?: Record<string, string>;
  embeddedConnections?: EmbeddedConnection6[];
}
export interface EmbeddedConnection6 {
  class?: string;
  headerVersion?: number;
  position?: number;
  displayName?: string;
  arguments?: Record<string, unknown>;
  embeddedConnection?: Connection6;
}

export const Connection6Schema: z.ZodType<Connection6> = z.lazy(() =>
  z.looseObject({
    class: z.string().optional(),
    headerVersion: z.number().optional(),
    guid: z.string().optional(),
    qualifiedName: z.string().optional(),
    displayName: z.string().optional(),
    description: z.string().optional(),
    versionIdentifier: z.string().optional(),
    url: z.string().optional(),
    additionalProperties: z.record(z.string(), z.string()).optional(),
    connectorType: ConnectorType6Schema.optional(),
    endpoint: Endpoint6Schema.optional(),
    userId: z.string().optional(),
    encryptedPassword: z.string().optional(),
    clearPassword: z.string().optional(),
    configurationProperties: anyMap.optional(),
    securedProperties: z.record(z.string(), z.string()).optional(),
    embeddedConnections: z.array(EmbeddedConnection6Schema).optional(),
  }),
);
export const EmbeddedConnection6Schema: z.ZodType<EmbeddedConnection6> = z.lazy(() =>
  z.looseObject({
    class: z.string().optional(),
    headerVersion: z.number().optional(),
    position: z.number().int().optional(),
    displayName: z.string().optional(),
    arguments: anyMap.optional(),
    embeddedConnection: Connection6Schema.optional(),
  }),
);

// ---------------------------------------------------------------------------------------------
// Responses

export const VoidResponseSchema = z.object(ffdcShape);
export type VoidResponse = z.infer<typeof VoidResponseSchema>;
export const GUIDResponseSchema = z.object({ ...ffdcShape, guid: z.string().optional() });
export type GUIDResponse = z.infer<typeof GUIDResponseSchema>;
export const BooleanResponseSchema = z.object({ ...ffdcShape, flag: z.boolean().optional() });
export type BooleanResponse = z.infer<typeof BooleanResponseSchema>;

export const OpenMetadataRootElementResponseSchema = z.object({
  ...ffdcShape,
  element: OpenMetadataRootElementSchema.optional(),
});
export type OpenMetadataRootElementResponse = z.infer<typeof OpenMetadataRootElementResponseSchema>;
export const OpenMetadataRootElementsResponseSchema = z.object({
  ...ffdcShape,
  elements: z.array(OpenMetadataRootElementSchema).optional(),
  mermaidGraph: z.string().optional(),
});
export type OpenMetadataRootElementsResponse = z.infer<
  typeof OpenMetadataRootElementsResponseSchema
>;
export const OpenMetadataRelationshipResponseSchema = z.object({
  ...ffdcShape,
  element: OpenMetadataRelationshipSchema.optional(),
});
export type OpenMetadataRelationshipResponse = z.infer<
  typeof OpenMetadataRelationshipResponseSchema
>;
export const OpenMetadataElementsResponseSchema = z.object({
  ...ffdcShape,
  elementList: z.array(OpenMetadataElementSchema).optional(),
  mermaidGraph: z.string().optional(),
});
export type OpenMetadataElementsResponse = z.infer<typeof OpenMetadataElementsResponseSchema>;

// Integration daemon (no userId in 6.x paths; reports name the connector and group GUIDs).

export const IntegrationConnectorReport6Schema = z.looseObject({
  connectorId: z.string().optional(),
  connectorGUID: z.string().optional(),
  integrationGroupGUID: z.string().optional(),
  connectorName: z.string(),
  connection: Connection6Schema.optional(),
  connectorInstanceId: z.string().optional(),
  connectorStatus: z.string().optional(),
  lastStatusChange: isoDate.optional(),
  lastRefreshTime: isoDate.optional(),
  minMinutesBetweenRefresh: z.number().optional(),
  failingExceptionMessage: z.string().optional(),
  statistics: anyMap.optional(),
});
export type IntegrationConnectorReport6 = z.infer<typeof IntegrationConnectorReport6Schema>;

export const IntegrationGroupSummary6Schema = z.looseObject({
  integrationGroupName: z.string(),
  integrationGroupGUID: z.string().optional(),
  integrationGroupDescription: z.string().optional(),
  integrationGroupStatus: z.string().optional(),
  lastRefreshTime: isoDate.optional(),
  integrationConnectorReports: z.array(IntegrationConnectorReport6Schema).optional(),
});
export type IntegrationGroupSummary6 = z.infer<typeof IntegrationGroupSummary6Schema>;

export const IntegrationDaemonStatusResponse6Schema = z.object({
  ...ffdcShape,
  integrationDaemonStatus: z
    .looseObject({
      integrationGroupSummaries: z.array(IntegrationGroupSummary6Schema).optional(),
      integrationConnectorReports: z.array(IntegrationConnectorReport6Schema).optional(),
    })
    .optional(),
});
export type IntegrationDaemonStatusResponse6 = z.infer<
  typeof IntegrationDaemonStatusResponse6Schema
>;
export const IntegrationGroupSummariesResponse6Schema = z.object({
  ...ffdcShape,
  integrationGroupSummaries: z.array(IntegrationGroupSummary6Schema).optional(),
});
export type IntegrationGroupSummariesResponse6 = z.infer<
  typeof IntegrationGroupSummariesResponse6Schema
>;
export const IntegrationGroupSummaryResponse6Schema = z.object({
  ...ffdcShape,
  integrationGroupSummary: IntegrationGroupSummary6Schema.optional(),
});
export type IntegrationGroupSummaryResponse6 = z.infer<
  typeof IntegrationGroupSummaryResponse6Schema
>;
export const PropertiesResponseSchema = z.object({ ...ffdcShape, properties: anyMap.optional() });
export type PropertiesResponse = z.infer<typeof PropertiesResponseSchema>;

// Platform services (same beans as 5.x, no userId in the path).

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
// Request bodies the console sends (every one names its bean in `class`).

/** The options every body may carry (BasicOptions / MetadataSourceOptions); the console sends none. */
interface RequestBody {
  class: string;
}
export interface GetRequestBody extends RequestBody {
  class: 'GetRequestBody';
  includeOnlyRelationships?: string[];
  skipRelationships?: string[];
  relationshipsPageSize?: number;
  graphQueryDepth?: number;
}
export interface ResultsRequestBody extends RequestBody {
  class: 'ResultsRequestBody';
  startFrom: number;
  pageSize: number;
}
export interface FilterRequestBody extends RequestBody {
  class: 'FilterRequestBody';
  filter: string;
  metadataElementTypeName?: string;
  startFrom: number;
  pageSize: number;
}
export interface SearchStringRequestBody extends RequestBody {
  class: 'SearchStringRequestBody';
  searchString: string;
  startsWith?: boolean;
  endsWith?: boolean;
  ignoreCase?: boolean;
  metadataElementTypeName?: string;
  metadataElementSubtypeNames?: string[];
  startFrom: number;
  pageSize: number;
}
export interface NewElementRequestBody extends RequestBody {
  class: 'NewElementRequestBody';
  properties: BeanProperties;
  parentGUID?: string;
  parentRelationshipTypeName?: string;
  parentAtEnd1?: boolean;
}
export interface UpdateElementRequestBody extends RequestBody {
  class: 'UpdateElementRequestBody';
  mergeUpdate: boolean;
  properties: BeanProperties;
}
export interface DeleteElementRequestBody extends RequestBody {
  class: 'DeleteElementRequestBody';
  cascadedDelete?: boolean;
}
export interface NewRelationshipRequestBody extends RequestBody {
  class: 'NewRelationshipRequestBody';
  properties?: BeanProperties;
}
export interface UpdateRelationshipRequestBody extends RequestBody {
  class: 'UpdateRelationshipRequestBody';
  mergeUpdate: boolean;
  properties: BeanProperties;
}
export interface DeleteRelationshipRequestBody extends RequestBody {
  class: 'DeleteRelationshipRequestBody';
}
export interface NewRelatedElementsRequestBody extends RequestBody {
  class: 'NewRelatedElementsRequestBody';
  typeName: string;
  metadataElement1GUID: string;
  metadataElement2GUID: string;
  properties?: ElementProperties & { class: 'NewElementProperties' };
}
export interface UpdatePropertiesRequestBody extends RequestBody {
  class: 'UpdatePropertiesRequestBody';
  /** True: the properties replace the stored ones; false: they are merged in. */
  replaceProperties: boolean;
  properties: ElementProperties & { class: 'ElementProperties' };
}
export interface MetadataDeleteRequestBody extends RequestBody {
  class: 'OpenMetadataDeleteRequestBody';
}
export interface NameRequestBody extends RequestBody {
  class: 'NameRequestBody';
  name?: string;
}
export interface StringRequestBody extends RequestBody {
  class: 'StringRequestBody';
  string: string;
}
export interface ConnectorConfigPropertiesRequestBody {
  class: 'ConnectorConfigPropertiesRequestBody';
  connectorName: string;
  mergeUpdate: boolean;
  configurationProperties: Record<string, unknown>;
}
export interface LoginRequest {
  userId: string;
  password: string;
}
