/**
 * The connector catalog that ships with the console: Egeria's own connector providers with their
 * class names, descriptions and recognised configuration properties, taken from Egeria's public
 * sources (null where a fact could not be verified). Only the connector screens import this
 * module, so the catalog stays out of the first download.
 */
import { z } from 'zod';
import raw from '../../egeria/catalog/connector-catalog.json';

const CatalogEntrySchema = z.object({
  providerClassName: z.string(),
  connectorTypeQualifiedName: z.string(),
  displayName: z.string(),
  description: z.string(),
  connectorTypeGUID: z.string().nullable(),
  recognizedConfigurationProperties: z.array(z.string()).nullable(),
  catalogTargetName: z.string().optional(),
  note: z.string().optional(),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

/** Parsed once; a malformed catalog is a build error in spirit, so it fails loudly. */
export const CONNECTOR_CATALOG: readonly CatalogEntry[] = z.array(CatalogEntrySchema).parse(raw);

export function catalogEntry(providerClassName: string): CatalogEntry | undefined {
  return CONNECTOR_CATALOG.find((entry) => entry.providerClassName === providerClassName);
}

/** Integration connectors first; other connectors (secrets stores) serve embedded connections. */
export function catalogGroups(): Array<{ label: string; entries: CatalogEntry[] }> {
  const integration = CONNECTOR_CATALOG.filter((e) =>
    e.connectorTypeQualifiedName.includes(':IntegrationConnector:'),
  );
  const other = CONNECTOR_CATALOG.filter((e) => !integration.includes(e));
  const byName = (a: CatalogEntry, b: CatalogEntry) => a.displayName.localeCompare(b.displayName);
  return [
    { label: 'Integration connectors', entries: [...integration].sort(byName) },
    { label: 'Other connectors (secrets stores and the like)', entries: [...other].sort(byName) },
  ];
}
