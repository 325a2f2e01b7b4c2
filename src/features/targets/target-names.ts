/**
 * The name a new catalog target starts with. A connector looks its targets up by name, so the
 * best guess is the name it already uses for its other targets, then the names its connector
 * type documents, and only then one made from the element's name. Egeria does not put the
 * documented names on the wire (only the provider's getCatalogTargets knows them), so they are
 * listed here per provider class, as Egeria 5.3 and 6.1 define them (the providers' constructors
 * and their CatalogTarget enums; the same in both releases).
 */
import type { CatalogTarget, ElementSummary } from '../../egeria/model';

const PROVIDERS = 'org.odpi.openmetadata.adapters.connectors.';

export const DOCUMENTED_TARGET_NAMES: Readonly<Record<string, readonly string[]>> = {
  [`${PROVIDERS}integration.basicfiles.DataFilesMonitorIntegrationProvider`]: [
    'directoryToMonitor',
  ],
  [`${PROVIDERS}integration.basicfiles.DataFolderMonitorIntegrationProvider`]: [
    'directoryToMonitor',
  ],
  [`${PROVIDERS}integration.basicfiles.OMArchiveFilesMonitorIntegrationProvider`]: [
    'directoryToMonitor',
  ],
  [`${PROVIDERS}integration.csvlineageimporter.CSVLineageImporterProvider`]: ['fileToLoad'],
  [`${PROVIDERS}integration.jdbc.JDBCIntegrationConnectorProvider`]: ['databaseToCatalog'],
  [`${PROVIDERS}postgres.catalog.PostgresServerIntegrationProvider`]: ['postgreSQLServer'],
  [`${PROVIDERS}apacheatlas.integration.ApacheAtlasIntegrationProvider`]: ['apacheAtlasServer'],
  [`${PROVIDERS}apachekafka.integration.KafkaTopicIntegrationProvider`]: ['kafkaServerToMonitor'],
  [`${PROVIDERS}unitycatalog.sync.OSSUnityCatalogServerSyncProvider`]: [
    'unityCatalogServer',
    'unityCatalogConnector',
  ],
  [`${PROVIDERS}unitycatalog.sync.OSSUnityCatalogInsideCatalogSyncProvider`]: [
    'unityCatalogCatalog',
  ],
};

export type TargetNameSource = 'existing' | 'documented' | 'element';

export interface TargetNameChoice {
  /** What the name field starts with. */
  value: string;
  /** Names to offer (most likely first); the user may still type any other. */
  choices: string[];
  source: TargetNameSource;
}

/** A camel-case name from the element's display or qualified name ("Clinical trials" → clinicalTrials). */
export function nameFromElement(element: ElementSummary): string {
  const raw = element.displayName ?? element.qualifiedName?.split(':').pop() ?? 'target';
  const words = raw
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return 'target';
  return words
    .map((w, i) =>
      i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join('');
}

/** The connector's target names, most used first (ties in alphabetical order). */
function byUse(targets: readonly Pick<CatalogTarget, 'catalogTargetName'>[]): string[] {
  const counts = new Map<string, number>();
  for (const { catalogTargetName: name } of targets)
    if (name.trim()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([name]) => name);
}

export function chooseTargetName(
  existing: readonly Pick<CatalogTarget, 'catalogTargetName'>[],
  providerClassName: string | undefined,
  element: ElementSummary,
): TargetNameChoice {
  const used = byUse(existing);
  const [mostUsed] = used;
  if (mostUsed !== undefined) return { value: mostUsed, choices: used, source: 'existing' };
  const documented = providerClassName ? DOCUMENTED_TARGET_NAMES[providerClassName] : undefined;
  const [firstDocumented] = documented ?? [];
  if (documented && firstDocumented !== undefined)
    return { value: firstDocumented, choices: [...documented], source: 'documented' };
  return { value: nameFromElement(element), choices: [], source: 'element' };
}
