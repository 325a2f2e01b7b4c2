/**
 * Egeria 6.x view-service beans: the elements and relationships asset-maker, connection-maker and
 * metadata-expert answer with, and the request bodies the console sends. Every body names its bean
 * in `class`; element properties are typed beans with their own `class`; reads are POSTs with an
 * optional body. Responses are parsed leniently (unknown keys kept): 6.x beans grow every release.
 * The daemon, platform and generic beans are shared with 5.3 (../apis, ../wire).
 */
import { z } from 'zod';
import { ffdcShape } from '../wire/ffdc';
import { ElementHeaderSchema } from '../wire/header';
import type { ElementProperties } from '../wire/generic';
import {
  OpenMetadataRelationshipSchema,
  type OpenMetadataRelationship,
} from '../wire/relationships';

const anyMap = z.record(z.string(), z.unknown());

export type BeanProperties = Record<string, unknown>;

export const MetadataElementSummarySchema = z.looseObject({
  class: z.string().optional(),
  elementHeader: ElementHeaderSchema,
  properties: anyMap.optional(),
});
export type MetadataElementSummary = z.infer<typeof MetadataElementSummarySchema>;

/**
 * One relationship of an element, with the element at its other end. For an asset's connections
 * 6.x answers a hierarchy (RelatedMetadataHierarchySummary): the connection's connector type and
 * endpoint as `sideLinks`, its embedded connections as `nestedElements`, to graphQueryDepth.
 */
export interface RelatedMetadataElementSummary {
  class?: string;
  relationshipHeader: z.infer<typeof ElementHeaderSchema>;
  relationshipProperties?: Record<string, unknown>;
  relatedElement: MetadataElementSummary;
  relatedElementAtEnd1?: boolean;
  sideLinks?: RelatedMetadataElementSummary[];
  nestedElements?: RelatedMetadataElementSummary[];
}
export const RelatedMetadataElementSummarySchema: z.ZodType<RelatedMetadataElementSummary> = z.lazy(
  () =>
    z.looseObject({
      class: z.string().optional(),
      relationshipHeader: ElementHeaderSchema,
      relationshipProperties: anyMap.optional(),
      relatedElement: MetadataElementSummarySchema,
      relatedElementAtEnd1: z.boolean().optional(),
      sideLinks: z.array(RelatedMetadataElementSummarySchema).optional(),
      nestedElements: z.array(RelatedMetadataElementSummarySchema).optional(),
    }),
);

const related = z.array(RelatedMetadataElementSummarySchema).optional();

/**
 * OpenMetadataRootElement with the relationship lists the console reads. Lists it does not name
 * stay in the parsed object (loose), which is how uses of an element are counted whatever a release
 * calls the list (6.2 renames `connectedAssets` to `connectedResources`).
 */
export const OpenMetadataRootElementSchema = z.looseObject({
  class: z.string().optional(),
  elementHeader: ElementHeaderSchema,
  properties: anyMap.optional(),
  relatedBy: z
    .looseObject({
      relationshipHeader: ElementHeaderSchema.optional(),
      relationshipProperties: anyMap.optional(),
    })
    .optional(),
  supportedIntegrationConnectors: related,
  includedInIntegrationGroups: related,
  connections: related,
  connectorType: RelatedMetadataElementSummarySchema.optional(),
  endpoint: RelatedMetadataElementSummarySchema.optional(),
  embeddedConnections: related,
});
export type OpenMetadataRootElement = z.infer<typeof OpenMetadataRootElementSchema>;

export const OpenMetadataRootElementResponseSchema = z.object({
  ...ffdcShape,
  element: OpenMetadataRootElementSchema.optional(),
});
export const OpenMetadataRootElementsResponseSchema = z.object({
  ...ffdcShape,
  elements: z.array(OpenMetadataRootElementSchema).optional(),
});

export { OpenMetadataRelationshipSchema, type OpenMetadataRelationship };
export const OpenMetadataRelationshipResponseSchema = z.object({
  ...ffdcShape,
  element: OpenMetadataRelationshipSchema.optional(),
});

// ---------------------------------------------------------------------------------------------
// Request bodies (GetOptions, QueryOptions, SearchOptions, UpdateOptions … in 6.1's open metadata
// framework; `mergeUpdate` defaults to true there, graphQueryDepth to 5, maxMermaidNodeCount to 5).

/** What a read asks for: which relationships, how deep, and no mermaid graph (the console draws its own). */
export interface ReadOptions {
  includeOnlyRelationships?: string[];
  relationshipsPageSize?: number;
  /** 0: no relationships; 1: direct ones; more: an asset's connection hierarchy to that depth. */
  graphQueryDepth: number;
  maxMermaidNodeCount: 0;
}
export interface GetRequestBody extends ReadOptions {
  class: 'GetRequestBody';
}
export interface ResultsRequestBody extends ReadOptions {
  class: 'ResultsRequestBody';
  startFrom: number;
  pageSize: number;
}
export interface FilterRequestBody extends ReadOptions {
  class: 'FilterRequestBody';
  filter: string;
  metadataElementTypeName?: string;
  startFrom: number;
  pageSize: number;
}
/** With no `searchString` a search lists every element of the type; `"*"` is not a wildcard. */
export interface SearchStringRequestBody extends ReadOptions {
  class: 'SearchStringRequestBody';
  searchString?: string;
  startsWith?: boolean;
  endsWith?: boolean;
  ignoreCase?: boolean;
  metadataElementTypeName?: string;
  startFrom: number;
  pageSize: number;
}
export interface NewElementRequestBody {
  class: 'NewElementRequestBody';
  properties: BeanProperties;
  parentGUID?: string;
  parentRelationshipTypeName?: string;
  parentAtEnd1?: boolean;
}
export interface UpdateElementRequestBody {
  class: 'UpdateElementRequestBody';
  mergeUpdate: boolean;
  properties: BeanProperties;
}
export interface DeleteElementRequestBody {
  class: 'DeleteElementRequestBody';
  cascadedDelete?: boolean;
}
export interface NewRelationshipRequestBody {
  class: 'NewRelationshipRequestBody';
  properties?: BeanProperties;
}
export interface UpdateRelationshipRequestBody {
  class: 'UpdateRelationshipRequestBody';
  mergeUpdate: boolean;
  properties: BeanProperties;
}
export interface DeleteRelationshipRequestBody {
  class: 'DeleteRelationshipRequestBody';
}
export interface NewRelatedElementsRequestBody {
  class: 'NewRelatedElementsRequestBody';
  typeName: string;
  metadataElement1GUID: string;
  metadataElement2GUID: string;
  properties?: ElementProperties & { class: 'NewElementProperties' };
}
/** metadata-expert's relationship update: UpdateOptions, so `mergeUpdate` (there is no replaceProperties). */
export interface UpdatePropertiesRequestBody {
  class: 'UpdatePropertiesRequestBody';
  mergeUpdate: boolean;
  properties: ElementProperties & { class: 'ElementProperties' };
}
export interface MetadataDeleteRequestBody {
  class: 'OpenMetadataDeleteRequestBody';
}
