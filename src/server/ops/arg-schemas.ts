/**
 * Zod schemas of the arguments the browser may pass to the console's operations, following the
 * model's input types (src/egeria/model.ts). Nothing from the browser is trusted: objects are
 * strict (an unknown key is refused, not forwarded), strings and maps are bounded, GUIDs have
 * Egeria's shape, and daemon and server names must be ones the platform's configuration names.
 */
import { z } from 'zod';

/** Egeria GUIDs are UUIDs; archives may use other ids, but never path characters. */
export const guid = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be a GUID (letters, digits, - _ . :)');

// Control characters have no place in a name and could forge a log line or a header.
// eslint-disable-next-line no-control-regex
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** A name or other short text: bounded, without control characters. */
export const text = (max = 1024) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .regex(NO_CONTROL, 'has control characters');
export const name = text().min(1, 'must not be empty');
/** Longer free text (descriptions) may span lines. */
const longText = z.string().max(16_384, 'must be at most 16384 characters');

const stringMap = z
  .record(text(256), text(16_384))
  .refine((m) => Object.keys(m).length <= 500, 'has more than 500 entries');

/** A JSON value of bounded depth (configuration properties, embedded-connection arguments). */
const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    text(65_536),
    z.array(jsonValue).max(1000),
    z.record(text(256), jsonValue),
  ]),
);
const jsonMap = z
  .record(text(256), jsonValue)
  .refine((m) => Object.keys(m).length <= 500, 'has more than 500 entries')
  .refine((m) => depth(m) <= 8, 'is nested more than 8 levels deep');

function depth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const inner of Object.values(value)) deepest = Math.max(deepest, depth(inner));
  return deepest + 1;
}

export const pageRequest = z.strictObject({
  startFrom: z.number().int().min(0).max(10_000_000),
  // 0 asks for the platform's own maximum (5.3). Above Egeria's 1,000 a page is read as parts at
  // once (wire/values readWide): three at most for one browser call.
  pageSize: z.number().int().min(0).max(3_000),
});

export const updateOptions = z.strictObject({ merge: z.boolean() });

const permittedSynchronization = z.enum([
  'BOTH_DIRECTIONS',
  'TO_THIRD_PARTY',
  'FROM_THIRD_PARTY',
  'OTHER',
]);
const deleteMethod = z.enum(['ARCHIVE', 'SOFT_DELETE', 'OTHER']);

/** An ISO 8601 date-time, as the forms send it. */
const isoDate = z
  .string()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date and time');

export const groupInput = z.strictObject({
  qualifiedName: name,
  displayName: text().optional(),
  description: longText.optional(),
  version: text().optional(),
  patchLevel: text().optional(),
  source: text().optional(),
  additionalProperties: stringMap.optional(),
});

const connectorType = z.strictObject({
  guid: guid.optional(),
  qualifiedName: text().optional(),
  displayName: text().optional(),
  description: longText.optional(),
  connectorProviderClassName: text().optional(),
  supportedAssetTypeName: text().optional(),
  supportedDeployedImplementationType: text().optional(),
  connectorFrameworkName: text().optional(),
  connectorInterfaceLanguage: text().optional(),
  targetTechnologyName: text().optional(),
  recognizedConfigurationProperties: z.array(text(256)).max(500).optional(),
  recognizedSecuredProperties: z.array(text(256)).max(500).optional(),
  recognizedAdditionalProperties: z.array(text(256)).max(500).optional(),
});

const endpoint = z.strictObject({
  guid: guid.optional(),
  qualifiedName: text().optional(),
  displayName: text().optional(),
  description: longText.optional(),
  address: text(4096).optional(),
  protocol: text().optional(),
  encryptionMethod: text().optional(),
});

const secretInput = z.strictObject({
  clearPassword: text(4096).optional(),
  encryptedPassword: text(16_384).optional(),
  securedProperties: stringMap.optional(),
});

const MAX_EMBEDDING = 6;

interface ConnectionInputShape {
  embeddedConnections?: Array<{ connection: ConnectionInputShape }>;
}
function embeddingDepth(connection: ConnectionInputShape): number {
  let deepest = 0;
  for (const e of connection.embeddedConnections ?? [])
    deepest = Math.max(deepest, embeddingDepth(e.connection) + 1);
  return deepest;
}

const connectionShape: z.ZodType<ConnectionInputShape> = z.lazy(() =>
  z.strictObject({
    kind: z.enum(['Connection', 'VirtualConnection']),
    guid: guid.optional(),
    qualifiedName: text().optional(),
    displayName: text().optional(),
    description: longText.optional(),
    userId: text().optional(),
    secrets: secretInput.optional(),
    configurationProperties: jsonMap.optional(),
    connectorType,
    endpoint: endpoint.optional(),
    embeddedConnections: z
      .array(
        z.strictObject({
          position: z.number().int().min(0).max(1000),
          displayName: text().optional(),
          arguments: jsonMap.optional(),
          connection: connectionShape,
        }),
      )
      .max(50)
      .optional(),
  }),
);
export const connectionInput = connectionShape.refine(
  (c) => embeddingDepth(c) <= MAX_EMBEDDING,
  `embeds connections more than ${MAX_EMBEDDING} levels deep`,
);

export const connectorInput = z.strictObject({
  qualifiedName: name,
  name: text().optional(),
  description: longText.optional(),
  versionIdentifier: text().optional(),
  usesBlockingCalls: z.boolean().optional(),
  additionalProperties: stringMap.optional(),
  connection: connectionInput,
});

export const registrationInput = z
  .strictObject({
    connectorName: name,
    connectorUserId: text().optional(),
    metadataSourceQualifiedName: text().optional(),
    startDate: isoDate.optional(),
    stopDate: isoDate.optional(),
    refreshTimeInterval: z.number().int().min(0).max(10_000_000).optional(),
    permittedSynchronization: permittedSynchronization.optional(),
    generateIntegrationReports: z.boolean().optional(),
    metadataCollectionQualifiedName: text().optional(),
  })
  .refine((r) => !r.startDate || !r.stopDate || Date.parse(r.startDate) <= Date.parse(r.stopDate), {
    message: 'the start date must not be after the stop date',
    path: ['startDate'],
  });

export const catalogTargetInput = z.strictObject({
  catalogTargetName: name,
  metadataSourceQualifiedName: text().optional(),
  connectionName: text().optional(),
  configurationProperties: jsonMap.optional(),
  templates: stringMap.optional(),
  permittedSynchronization: permittedSynchronization.optional(),
  deleteMethod: deleteMethod.optional(),
  metadataCollectionQualifiedName: text().optional(),
});

/** Configuration properties for a running connector. */
export const configurationProperties = jsonMap;

export const typeNames = z.array(text(256).min(1)).max(50);
export const searchString = text(1024);

/** A name from a fixed set (the platform's configured daemons or servers). */
export function oneOf(names: readonly string[], what: string) {
  const known = new Set(names);
  return z
    .string()
    .max(1024)
    .refine((n) => known.has(n), {
      message: `must be one of the ${what} configured for this platform (${names.join(', ') || 'none'})`,
    });
}
