/**
 * Export: reads groups, their registrations, each registered connector with its connection and
 * catalog targets through the EgeriaBackend, and writes them as one bundle. Works the same on
 * every dialect, in the browser, the CLI and the tests.
 */
import type { Dialect, EgeriaBackend } from '../egeria/backend';
import { EgeriaError } from '../egeria/errors';
import { createConcurrencyLimiter } from '../lib/concurrency';
import { BUNDLE_FORMAT_VERSION, type Bundle, type BundleConnector } from './bundle-format';
import { canonicalBundle } from './bundle-io';
import { connectorToBundle, groupToBundle, newExportNotes } from './bundle-from-model';
import { readAll } from './read-all';

export { readAll };

/** Connectors read side by side; the platform serves other users too. */
const READ_CONCURRENCY = 4;

export interface ExportOptions {
  /** Named in the bundle's `source` (the console's platform id or label). */
  platform?: string;
  now?: () => Date;
  signal?: AbortSignal;
}

export interface ExportResult {
  bundle: Bundle;
  /** What the bundle could not carry (named so a person can act on it). */
  warnings: string[];
}

/** The console's own error for a group that is not on the platform. */
export function groupNotFound(qualifiedName: string): EgeriaError {
  return new EgeriaError({
    kind: 'egeria',
    httpStatus: 404,
    messageId: 'CONSOLE-BUNDLE-404-001',
    text: `There is no integration group with the qualified name “${qualifiedName}” on this platform.`,
    userAction: 'Check the name (it is case-sensitive), or choose the group from the list.',
    request: `find group ${qualifiedName}`,
  });
}

/** Exports the named groups (by qualifiedName) with everything they register. */
export async function exportBundle(
  backend: EgeriaBackend,
  groupNames: readonly string[],
  options: ExportOptions = {},
): Promise<ExportResult> {
  const { signal } = options;
  const notes = newExportNotes();
  const connectorGuids = new Map<string, string>();
  const groups = [];
  for (const qualifiedName of new Set(groupNames)) {
    const group = await backend.findGroupByName(qualifiedName, signal);
    if (!group) throw groupNotFound(qualifiedName);
    const registrations = await readAll((page) =>
      backend.listRegistrations(group.guid, page, signal),
    );
    for (const r of registrations) connectorGuids.set(r.connector.qualifiedName, r.connector.guid);
    groups.push(groupToBundle(group, registrations, notes));
  }

  const limiter = createConcurrencyLimiter(READ_CONCURRENCY);
  const connectors: BundleConnector[] = await Promise.all(
    [...connectorGuids.values()].map((guid) =>
      limiter.run(async () => {
        const connector = await backend.getConnector(guid, signal);
        const targets = await readAll((page) => backend.listCatalogTargets(guid, page, signal));
        return connectorToBundle(connector, targets, notes);
      }, signal),
    ),
  );

  const bundle = canonicalBundle({
    formatVersion: BUNDLE_FORMAT_VERSION,
    source: {
      dialect: backend.dialect satisfies Dialect,
      platform: options.platform,
      exportedAt: (options.now?.() ?? new Date()).toISOString(),
    },
    groups,
    connectors,
    secrets: [...notes.secrets.values()],
  });
  return { bundle, warnings: notes.warnings };
}

/** The qualifiedNames of the groups a daemon runs, as it reports them. */
export async function groupsOfDaemon(
  backend: EgeriaBackend,
  daemon: string,
  signal?: AbortSignal,
): Promise<string[]> {
  return (await backend.groupSummaries(daemon, signal)).map((g) => g.name);
}

/** A file name for a bundle of these groups: `bundle-<group>.json`, or `bundle-<n>-groups.json`. */
export function bundleFileName(groupNames: readonly string[], daemon?: string): string {
  const safe = (text: string) =>
    text
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'bundle';
  if (daemon) return `bundle-${safe(daemon)}.json`;
  if (groupNames.length === 1) return `bundle-${safe(groupNames[0] ?? '')}.json`;
  return `bundle-${groupNames.length}-groups.json`;
}
