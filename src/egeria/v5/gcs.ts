/**
 * The 5.3 governance-configuration-service (a framework service of the metadata access server,
 * under the `governance-server` marker): its beans and their mapping to the domain model. Its
 * element wrappers carry no `class`; lists omit `elements` when empty; lookups by name omit
 * `element` on a miss (captured/5.3-snapshot/04–06, 07e).
 */
import { z } from 'zod';
import { optionalStrings } from '../wire/fields';
import type * as M from '../model';
import { ffdcShape } from '../wire/ffdc';
import {
  ElementHeaderSchema,
  ElementStubSchema,
  ElementVersionsSchema,
  toMeta,
} from '../wire/header';
import { ConnectionSchema, toConnection } from '../wire/ocf';
import { compact, nonEmpty } from '../wire/values';

const stringMap = z.record(z.string(), z.string());
const anyMap = z.record(z.string(), z.unknown());

/** Real 5.3 stores a group without a qualifiedName (the console shows such a group, flagged). */
export const IntegrationGroupPropertiesSchema = z.looseObject({
  class: z.string().optional(),
  qualifiedName: z.string().optional(),
  additionalProperties: stringMap.optional(),
  ...optionalStrings('displayName', 'description', 'version', 'patchLevel', 'source'),
});
export type IntegrationGroupProperties = z.infer<typeof IntegrationGroupPropertiesSchema>;

export const IntegrationConnectorPropertiesSchema = z.looseObject({
  class: z.string().optional(),
  qualifiedName: z.string().optional(),
  additionalProperties: stringMap.optional(),
  ...optionalStrings('name', 'versionIdentifier', 'description', 'deployedImplementationType'),
  usesBlockingCalls: z.boolean().optional(),
  connection: ConnectionSchema.optional(),
});
export type IntegrationConnectorProperties = z.infer<typeof IntegrationConnectorPropertiesSchema>;

export const RegistrationPropertiesSchema = z.looseObject({
  ...optionalStrings(
    'connectorName',
    'connectorUserId',
    'metadataSourceQualifiedName',
    'startDate',
  ),
  refreshTimeInterval: z.number().optional(),
  ...optionalStrings('stopDate', 'permittedSynchronization'),
  generateIntegrationReports: z.boolean().optional(),
});
export type RegistrationProperties = z.infer<typeof RegistrationPropertiesSchema>;

export const CatalogTargetPropertiesSchema = z.looseObject({
  ...optionalStrings('catalogTargetName', 'metadataSourceQualifiedName', 'connectionName'),
  configurationProperties: anyMap.optional(),
  templateProperties: stringMap.optional(),
  ...optionalStrings('permittedSynchronization', 'deleteMethod'),
});
export type CatalogTargetProperties = z.infer<typeof CatalogTargetPropertiesSchema>;

export const IntegrationGroupElementSchema = z.looseObject({
  elementHeader: ElementHeaderSchema,
  properties: IntegrationGroupPropertiesSchema.optional(),
});
export type IntegrationGroupElement = z.infer<typeof IntegrationGroupElementSchema>;

export const CatalogTargetSchema = CatalogTargetPropertiesSchema.extend({
  relationshipGUID: z.string(),
  relationshipVersions: ElementVersionsSchema.optional(),
  catalogTargetElement: ElementStubSchema.optional(),
});
export type CatalogTarget = z.infer<typeof CatalogTargetSchema>;

export const IntegrationConnectorElementSchema = z.looseObject({
  elementHeader: ElementHeaderSchema,
  properties: IntegrationConnectorPropertiesSchema.optional(),
  catalogTargets: z.array(CatalogTargetSchema).optional(),
});
export type IntegrationConnectorElement = z.infer<typeof IntegrationConnectorElementSchema>;

/** `connectorId` is the GUID of the RegisteredIntegrationConnector relationship, not of the connector. */
export const RegisteredConnectorElementSchema = IntegrationConnectorElementSchema.extend({
  connectorId: z.string().optional(),
  registrationProperties: RegistrationPropertiesSchema.optional(),
});
export type RegisteredConnectorElement = z.infer<typeof RegisteredConnectorElementSchema>;

/** The answer to a lookup (no `element` on a miss) and to a list (no `elements` when empty). */
const single = <S extends z.ZodType>(schema: S) =>
  z.object({ ...ffdcShape, element: schema.optional() });
const list = <S extends z.ZodType>(schema: S) =>
  z.object({ ...ffdcShape, elements: z.array(schema).optional() });

export const GroupResponseSchema = single(IntegrationGroupElementSchema);
export const GroupsResponseSchema = list(IntegrationGroupElementSchema);
export const ConnectorResponseSchema = single(IntegrationConnectorElementSchema);
export const ConnectorsResponseSchema = list(IntegrationConnectorElementSchema);
export const RegistrationResponseSchema = z.object({
  ...ffdcShape,
  registeredIntegrationConnector: RegisteredConnectorElementSchema.optional(),
});
export const RegistrationsResponseSchema = list(RegisteredConnectorElementSchema);
export const CatalogTargetResponseSchema = single(CatalogTargetSchema);
export const CatalogTargetsResponseSchema = list(CatalogTargetSchema);

// ------------------------------------------------------------------------------------- reads

/** What groups and connectors start with; real 5.3 may store either without a qualifiedName. */
const identity = (element: IntegrationGroupElement | IntegrationConnectorElement) => ({
  meta: toMeta(element.elementHeader),
  guid: element.elementHeader.guid,
  qualifiedName: element.properties?.qualifiedName ?? '',
});

export function toGroup(element: IntegrationGroupElement): M.IntegrationGroup {
  const { displayName, description, version, patchLevel, source, additionalProperties } =
    element.properties ?? {};
  return {
    ...identity(element),
    displayName,
    description,
    version,
    patchLevel,
    source,
    additionalProperties: additionalProperties ?? {},
  };
}

export function toConnector(element: IntegrationConnectorElement): M.IntegrationConnector {
  const p = element.properties ?? {};
  return {
    ...identity(element),
    name: p.name,
    description: p.description,
    versionIdentifier: p.versionIdentifier,
    usesBlockingCalls: p.usesBlockingCalls ?? false,
    additionalProperties: p.additionalProperties ?? {},
    connection: p.connection ? toConnection(p.connection) : undefined,
  };
}

export function toRegistration(
  element: RegisteredConnectorElement,
  groupGuid: string,
): M.Registration {
  const r = element.registrationProperties;
  const connector = toConnector(element);
  return {
    relationshipGuid: element.connectorId,
    groupGuid,
    connector,
    connectorName: r?.connectorName ?? connector.name ?? connector.qualifiedName,
    connectorUserId: r?.connectorUserId,
    metadataSourceQualifiedName: r?.metadataSourceQualifiedName,
    startDate: r?.startDate,
    stopDate: r?.stopDate,
    refreshTimeInterval: r?.refreshTimeInterval ?? 0,
    permittedSynchronization: r?.permittedSynchronization,
    generateIntegrationReports: r?.generateIntegrationReports ?? false,
  };
}

export function toCatalogTarget(wire: CatalogTarget): M.CatalogTarget {
  const stub = wire.catalogTargetElement;
  return {
    relationshipGuid: wire.relationshipGUID,
    version: wire.relationshipVersions?.version,
    updateTime: wire.relationshipVersions?.updateTime ?? wire.relationshipVersions?.createTime,
    catalogTargetName: wire.catalogTargetName ?? '',
    metadataSourceQualifiedName: wire.metadataSourceQualifiedName,
    connectionName: wire.connectionName,
    configurationProperties: wire.configurationProperties ?? {},
    templates: wire.templateProperties ?? {},
    permittedSynchronization: wire.permittedSynchronization,
    deleteMethod: wire.deleteMethod,
    element: stub
      ? {
          guid: stub.guid,
          typeName: stub.type.typeName,
          superTypeNames: stub.type.superTypeNames ?? [],
          qualifiedName: stub.uniqueName,
          status: stub.status,
        }
      : undefined,
  };
}

/** 5.3's enum constants by the display names its open-metadata-store answers with. */
const ENUM_CONSTANTS: Record<string, string> = {
  Archive: 'ARCHIVE',
  SoftDelete: 'SOFT_DELETE',
  'Both Directions': 'BOTH_DIRECTIONS',
  'To Third Party': 'TO_THIRD_PARTY',
  'From Third Party': 'FROM_THIRD_PARTY',
  Other: 'OTHER',
};
const enumConstant = (name: string | undefined) =>
  name === undefined ? undefined : (ENUM_CONSTANTS[name] ?? name);

/**
 * A CatalogTarget relationship read through the open-metadata-store, made to read as the
 * governance-configuration-service answers it: enum constants rather than display names ("Archive"
 * → ARCHIVE, captured 5.3), and its defaults, BOTH_DIRECTIONS and ARCHIVE, where none is stored.
 */
export function asConfiguredCatalogTarget<T extends M.CatalogTarget>(target: T): T {
  return {
    ...target,
    permittedSynchronization: enumConstant(target.permittedSynchronization) ?? 'BOTH_DIRECTIONS',
    deleteMethod: enumConstant(target.deleteMethod) ?? 'ARCHIVE',
    metadataCollectionQualifiedName: undefined,
  };
}

// ------------------------------------------------------------------------------------ writes

export function fromGroupInput(input: M.GroupInput): IntegrationGroupProperties {
  return compact({
    class: 'IntegrationGroupProperties',
    qualifiedName: input.qualifiedName,
    displayName: input.displayName,
    description: input.description,
    version: input.version,
    patchLevel: input.patchLevel,
    source: input.source,
    additionalProperties: nonEmpty(input.additionalProperties),
  });
}

/**
 * The connector's own attribute values, for the open-metadata-store: real 5.3 cannot create or
 * update a connector with its connection through this service (captured/5.3-snapshot/08a), so the
 * console writes the IntegrationConnector element and its connection's elements itself.
 */
export function connectorValues(input: M.ConnectorInput): Record<string, unknown> {
  return compact({
    qualifiedName: input.qualifiedName,
    name: input.name,
    description: input.description,
    versionIdentifier: input.versionIdentifier,
    usesBlockingCalls: input.usesBlockingCalls,
    // Sent even when empty, so a merge update can clear the stored map.
    additionalProperties: input.additionalProperties,
  });
}

export function fromRegistrationInput(input: M.RegistrationInput): RegistrationProperties {
  return compact({
    connectorName: input.connectorName,
    connectorUserId: input.connectorUserId,
    metadataSourceQualifiedName: input.metadataSourceQualifiedName,
    startDate: input.startDate,
    refreshTimeInterval: input.refreshTimeInterval,
    stopDate: input.stopDate,
    permittedSynchronization: input.permittedSynchronization,
    generateIntegrationReports: input.generateIntegrationReports,
  });
}

export function fromCatalogTargetInput(input: M.CatalogTargetInput): CatalogTargetProperties {
  return compact({
    catalogTargetName: input.catalogTargetName,
    metadataSourceQualifiedName: input.metadataSourceQualifiedName,
    connectionName: input.connectionName,
    configurationProperties: nonEmpty(input.configurationProperties),
    templateProperties: nonEmpty(input.templates),
    permittedSynchronization: input.permittedSynchronization,
    deleteMethod: input.deleteMethod,
  });
}
