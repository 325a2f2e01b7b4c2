/**
 * The import's dry run: reads the target platform through the EgeriaBackend and decides, for every
 * element of the bundle, whether the import creates it, updates it (with the field changes), leaves
 * it alone, or cannot resolve it (a catalog target's element that is not there, a secret with no
 * value, a registration of a connector that exists nowhere). Each item carries the exact write it
 * will make; GUIDs of elements the import itself creates appear as placeholders (NEW-GROUP-1…),
 * filled in as the apply goes. Elements are matched by qualifiedName only, so importing the same
 * bundle twice changes nothing the second time.
 */
import {
  embedsConnections,
  hasEmbeddedConnections,
  sharesEndpoints,
  type Dialect,
  type EgeriaBackend,
  type WriteRequest,
} from '../egeria/backend';
import type {
  CatalogTarget,
  ConnectorInput,
  IntegrationConnector,
  IntegrationGroup,
  Registration,
} from '../egeria/model';
import { createConcurrencyLimiter } from '../lib/concurrency';
import type { FieldChange } from '../lib/field-diff';
import type { Bundle, BundleCatalogTarget, BundleConnector, BundleEndpoint } from './bundle-format';
import {
  catalogTargetChanges,
  connectorChanges,
  creationFields,
  groupChanges,
  registrationChanges,
  without,
} from './bundle-compare';
import {
  catalogTargetToBundle,
  connectorToBundle,
  groupToBundle,
  newExportNotes,
  registrationToBundle,
} from './bundle-from-model';
import { catalogTargetInput, connectorInput, groupInput, registrationInput } from './bundle-inputs';
import { placeholdersOf } from './bundle-io';
import { readAll } from './export-bundle';
import { findConnectorByQualifiedName, findElementGuid } from './find-element';
import { NO_SECRETS, type SecretSupply } from './secret-supply';

export type PlanItemKind = 'group' | 'connector' | 'registration' | 'catalogTarget';
export type PlanAction = 'create' | 'update' | 'unchanged' | 'unresolved';

export interface PlanItem {
  /** Stable within a bundle: `group:QN`, `connector:QN`, `registration:GROUP→CONNECTOR`, … */
  id: string;
  kind: PlanItemKind;
  /** What a person calls it: “Connector Coco:…”. */
  title: string;
  action: PlanAction;
  /** Field changes of an update; every field of a create. */
  changes: FieldChange[];
  /** Why the item cannot be resolved. */
  reason?: string;
  /** What else to know (what the import leaves as it is). */
  notes: string[];
  /** Items that must succeed first (they create what this one names). */
  dependsOn: string[];
  /** The write; absent when there is nothing to do. GUID placeholders stand for earlier creates. */
  write?: WriteRequest;
  /** The placeholder this item's create stands for in later writes. */
  creates?: string;
  /** Secret placeholders whose values the write sends. */
  secretsUsed: string[];
  /** Secret placeholders whose values are needed and were not given. */
  secretsMissing: string[];
}

export interface SecretState {
  name: string;
  description?: string;
  from?: string;
  /** given: a value is supplied and used; kept: the platform's value stays; missing: needed, no value; unused: no item needs it. */
  state: 'given' | 'kept' | 'missing' | 'unused';
}

export interface ImportPlan {
  dialect: Dialect;
  items: PlanItem[];
  /** Placeholder → what it stands for. */
  placeholders: Record<string, string>;
  /** Placeholders of elements an earlier item creates as a side effect, found by name when needed. */
  lookups: Record<string, { typeName: string; qualifiedName: string }>;
  secrets: SecretState[];
  counts: Record<PlanAction, number>;
}

export interface PlanOptions {
  secrets?: SecretSupply;
  signal?: AbortSignal;
}

const PLAN_CONCURRENCY = 4;

const connectorTypeNames = new Set(['IntegrationConnector']);
const groupTypeNames = new Set(['IntegrationGroup']);

function changesOf(changes: FieldChange[]): PlanAction {
  return changes.length > 0 ? 'update' : 'unchanged';
}

/** Works out what importing `bundle` into the platform behind `backend` would do. */
/** An endpoint's values but its name, keys sorted, for comparison. */
const endpointValues = ({ qualifiedName: _name, ...values }: BundleEndpoint) =>
  JSON.stringify(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * Where connections share no endpoint (5.3), the console gives a connection its own copy of the
 * bundle's endpoint, named after the connection. A copy holding the bundle's values is that
 * endpoint, so a second import finds nothing to change.
 */
function asOwnEndpointCopy(
  stored: BundleConnector,
  wanted: BundleConnector,
  dialect: Dialect,
): BundleConnector {
  const connection = stored.connection;
  const have = connection?.endpoint;
  const want = wanted.connection?.endpoint;
  if (sharesEndpoints(dialect) || !connection?.qualifiedName || !have || !want) return stored;
  const isCopy = have.qualifiedName?.startsWith(`${connection.qualifiedName}:Endpoint`) ?? false;
  if (!isCopy || endpointValues(have) !== endpointValues(want)) return stored;
  return {
    ...stored,
    connection: { ...connection, endpoint: { ...have, qualifiedName: want.qualifiedName } },
  };
}

export async function planImport(
  backend: EgeriaBackend,
  bundle: Bundle,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const { signal } = options;
  const cannotHold = (input: ConnectorInput | undefined) =>
    !embedsConnections(backend.dialect) &&
    input?.connection !== undefined &&
    hasEmbeddedConnections(input.connection);
  const supply = options.secrets ?? NO_SECRETS;
  const dialect = backend.dialect;
  const limiter = createConcurrencyLimiter(PLAN_CONCURRENCY);
  const placeholders: Record<string, string> = {};
  let nextPlaceholder = 1;
  const placeholder = (what: string, description: string) => {
    const name = `NEW-${what}-${nextPlaceholder++}`;
    placeholders[name] = description;
    return name;
  };

  // ------------------------------------------------------------------- what the target holds
  const searches = new Map<string, Promise<string | undefined>>();
  const elementGuid = (typeName: string, qualifiedName: string) => {
    const key = `${typeName}\u0000${qualifiedName}`;
    let found = searches.get(key);
    if (!found) {
      found = limiter.run(() => findElementGuid(backend, typeName, qualifiedName, signal), signal);
      searches.set(key, found);
    }
    return found;
  };

  const storedGroups = new Map<
    string,
    { group: IntegrationGroup; registrations: Registration[] } | null
  >();
  await Promise.all(
    bundle.groups.map((g) =>
      limiter.run(async () => {
        const group = await backend.findGroupByName(g.qualifiedName, signal);
        if (!group || group.qualifiedName !== g.qualifiedName) {
          storedGroups.set(g.qualifiedName, null);
          return;
        }
        const registrations = await readAll((page) =>
          backend.listRegistrations(group.guid, page, signal),
        );
        storedGroups.set(g.qualifiedName, { group, registrations });
      }, signal),
    ),
  );

  // Connectors of the bundle, and those its registrations name that it does not carry.
  const connectorNames = new Set([
    ...bundle.connectors.map((c) => c.qualifiedName),
    ...bundle.groups.flatMap((g) => g.registrations.map((r) => r.connector)),
  ]);
  const storedConnectors = new Map<
    string,
    { connector: IntegrationConnector; targets: CatalogTarget[] } | null
  >();
  const inBundle = new Set(bundle.connectors.map((c) => c.qualifiedName));
  await Promise.all(
    [...connectorNames].map((qualifiedName) =>
      limiter.run(async () => {
        const found = await findConnectorByQualifiedName(backend, qualifiedName, signal);
        if (!found) {
          storedConnectors.set(qualifiedName, null);
          return;
        }
        const targets = inBundle.has(qualifiedName)
          ? await readAll((page) => backend.listCatalogTargets(found.guid, page, signal))
          : [];
        storedConnectors.set(qualifiedName, { connector: found, targets });
      }, signal),
    ),
  );

  // Endpoints the bundle names that already exist on the target are linked, not duplicated.
  const endpointNames = new Set<string>();
  const collectEndpoints = (c: BundleConnector['connection']) => {
    if (!c) return;
    if (c.endpoint?.qualifiedName) endpointNames.add(c.endpoint.qualifiedName);
    for (const e of c.embeddedConnections ?? []) collectEndpoints(e.connection);
  };
  for (const c of bundle.connectors) collectEndpoints(c.connection);
  const endpointGuids = new Map<string, string | undefined>();
  await Promise.all(
    [...endpointNames].map(async (qn) => endpointGuids.set(qn, await elementGuid('Endpoint', qn))),
  );

  // ------------------------------------------------------------------------------- groups
  const items: PlanItem[] = [];
  const groupGuid = new Map<string, { guid: string; itemId?: string }>();
  for (const wanted of bundle.groups) {
    const id = `group:${wanted.qualifiedName}`;
    const stored = storedGroups.get(wanted.qualifiedName);
    const base = {
      id,
      kind: 'group' as const,
      title: `Group ${wanted.qualifiedName}`,
      dependsOn: [],
      secretsUsed: [],
      secretsMissing: [],
    };
    if (!stored) {
      const creates = placeholder(
        'GROUP',
        `the GUID Egeria gives the new group ${wanted.qualifiedName}`,
      );
      groupGuid.set(wanted.qualifiedName, { guid: creates, itemId: id });
      items.push({
        ...base,
        action: 'create',
        changes: creationFields(without(wanted, 'registrations')),
        notes: [],
        write: { kind: 'createGroup', input: groupInput(wanted) },
        creates,
      });
      continue;
    }
    groupGuid.set(wanted.qualifiedName, { guid: stored.group.guid });
    const changes = groupChanges(groupToBundle(stored.group, [], newExportNotes()), wanted);
    const wantedConnectors = new Set(wanted.registrations.map((r) => r.connector));
    const others = stored.registrations
      .filter((r) => !wantedConnectors.has(r.connector.qualifiedName))
      .map((r) => r.connectorName);
    items.push({
      ...base,
      action: changesOf(changes),
      changes,
      notes:
        others.length > 0
          ? [
              `The platform also registers ${others.join(', ')} in this group; the import leaves them registered.`,
            ]
          : [],
      write:
        changes.length > 0
          ? {
              kind: 'updateGroup',
              guid: stored.group.guid,
              input: groupInput(wanted),
              // Every property is sent, so a replace leaves exactly what the bundle says.
              options: { merge: false },
            }
          : undefined,
    });
  }

  // --------------------------------------------------------------------------- connectors
  const connectorGuid = new Map<string, { guid: string; itemId?: string }>();
  const unresolvedConnectors = new Set<string>();
  // A new endpoint two connectors share is created by the first; the second links it, found by
  // its qualifiedName once the first is done.
  const newEndpoints = new Map<string, { creator: string; placeholder?: string }>();
  const lookups: Record<string, { typeName: string; qualifiedName: string }> = {};
  for (const wanted of bundle.connectors) {
    const id = `connector:${wanted.qualifiedName}`;
    const stored = storedConnectors.get(wanted.qualifiedName) ?? undefined;
    const endpointDeps = new Set<string>();
    const build = connectorInput(wanted, stored?.connector, supply, (qn) => {
      const existing = endpointGuids.get(qn);
      if (existing) return existing;
      const claim = newEndpoints.get(qn);
      if (!claim || claim.creator === id) {
        newEndpoints.set(qn, { creator: id });
        return undefined;
      }
      claim.placeholder ??= placeholder(
        'ENDPOINT',
        `the GUID of the endpoint ${qn}, created above`,
      );
      lookups[claim.placeholder] = { typeName: 'Endpoint', qualifiedName: qn };
      endpointDeps.add(claim.creator);
      return claim.placeholder;
    });
    const secretText = (path: string) => build.secretText.get(path) ?? '';
    const base = {
      id,
      kind: 'connector' as const,
      title: `Connector ${wanted.qualifiedName}`,
      dependsOn: [...endpointDeps],
      secretsUsed: build.used,
      secretsMissing: build.missing,
    };
    const missing = cannotHold(build.input)
      ? 'Its connection embeds other connections, which Egeria 5.3 cannot read back (reading one stops the platform): import it into Egeria 6.1 or later, or remove the embedded connections from the bundle.'
      : build.missing.length > 0
        ? `No value for the secret${build.missing.length > 1 ? 's' : ''} ${build.missing.join(', ')}: supply ${build.missing.length > 1 ? 'them' : 'it'} to import this connector.`
        : undefined;
    if (stored) connectorGuid.set(wanted.qualifiedName, { guid: stored.connector.guid });
    if (!stored) {
      const creates = placeholder(
        'CONNECTOR',
        `the GUID Egeria gives the new connector ${wanted.qualifiedName}`,
      );
      const changes = creationFields(without(wanted, 'catalogTargets'), secretText);
      if (missing) {
        unresolvedConnectors.add(wanted.qualifiedName);
        items.push({ ...base, action: 'unresolved', changes, reason: missing, notes: build.notes });
        continue;
      }
      connectorGuid.set(wanted.qualifiedName, { guid: creates, itemId: id });
      items.push({
        ...base,
        action: 'create',
        changes,
        notes: build.notes,
        write: { kind: 'createConnector', input: build.input },
        creates,
      });
      continue;
    }
    const storedForm = asOwnEndpointCopy(
      connectorToBundle(stored.connector, [], newExportNotes()),
      wanted,
      backend.dialect,
    );
    const comparable = wanted.connection ? wanted : { ...wanted, connection: undefined };
    const changes = connectorChanges(
      wanted.connection ? storedForm : { ...storedForm, connection: undefined },
      comparable,
      secretText,
    );
    const wantedTargets = new Set((wanted.catalogTargets ?? []).map((t) => targetKey(t)));
    const otherTargets = stored.targets
      .filter((t) => !t.element?.qualifiedName || !wantedTargets.has(storedTargetKey(t)))
      .map((t) => `${t.catalogTargetName} (${t.element?.qualifiedName ?? 'unnamed element'})`);
    const notes = [
      ...build.notes,
      ...(otherTargets.length > 0
        ? [
            `The platform also has the catalog targets ${otherTargets.join(', ')}; the import leaves them.`,
          ]
        : []),
    ];
    if (missing) {
      items.push({ ...base, action: 'unresolved', changes, reason: missing, notes });
      continue;
    }
    items.push({
      ...base,
      action: changesOf(changes),
      changes,
      notes,
      write:
        changes.length > 0
          ? {
              kind: 'updateConnector',
              guid: stored.connector.guid,
              input: build.input,
              options: { merge: true },
            }
          : undefined,
    });
  }
  // Connectors the registrations name that exist only on the target.
  for (const [qn, stored] of storedConnectors)
    if (stored && !connectorGuid.has(qn)) connectorGuid.set(qn, { guid: stored.connector.guid });

  // ------------------------------------------------------------------------ registrations
  for (const group of bundle.groups) {
    const target = groupGuid.get(group.qualifiedName);
    const stored = storedGroups.get(group.qualifiedName);
    for (const wanted of group.registrations) {
      const id = `registration:${group.qualifiedName}\u2192${wanted.connector}`;
      const title = `Registration of ${wanted.connectorName} (${wanted.connector}) in ${group.qualifiedName}`;
      const connector = connectorGuid.get(wanted.connector);
      const base = {
        id,
        kind: 'registration' as const,
        title,
        secretsUsed: [],
        secretsMissing: [],
        notes: [] as string[],
      };
      if (!target) continue;
      if (!connector) {
        items.push({
          ...base,
          action: 'unresolved',
          changes: [],
          dependsOn: [],
          reason: unresolvedConnectors.has(wanted.connector)
            ? `The connector ${wanted.connector} cannot be imported (see its row), and the platform does not have it.`
            : `The connector ${wanted.connector} is neither in the bundle nor on the platform.`,
        });
        continue;
      }
      const dependsOn = [target.itemId, connector.itemId].filter((x): x is string => !!x);
      if (dialect === 'v5' && wanted.generateIntegrationReports)
        base.notes.push(
          'Egeria 5.x does not store generateIntegrationReports when registering: it will read back as false.',
        );
      const write: WriteRequest = {
        kind: 'registerConnector',
        groupGuid: target.guid,
        connectorGuid: connector.guid,
        input: registrationInput(wanted),
      };
      const current = stored?.registrations.find(
        (r) => r.connector.qualifiedName === wanted.connector,
      );
      if (!current) {
        items.push({
          ...base,
          action: 'create',
          changes: creationFields(without(wanted, 'connector')),
          dependsOn,
          write,
        });
        continue;
      }
      const changes = registrationChanges(
        registrationToBundle(current, newExportNotes()),
        wanted,
        dialect,
      );
      items.push({
        ...base,
        action: changesOf(changes),
        changes,
        dependsOn,
        // Registering again replaces the registration's properties.
        write: changes.length > 0 ? write : undefined,
      });
    }
  }

  // ----------------------------------------------------------------------- catalog targets
  const targetItems = await Promise.all(
    bundle.connectors.flatMap((connector) =>
      (connector.catalogTargets ?? []).map((wanted) => planTarget(connector, wanted)),
    ),
  );
  items.push(...targetItems);

  async function resolveElement(ref: BundleCatalogTarget['element']) {
    // An element this import creates (a connector or group of the bundle) is named by placeholder.
    if (connectorTypeNames.has(ref.typeName) && connectorGuid.has(ref.qualifiedName))
      return connectorGuid.get(ref.qualifiedName);
    if (groupTypeNames.has(ref.typeName) && groupGuid.has(ref.qualifiedName))
      return groupGuid.get(ref.qualifiedName);
    const guid = await elementGuid(ref.typeName, ref.qualifiedName);
    return guid ? { guid } : undefined;
  }

  async function planTarget(
    connector: BundleConnector,
    wanted: BundleCatalogTarget,
  ): Promise<PlanItem> {
    const id = `catalogTarget:${connector.qualifiedName}\u2192${targetKey(wanted)}`;
    const title = `Catalog target ${wanted.catalogTargetName} of ${connector.qualifiedName}: ${wanted.element.typeName} ${wanted.element.qualifiedName}`;
    const base = {
      id,
      kind: 'catalogTarget' as const,
      title,
      secretsUsed: [],
      secretsMissing: [],
      notes: [],
    };
    const unresolved = (reason: string): PlanItem => ({
      ...base,
      action: 'unresolved',
      changes: [],
      dependsOn: [],
      reason,
    });
    const owner = connectorGuid.get(connector.qualifiedName);
    if (!owner)
      return unresolved(
        `The connector ${connector.qualifiedName} cannot be imported (see its row).`,
      );
    const element = await resolveElement(wanted.element);
    if (!element)
      return unresolved(
        `There is no ${wanted.element.typeName} with the qualified name ${wanted.element.qualifiedName} on this platform. Create or load it first, or remove the catalog target from the bundle.`,
      );
    const dependsOn = [owner.itemId, element.itemId].filter((x): x is string => !!x);
    const stored = storedConnectors.get(connector.qualifiedName);
    const current = stored?.targets.find(
      (t) => t.element?.qualifiedName && storedTargetKey(t) === targetKey(wanted),
    );
    if (!current)
      return {
        ...base,
        action: 'create',
        changes: creationFields(without(wanted, 'element')),
        dependsOn,
        write: {
          kind: 'addCatalogTarget',
          connectorGuid: owner.guid,
          elementGuid: element.guid,
          input: catalogTargetInput(wanted),
        },
      };
    const storedForm = catalogTargetToBundle(current, connector.qualifiedName, newExportNotes());
    const changes = storedForm ? catalogTargetChanges(storedForm, wanted, dialect) : [];
    return {
      ...base,
      action: changesOf(changes),
      changes,
      dependsOn,
      write:
        changes.length > 0
          ? {
              kind: 'updateCatalogTarget',
              relationshipGuid: current.relationshipGuid,
              input: catalogTargetInput(wanted),
            }
          : undefined,
    };
  }

  return {
    dialect,
    items,
    placeholders,
    lookups,
    secrets: secretStates(bundle, items),
    counts: countActions(items),
  };
}

/** A catalog target is known by its name and its element's qualifiedName. */
function targetKey(target: Pick<BundleCatalogTarget, 'catalogTargetName' | 'element'>): string {
  return `${target.catalogTargetName}\u0000${target.element.qualifiedName}`;
}

function storedTargetKey(target: CatalogTarget): string {
  return `${target.catalogTargetName}\u0000${target.element?.qualifiedName ?? ''}`;
}

export function countActions(items: readonly PlanItem[]): Record<PlanAction, number> {
  const counts: Record<PlanAction, number> = { create: 0, update: 0, unchanged: 0, unresolved: 0 };
  for (const item of items) counts[item.action] += 1;
  return counts;
}

function secretStates(bundle: Bundle, items: PlanItem[]): SecretState[] {
  const used = new Set(items.flatMap((i) => i.secretsUsed));
  const missing = new Set(items.flatMap((i) => i.secretsMissing));
  const placed = new Set(bundle.connectors.flatMap((c) => placeholdersOf(c.connection)));
  return bundle.secrets.map((secret) => ({
    name: secret.name,
    description: secret.description,
    from: secret.from,
    state: missing.has(secret.name)
      ? 'missing'
      : used.has(secret.name)
        ? 'given'
        : placed.has(secret.name)
          ? 'kept'
          : 'unused',
  }));
}
