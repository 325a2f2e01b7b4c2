/**
 * A connector's connection as separate linked elements — Connection or VirtualConnection,
 * ConnectorType, Endpoint, embedded connections — brought in line with a form's input. 6.x keeps
 * connections this way, and so does 5.3 once the console makes them itself (its
 * governance-configuration-service cannot create a connector with a connection:
 * captured/5.3-snapshot/08a). The dialects supply the element calls (ConnectionElements); the
 * decisions are made here, once:
 *
 * - a connector type is shared reference data (often from a content pack): reused by GUID, provider
 *   class or qualifiedName, created only when none exists, never edited by a connector's save;
 * - an endpoint or connection that other connections or assets use is never changed or deleted for
 *   them: the save gives this connection its own copy instead;
 * - a multi-call create that fails part way removes what it created, newest first.
 */
import type * as M from './model';

export type ConnectionLink = 'connectorType' | 'endpoint' | 'embedded' | 'asset';
export type ConnectionPart = 'connection' | 'connectorType' | 'endpoint';

/** A stored connection with the GUIDs of what it is made of. */
export interface StoredConnection {
  guid: string;
  connection: M.Connection;
  /**
   * The connection element's stored property values, secrets included: read and written back by
   * the console server only (a replace must keep what the user did not retype), never shown.
   */
  properties: Record<string, unknown>;
  connectorType?: { guid: string; connectorType: M.ConnectorType };
  endpoint?: { guid: string; endpoint: M.Endpoint };
  embedded: StoredEmbedded[];
}

export interface StoredEmbedded {
  position: number;
  displayName?: string;
  arguments: Record<string, unknown>;
  stored: StoredConnection;
}

/** The element calls a dialect makes for connections. */
export interface ConnectionElements {
  /** Whether connections may share an endpoint (see `sharesEndpoints` in backend.ts). */
  sharesEndpoints: boolean;
  /** The connection with its connector type, endpoint and embedded connections. */
  read(guid: string): Promise<StoredConnection>;
  readEndpoint(guid: string): Promise<M.Endpoint>;
  /** GUIDs of the connections that use this endpoint. */
  endpointUsers(endpointGuid: string): Promise<string[]>;
  /** GUIDs of the assets and virtual connections that use this connection. */
  connectionUsers(connectionGuid: string): Promise<string[]>;
  /** An existing connector type that matches the input, if any. */
  findConnectorType(input: M.ConnectionInput['connectorType']): Promise<string | undefined>;
  createConnectorType(
    input: M.ConnectionInput['connectorType'],
    qualifiedName: string,
  ): Promise<string>;
  createEndpoint(input: M.Endpoint, qualifiedName: string): Promise<string>;
  createConnection(input: M.ConnectionInput, qualifiedName: string): Promise<string>;
  updateConnection(
    guid: string,
    input: M.ConnectionInput,
    qualifiedName: string,
    mode: ConnectionUpdate,
  ): Promise<void>;
  updateEndpoint(guid: string, input: M.Endpoint, qualifiedName: string): Promise<void>;
  /** Links `from` (a connection, or the asset for `asset`) to `to`. */
  link(
    kind: ConnectionLink,
    from: string,
    to: string,
    embedded?: M.EmbeddedConnectionInput,
  ): Promise<void>;
  unlink(kind: ConnectionLink, from: string, to: string): Promise<void>;
  remove(part: ConnectionPart, guid: string): Promise<void>;
}

/**
 * How a connection's properties are updated. Egeria's merge update skips an empty map, so a map the
 * form empties is cleared by a replace that keeps every other stored value (secrets included).
 */
export type ConnectionUpdate = { merge: boolean } | { replaceKeeping: Record<string, unknown> };

const isEmptyMap = (value: object | undefined): boolean =>
  value !== undefined && Object.keys(value).length === 0;

/** True when a merge update would leave a map the input empties as it is. */
function emptiesAMap(stored: StoredConnection, input: M.ConnectionInput): boolean {
  return (
    (isEmptyMap(input.configurationProperties) &&
      Object.keys(stored.connection.configurationProperties).length > 0) ||
    (isEmptyMap(input.secrets?.securedProperties) &&
      stored.connection.secrets.securedPropertyNames.length > 0)
  );
}

/** Undo steps of a multi-call write, run newest first when a later step fails. */
export type Undo = Array<() => Promise<unknown>>;

/** Embedded connections deeper than this are not followed. */
export const MAX_CONNECTION_DEPTH = 5;

/** Runs `work`; when it fails, removes what it created (newest first) and rethrows. */
export async function withUndo<T>(work: (undo: Undo) => Promise<T>): Promise<T> {
  const undo: Undo = [];
  try {
    return await work(undo);
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
}

/** The endpoint the input asks for, if it asks for one. */
const wantedEndpoint = (input: M.ConnectionInput): M.Endpoint | undefined =>
  input.endpoint && (input.endpoint.address || input.endpoint.guid) ? input.endpoint : undefined;

const ENDPOINT_FIELDS = [
  'qualifiedName',
  'displayName',
  'description',
  'address',
  'protocol',
  'encryptionMethod',
] as const;

/** True when the input sets an endpoint property to something other than what is stored ('' = unset). */
export function endpointDiffers(stored: M.Endpoint, input: M.Endpoint): boolean {
  return ENDPOINT_FIELDS.some(
    (field) => input[field] !== undefined && (input[field] || '') !== (stored[field] || ''),
  );
}

/** A qualifiedName no other element has, for a copy made so a shared element stays as it is. */
const uniqueSuffix = () => Date.now().toString(36);

export function connectionSync(elements: ConnectionElements) {
  async function resolveConnectorType(
    input: M.ConnectionInput['connectorType'],
    connectionQualifiedName: string,
    undo: Undo,
  ): Promise<string> {
    if (input.guid) return input.guid;
    const existing = await elements.findConnectorType(input);
    if (existing) return existing;
    // Named after its provider class, the type is found and shared by the next connection.
    const guid = await elements.createConnectorType(
      input,
      input.qualifiedName ??
        (input.connectorProviderClassName
          ? `ConnectorType:${input.connectorProviderClassName}`
          : `${connectionQualifiedName}:ConnectorType`),
    );
    undo.push(() => elements.remove('connectorType', guid));
    return guid;
  }

  async function createEndpoint(input: M.Endpoint, qualifiedName: string, undo: Undo) {
    const guid = await elements.createEndpoint(input, qualifiedName);
    undo.push(() => elements.remove('endpoint', guid));
    return guid;
  }

  /** An endpoint of this connection's own, made from a stored one and the input's changes. */
  async function copyEndpoint(
    storedGuid: string,
    input: M.Endpoint,
    qualifiedName: string,
    undo: Undo,
  ): Promise<string> {
    const stored = await elements.readEndpoint(storedGuid);
    return createEndpoint(
      { ...stored, ...input, guid: undefined },
      `${qualifiedName}:Endpoint:${uniqueSuffix()}`,
      undo,
    );
  }

  /** Creates an embedded connection, named after its parent and position, and links it in. */
  async function createEmbedded(
    parentGuid: string,
    parentQualifiedName: string,
    embedded: M.EmbeddedConnectionInput,
    undo: Undo,
  ): Promise<void> {
    const child = await create(
      embedded.connection,
      `${parentQualifiedName}:Embedded:${embedded.position}`,
      undefined,
      undo,
    );
    await elements.link('embedded', parentGuid, child, embedded);
  }

  /** Creates a connection with its parts and links it to `assetGuid` when given. */
  async function create(
    input: M.ConnectionInput,
    defaultQualifiedName: string,
    assetGuid: string | undefined,
    undo: Undo,
  ): Promise<string> {
    const qualifiedName = input.qualifiedName ?? defaultQualifiedName;
    const guid = await elements.createConnection(input, qualifiedName);
    undo.push(() => elements.remove('connection', guid));
    if (assetGuid) await elements.link('asset', assetGuid, guid);
    const typeGuid = await resolveConnectorType(input.connectorType, qualifiedName, undo);
    await elements.link('connectorType', guid, typeGuid);
    const endpoint = wantedEndpoint(input);
    if (endpoint) {
      const endpointGuid =
        endpoint.guid && elements.sharesEndpoints
          ? endpoint.guid
          : endpoint.guid
            ? await copyEndpoint(endpoint.guid, endpoint, qualifiedName, undo)
            : await createEndpoint(
                endpoint,
                endpoint.qualifiedName ?? `${qualifiedName}:Endpoint`,
                undo,
              );
      await elements.link('endpoint', guid, endpointGuid);
    }
    if (input.kind === 'VirtualConnection') {
      for (const embedded of input.embeddedConnections ?? [])
        await createEmbedded(guid, qualifiedName, embedded, undo);
    }
    return guid;
  }

  /** True when nothing but `self` uses the endpoint. */
  async function endpointIsOwn(endpointGuid: string, self: string): Promise<boolean> {
    const users = await elements.endpointUsers(endpointGuid);
    return users.every((user) => user === self);
  }

  async function syncEndpoint(
    stored: StoredConnection,
    input: M.ConnectionInput,
    qualifiedName: string,
    merge: boolean,
    undo: Undo,
  ): Promise<void> {
    const guid = stored.guid;
    const current = stored.endpoint;
    const wanted = wantedEndpoint(input);
    if (!wanted) {
      if (!merge && current) {
        await elements.unlink('endpoint', guid, current.guid);
        if ((await elements.endpointUsers(current.guid)).length === 0)
          await elements.remove('endpoint', current.guid).catch(() => undefined);
      }
      return;
    }
    // The endpoint the save is about: one the input names by GUID, else the current one.
    const targetGuid = wanted.guid ?? current?.guid;
    if (!targetGuid) {
      const fresh = await createEndpoint(
        wanted,
        wanted.qualifiedName ?? `${qualifiedName}:Endpoint`,
        undo,
      );
      await elements.link('endpoint', guid, fresh);
      return;
    }
    const target =
      targetGuid === current?.guid ? current.endpoint : await elements.readEndpoint(targetGuid);
    const changes = endpointDiffers(target, wanted);
    const own = await endpointIsOwn(targetGuid, guid);
    if (own || (!changes && elements.sharesEndpoints)) {
      if (targetGuid !== current?.guid) {
        if (current) await elements.unlink('endpoint', guid, current.guid);
        await elements.link('endpoint', guid, targetGuid);
      }
      if (changes)
        await elements.updateEndpoint(
          targetGuid,
          wanted,
          wanted.qualifiedName ?? target.qualifiedName ?? `${qualifiedName}:Endpoint`,
        );
      return;
    }
    // Changed, or not to be shared, and other connections use it: this connection gets its own.
    const fresh = await copyEndpoint(targetGuid, wanted, qualifiedName, undo);
    if (current) await elements.unlink('endpoint', guid, current.guid);
    await elements.link('endpoint', guid, fresh);
  }

  /** Brings a stored connection in line with `input`; merge keeps what the input leaves out. */
  async function update(
    stored: StoredConnection,
    input: M.ConnectionInput,
    merge: boolean,
    depth = 0,
  ): Promise<void> {
    const guid = stored.guid;
    const qualifiedName = input.qualifiedName ?? stored.connection.qualifiedName ?? guid;
    await elements.updateConnection(
      guid,
      input,
      qualifiedName,
      merge && emptiesAMap(stored, input) ? { replaceKeeping: stored.properties } : { merge },
    );
    const undo: Undo = [];

    // Connector type: relinked only when the input names a different one.
    const currentType = stored.connectorType;
    const ct = input.connectorType;
    const differs =
      !currentType ||
      (ct.guid !== undefined && ct.guid !== currentType.guid) ||
      (ct.connectorProviderClassName !== undefined &&
        ct.connectorProviderClassName !== currentType.connectorType.connectorProviderClassName);
    if (differs) {
      const typeGuid = await resolveConnectorType(ct, qualifiedName, undo);
      if (typeGuid !== currentType?.guid) {
        if (currentType) await elements.unlink('connectorType', guid, currentType.guid);
        await elements.link('connectorType', guid, typeGuid);
      }
    }

    await syncEndpoint(stored, input, qualifiedName, merge, undo);

    // Embedded connections: matched by GUID when the input names one (a reorder keeps each
    // connection and its secrets), else by position.
    const wantedEmbedded = input.kind === 'VirtualConnection' ? input.embeddedConnections : [];
    if (wantedEmbedded === undefined && merge) return;
    const existing = stored.embedded;
    const named = new Set(
      (wantedEmbedded ?? []).map((w) => w.connection.guid).filter((g): g is string => !!g),
    );
    const kept = new Set<string>();
    for (const wanted of wantedEmbedded ?? []) {
      const match = wanted.connection.guid
        ? existing.find((e) => e.stored.guid === wanted.connection.guid)
        : existing.find(
            (e) =>
              e.position === wanted.position &&
              !named.has(e.stored.guid) &&
              !kept.has(e.stored.guid),
          );
      if (match && depth < MAX_CONNECTION_DEPTH) {
        kept.add(match.stored.guid);
        await update(match.stored, wanted.connection, merge, depth + 1);
        const sameLink =
          match.position === wanted.position &&
          match.displayName === wanted.displayName &&
          JSON.stringify(match.arguments) === JSON.stringify(wanted.arguments ?? {});
        if (!sameLink) {
          await elements.unlink('embedded', guid, match.stored.guid);
          await elements.link('embedded', guid, match.stored.guid, wanted);
        }
      } else {
        await createEmbedded(guid, qualifiedName, wanted, undo);
      }
    }
    for (const stale of existing.filter((e) => !kept.has(e.stored.guid))) {
      await elements.unlink('embedded', guid, stale.stored.guid);
      await removeIfUnused(stale.stored.guid, new Set([guid])).catch(() => undefined);
    }
  }

  /**
   * Deletes a connection nothing else uses, its endpoint if no other connection uses that, and
   * then its embedded connections likewise.
   * `leaving` names the elements this operation removes or unlinks (the connector, the parent
   * connection): their links do not count as uses, so a preview, which has not made those calls,
   * decides the same way.
   */
  async function removeIfUnused(
    guid: string,
    leaving: ReadonlySet<string>,
    depth = 0,
  ): Promise<void> {
    const users = (await elements.connectionUsers(guid)).filter((user) => !leaving.has(user));
    if (users.length > 0) return;
    const stored = depth < MAX_CONNECTION_DEPTH ? await elements.read(guid) : undefined;
    await elements.remove('connection', guid);
    // Its endpoint is an element of its own on 6.x: removed too unless another connection uses it.
    const endpoint = stored?.endpoint?.guid;
    if (endpoint) {
      const others = (await elements.endpointUsers(endpoint)).filter(
        (user) => user !== guid && !leaving.has(user),
      );
      if (others.length === 0) await elements.remove('endpoint', endpoint);
    }
    for (const child of stored?.embedded ?? [])
      await removeIfUnused(child.stored.guid, new Set([...leaving, guid]), depth + 1).catch(
        () => undefined,
      );
  }

  /**
   * Gives an asset (a connector) the connection `input`: the one it has is updated when of the
   * same kind; otherwise (none yet, or the kind changes, which an element's type cannot) a new
   * one is made and linked, and the old one unlinked and removed if nothing else uses it.
   */
  async function setAssetConnection(
    asset: { guid: string; qualifiedName: string },
    current: StoredConnection | undefined,
    input: M.ConnectionInput,
    merge: boolean,
  ): Promise<void> {
    if (current && current.connection.kind === input.kind) {
      await update(current, input, merge);
      return;
    }
    const qualifiedName =
      input.qualifiedName ??
      (current ? `${asset.qualifiedName}:Connection:${Date.now().toString(36)}` : undefined);
    await withUndo((undo) =>
      create({ ...input, qualifiedName }, `${asset.qualifiedName}:Connection`, asset.guid, undo),
    );
    if (current) {
      await elements.unlink('asset', asset.guid, current.guid);
      await removeIfUnused(current.guid, new Set([asset.guid])).catch(() => undefined);
    }
  }

  return { create, update, removeIfUnused, setAssetConnection };
}
export type ConnectionSync = ReturnType<typeof connectionSync>;
