/**
 * The bundle file: integration groups with their registrations, connectors (connection, virtual
 * connections with their embedded ones, connector type, endpoint) and catalog targets, named by
 * qualifiedName and never by GUID, with every secret replaced by a named placeholder. The zod
 * schema here is the one source of truth: docs/bundle.schema.json is generated from it (and a
 * test keeps the two equal), docs/bundle-format.md explains it.
 *
 * Objects are strict: a key the format does not know is refused, so a typo in a hand-edited
 * bundle is an error rather than a silently ignored field.
 */
import { z } from 'zod';

/** Raised by any format change that an older console could not read correctly. */
export const BUNDLE_FORMAT_VERSION = 1;

const text = z.string();
const name = z.string().min(1);
const stringMap = z.record(z.string(), z.string());
const anyMap = z.record(z.string(), z.unknown());
/** An ISO-8601 instant with its offset, e.g. 2026-01-31T09:00:00.000Z. */
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Not a real date and time');

export const PERMITTED_SYNCHRONIZATION_VALUES = [
  'BOTH_DIRECTIONS',
  'TO_THIRD_PARTY',
  'FROM_THIRD_PARTY',
  'OTHER',
] as const;
export const DELETE_METHOD_VALUES = ['ARCHIVE', 'SOFT_DELETE', 'OTHER'] as const;

/** Stands where a secret value was: the import asks for the value of this name. */
export const SecretPlaceholderSchema = z
  .strictObject({ secret: name.describe('Name of an entry in the bundle’s `secrets` list.') })
  .describe('A secret, withheld: its value is given at import time.');
export type SecretPlaceholder = z.infer<typeof SecretPlaceholderSchema>;

export const BundleConnectorTypeSchema = z.strictObject({
  qualifiedName: text.optional(),
  displayName: text.optional(),
  description: text.optional(),
  connectorProviderClassName: text.optional(),
  supportedAssetTypeName: text.optional(),
  supportedDeployedImplementationType: text.optional(),
  connectorFrameworkName: text.optional(),
  connectorInterfaceLanguage: text.optional(),
  targetTechnologyName: text.optional(),
  recognizedConfigurationProperties: z.array(z.string()).optional(),
  recognizedSecuredProperties: z.array(z.string()).optional(),
  recognizedAdditionalProperties: z.array(z.string()).optional(),
});
export type BundleConnectorType = z.infer<typeof BundleConnectorTypeSchema>;

export const BundleEndpointSchema = z.strictObject({
  qualifiedName: text.optional(),
  displayName: text.optional(),
  description: text.optional(),
  address: text.optional(),
  protocol: text.optional(),
  encryptionMethod: text.optional(),
});
export type BundleEndpoint = z.infer<typeof BundleEndpointSchema>;

export interface BundleConnection {
  kind: 'Connection' | 'VirtualConnection';
  qualifiedName?: string;
  displayName?: string;
  description?: string;
  userId?: string;
  clearPassword?: SecretPlaceholder;
  encryptedPassword?: SecretPlaceholder;
  securedProperties?: Record<string, SecretPlaceholder>;
  configurationProperties?: Record<string, unknown>;
  additionalProperties?: Record<string, string>;
  connectorType?: BundleConnectorType;
  endpoint?: BundleEndpoint;
  embeddedConnections?: BundleEmbeddedConnection[];
}

export interface BundleEmbeddedConnection {
  position: number;
  displayName?: string;
  arguments?: Record<string, unknown>;
  connection: BundleConnection;
}

export const BundleConnectionSchema: z.ZodType<BundleConnection> = z.lazy(() =>
  z
    .strictObject({
      kind: z.enum(['Connection', 'VirtualConnection']),
      qualifiedName: text.optional(),
      displayName: text.optional(),
      description: text.optional(),
      userId: text.optional(),
      clearPassword: SecretPlaceholderSchema.optional(),
      encryptedPassword: SecretPlaceholderSchema.optional(),
      securedProperties: z.record(z.string(), SecretPlaceholderSchema).optional(),
      configurationProperties: anyMap.optional(),
      additionalProperties: stringMap.optional(),
      connectorType: BundleConnectorTypeSchema.optional(),
      endpoint: BundleEndpointSchema.optional(),
      embeddedConnections: z.array(BundleEmbeddedConnectionSchema).optional(),
    })
    .meta({ id: 'Connection' }),
);

export const BundleEmbeddedConnectionSchema: z.ZodType<BundleEmbeddedConnection> = z.lazy(() =>
  z
    .strictObject({
      position: z.number().int().min(0),
      displayName: text.optional(),
      arguments: anyMap.optional(),
      connection: BundleConnectionSchema,
    })
    .meta({ id: 'EmbeddedConnection' }),
);

export const BundleElementRefSchema = z
  .strictObject({
    qualifiedName: name,
    typeName: name.describe('The element’s open metadata type, e.g. FileFolder.'),
  })
  .describe('An element found on the target platform by its type and qualifiedName.');
export type BundleElementRef = z.infer<typeof BundleElementRefSchema>;

const synchronization = z.enum(PERMITTED_SYNCHRONIZATION_VALUES).optional();
const sixOnlyText = text.optional().describe('Egeria 6.x only; a 5.x platform does not store it.');

export const BundleCatalogTargetSchema = z.strictObject({
  element: BundleElementRefSchema,
  catalogTargetName: name,
  metadataSourceQualifiedName: text.optional(),
  connectionName: text.optional(),
  configurationProperties: anyMap.optional(),
  templates: stringMap.optional(),
  permittedSynchronization: synchronization,
  deleteMethod: z.enum(DELETE_METHOD_VALUES).optional(),
  metadataCollectionQualifiedName: sixOnlyText,
});
export type BundleCatalogTarget = z.infer<typeof BundleCatalogTargetSchema>;

export const BundleConnectorSchema = z.strictObject({
  qualifiedName: name,
  name: text.optional(),
  description: text.optional(),
  versionIdentifier: text.optional(),
  usesBlockingCalls: z.boolean(),
  additionalProperties: stringMap.optional(),
  connection: BundleConnectionSchema.optional(),
  catalogTargets: z.array(BundleCatalogTargetSchema).optional(),
});
export type BundleConnector = z.infer<typeof BundleConnectorSchema>;

export const BundleRegistrationSchema = z.strictObject({
  connector: name.describe('qualifiedName of the integration connector.'),
  connectorName: name.describe('The name the daemon knows the connector by in this group.'),
  connectorUserId: text.optional(),
  metadataSourceQualifiedName: text.optional(),
  startDate: instant.optional(),
  stopDate: instant.optional(),
  refreshTimeInterval: z.number().int().min(0).describe('Minutes between refreshes.'),
  permittedSynchronization: synchronization,
  generateIntegrationReports: z.boolean(),
  metadataCollectionQualifiedName: sixOnlyText,
});
export type BundleRegistration = z.infer<typeof BundleRegistrationSchema>;

export const BundleGroupSchema = z.strictObject({
  qualifiedName: name,
  displayName: text.optional(),
  description: text.optional(),
  version: text.optional(),
  patchLevel: text.optional(),
  source: text.optional(),
  additionalProperties: stringMap.optional(),
  registrations: z.array(BundleRegistrationSchema),
});
export type BundleGroup = z.infer<typeof BundleGroupSchema>;

export const BundleSecretSchema = z.strictObject({
  name,
  description: text.optional().describe('What the secret is, e.g. “clear password of …”.'),
  from: z
    .string()
    .regex(/^(env|file):.+$/)
    .optional()
    .describe(
      'Where an unattended import reads the value: env:VARIABLE or file:/path (a secrets store’s mounted file).',
    ),
});
export type BundleSecret = z.infer<typeof BundleSecretSchema>;

export const BundleSourceSchema = z
  .strictObject({
    dialect: z.enum(['v5', 'v6']).optional(),
    platform: text.optional(),
    exportedAt: instant.optional(),
  })
  .describe('Where and when the bundle was exported; informative only.');

export const BundleSchema = z
  .strictObject({
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    source: BundleSourceSchema.optional(),
    groups: z.array(BundleGroupSchema),
    connectors: z.array(BundleConnectorSchema),
    secrets: z.array(BundleSecretSchema),
  })
  .meta({
    title: 'Egeria Integration Console bundle',
    description:
      'Integration groups, their registrations, connectors, connections and catalog targets, by qualifiedName; secrets as placeholders.',
  });
export type Bundle = z.infer<typeof BundleSchema>;
