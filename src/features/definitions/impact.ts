/**
 * "What else this affects": facts about other elements a save touches, worked out from what the
 * console has read, so the user sees them before the save and not after.
 */
import type { IntegrationConnector, IntegrationGroup } from '../../egeria/model';
import type { ImpactItem } from '../preview/impact-item';

export type { ImpactItem };

/** What the impact check reads of a connection: a stored one or one about to be sent. */
export interface ConnectionLike {
  connectorType?: {
    guid?: string;
    qualifiedName?: string;
    displayName?: string;
    connectorProviderClassName?: string;
  };
  endpoint?: { guid?: string; qualifiedName?: string; address?: string };
  embeddedConnections?: ReadonlyArray<{ connection: ConnectionLike }>;
}

/** An element shared by several connections: an endpoint or a connector type. */
interface SharedElementRef {
  kind: 'endpoint' | 'connectorType';
  /** GUID when known, else qualifiedName. */
  identity: string;
  label: string;
}

/** The element as a shared-use ref, when it has a GUID or a qualifiedName to know it by. */
function refOf<T extends { guid?: string; qualifiedName?: string }>(
  kind: SharedElementRef['kind'],
  element: T | undefined,
  labelOf: (element: T) => string | undefined,
): SharedElementRef[] {
  const identity = element?.guid ?? element?.qualifiedName;
  return element && identity ? [{ kind, identity, label: labelOf(element) ?? identity }] : [];
}

function refsOfConnection(connection: ConnectionLike | undefined): SharedElementRef[] {
  if (!connection) return [];
  return [
    ...refOf('endpoint', connection.endpoint, (e) => e.address ?? e.qualifiedName),
    ...refOf(
      'connectorType',
      connection.connectorType,
      (t) => t.displayName ?? t.connectorProviderClassName,
    ),
    ...(connection.embeddedConnections ?? []).flatMap((embedded) =>
      refsOfConnection(embedded.connection),
    ),
  ];
}

export interface SharedUse {
  kind: 'endpoint' | 'connectorType';
  label: string;
  /** qualifiedNames of the other connectors whose connections use it. */
  connectors: string[];
}

/**
 * The endpoints and connector types of a connection (embedded ones included) that other
 * connectors' connections use too. A save never changes them for the others (connection-sync).
 */
export function sharedWithOtherConnectors(
  connection: ConnectionLike | undefined,
  connectorGuid: string | undefined,
  all: IntegrationConnector[],
): SharedUse[] {
  const mine = refsOfConnection(connection);
  const uses = new Map<string, SharedUse>();
  for (const ref of mine) {
    const id = `${ref.kind}:${ref.identity}`;
    if (!uses.has(id)) uses.set(id, { kind: ref.kind, label: ref.label, connectors: [] });
  }
  for (const other of all) {
    if (other.guid === connectorGuid) continue;
    const seen = new Set<string>();
    for (const ref of refsOfConnection(other.connection)) {
      const id = `${ref.kind}:${ref.identity}`;
      const use = uses.get(id);
      if (use && !seen.has(id)) {
        // A stored connection names the shared element better than an unsaved form does.
        if (use.connectors.length === 0) use.label = ref.label;
        use.connectors.push(other.qualifiedName);
        seen.add(id);
      }
    }
  }
  return [...uses.values()].filter((use) => use.connectors.length > 0);
}

const MAX_NAMES = 12;

/** At most a dozen names, then "and N more". */
export function someNames(names: string[]): string[] {
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  return sorted.length <= MAX_NAMES
    ? sorted
    : [...sorted.slice(0, MAX_NAMES), `and ${(sorted.length - MAX_NAMES).toLocaleString()} more`];
}

/**
 * Elements a change takes with it: none is said as information; some are a warning with a note
 * and their names.
 */
export function takenAlongItem(
  key: string,
  names: string[],
  title: { none: string; some: string },
  note: string,
): ImpactItem {
  const none = names.length === 0;
  return {
    key,
    title: none ? title.none : title.some,
    note: none ? undefined : note,
    names: someNames(names),
    tone: none ? 'info' : 'warning',
  };
}

export function sharedUseItems(
  uses: SharedUse[],
  changing: ReadonlySet<'endpoint' | 'connectorType'>,
): ImpactItem[] {
  return uses.map((use) => ({
    key: `${use.kind}:${use.label}`,
    title:
      use.kind === 'endpoint'
        ? `Endpoint ${use.label} is shared with ${use.connectors.length} other connector${use.connectors.length === 1 ? '' : 's'}`
        : `Connector type ${use.label} is shared with ${use.connectors.length} other connector${use.connectors.length === 1 ? '' : 's'}`,
    names: someNames(use.connectors),
    // The console never changes an element other connections use for them.
    note: changing.has(use.kind)
      ? use.kind === 'endpoint'
        ? 'This save gives this connection an endpoint of its own with the change; the other connectors keep the shared one as it is.'
        : 'This save links this connection to another connector type; the shared one stays as it is for the others.'
      : undefined,
    tone: 'info',
  }));
}

export function otherGroupsItem(
  groups: IntegrationGroup[],
  exceptGroupGuid: string | undefined,
  what: string,
): ImpactItem | undefined {
  const others = groups.filter((g) => g.guid !== exceptGroupGuid);
  if (others.length === 0) return undefined;
  return {
    key: 'other-groups',
    title: `${what} in ${others.length} ${exceptGroupGuid ? 'other ' : ''}group${others.length === 1 ? '' : 's'}`,
    names: someNames(others.map((g) => g.qualifiedName)),
    tone: 'warning',
  };
}
