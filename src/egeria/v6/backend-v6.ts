/**
 * EgeriaBackend for Egeria 6.x (6.0, 6.1; forward-compatible with 6.2). Definitions are ordinary
 * metadata kept through the view services of a view server: integration groups are software
 * capabilities and connectors are assets (asset-maker), connections, connector types and endpoints
 * are separate linked elements (connection-maker), registrations are generic RegisteredIntegration-
 * Connector relationships (metadata-expert; 6.2 adds typed attach/detach in asset-maker, used when
 * the platform has it). The integration daemon and platform APIs have no userId in their paths.
 * Every call needs a bearer token, which the console server adds (or `headers`, when calling a
 * platform directly).
 */
import {
  performWrite,
  type EgeriaBackend,
  type RequestPreview,
  type WriteRequest,
} from '../backend';
import { EgeriaError } from '../errors';
import { isOfAnyType, toElementSummary } from '../generic-beans';
import type * as M from '../model';
import { createTransport, type FetchLike } from '../transport';
import { maskSecrets } from '../secrets';
import * as map from './mapping';
import {
  encodeSegment as seg,
  integrationDaemonPath,
  PLATFORM_SERVICES_PATH,
  VIEW_SERVICES,
  viewServicePath,
} from './paths';
import * as W from './wire';

export interface V6BackendOptions {
  /** Where Egeria paths are appended: the console proxy (`/api/egeria/{platformId}`) or a platform URL. */
  baseUrl: string;
  /** The view server that runs asset-maker, connection-maker and metadata-expert. */
  viewServer: string;
  fetch?: FetchLike;
  headers?: () => Record<string, string>;
  /**
   * Typed registration attach/detach (6.2). `auto` tries it and falls back to the generic
   * related-elements calls (6.1) when the platform does not know the path.
   */
  typedRegistration?: 'auto' | 'always' | 'never';
  /** Parallel reads when one answer needs several calls (the connections of a page of connectors). */
  concurrency?: number;
}

const GROUP_TYPE = 'IntegrationGroup';
/** How a connector reaches its connection: AssetConnection, a subtype of ResourceConnection from 6.2. */
const CONNECTION_LINKS = ['AssetConnection', 'ResourceConnection'];
/** What a connection is made of. */
const CONNECTION_PARTS = ['ConnectionConnectorType', 'ConnectToEndpoint', 'EmbeddedConnection'];
/** Later pages of one listing reuse the group's links read for its first page for this long. */
const LINKS_SNAPSHOT_MS = 60_000;
const CONNECTOR_TYPE = 'IntegrationConnector';
const REGISTRATION_TYPE = 'RegisteredIntegrationConnector';
/** Embedded connections deeper than this are not followed (Egeria's own beans stop much earlier). */
const MAX_CONNECTION_DEPTH = 5;

function page<T>(items: T[], request: M.PageRequest, rawCount = items.length): M.Page<T> {
  return {
    items,
    startFrom: request.startFrom,
    pageSize: request.pageSize,
    mayHaveMore: request.pageSize > 0 && rawCount >= request.pageSize,
  };
}

/** Pages a whole list on the client, for calls that answer everything at once. */
function slice<T>(all: T[], request: M.PageRequest): M.Page<T> {
  const start = Math.max(0, request.startFrom);
  const items =
    request.pageSize > 0 ? all.slice(start, start + request.pageSize) : all.slice(start);
  return {
    items,
    startFrom: request.startFrom,
    pageSize: request.pageSize,
    mayHaveMore: request.pageSize > 0 && start + request.pageSize < all.length,
  };
}

async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const queue = items.map((item, index) => ({ item, index }));
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      results[entry.index] = await fn(entry.item);
    }
  });
  await Promise.all(workers);
  return results;
}

function notFound(what: string, id: string, request: string): EgeriaError {
  return new EgeriaError({
    kind: 'egeria',
    httpStatus: 200,
    relatedHTTPCode: 404,
    text: `${what} ${id} was not returned by Egeria`,
    request,
  });
}

/** Spring's own 404: the platform has no such path (not Egeria saying an element is missing). */
const isUnknownPath = (error: unknown): boolean =>
  error instanceof EgeriaError && error.kind === 'http' && error.httpStatus === 404;
const isWrongMethod = (error: unknown): boolean =>
  error instanceof EgeriaError && error.kind === 'http' && error.httpStatus === 405;

const isType = (element: { elementHeader: W.ElementHeader6 }, typeName: string): boolean =>
  element.elementHeader.type.typeName === typeName ||
  (element.elementHeader.type.superTypeNames ?? []).includes(typeName);

const propertyOf = (element: { properties?: Record<string, unknown> }, key: string) => {
  const value = element.properties?.[key];
  return typeof value === 'string' ? value : undefined;
};

/** Undo steps of a multi-call create, run newest first when a later step fails. */
type Undo = Array<() => Promise<unknown>>;

export function createV6Backend(options: V6BackendOptions): EgeriaBackend {
  const http = createTransport({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.headers,
  });
  const concurrency = options.concurrency ?? 8;
  const am = viewServicePath(options.viewServer, VIEW_SERVICES.assetMaker);
  const cm = viewServicePath(options.viewServer, VIEW_SERVICES.connectionMaker);
  const me = viewServicePath(options.viewServer, VIEW_SERVICES.metadataExpert);
  const platform = PLATFORM_SERVICES_PATH;
  const daemonBase = integrationDaemonPath;
  let typedRegistration: boolean | undefined =
    options.typedRegistration === 'always'
      ? true
      : options.typedRegistration === 'never'
        ? false
        : undefined;
  let catalogTargetListByPost = false;

  const getBody = (extra: Partial<W.GetRequestBody> = {}): W.GetRequestBody => ({
    class: 'GetRequestBody',
    ...extra,
  });
  const resultsBody = (request: M.PageRequest): W.ResultsRequestBody => ({
    class: 'ResultsRequestBody',
    startFrom: request.startFrom,
    pageSize: request.pageSize,
  });
  const newRelationship = (properties?: W.BeanProperties): W.NewRelationshipRequestBody =>
    properties
      ? { class: 'NewRelationshipRequestBody', properties }
      : { class: 'NewRelationshipRequestBody' };
  const deleteRelationship: W.DeleteRelationshipRequestBody = {
    class: 'DeleteRelationshipRequestBody',
  };

  async function create(path: string, body: unknown): Promise<string> {
    const r = await http.postJson(path, body, W.GUIDResponseSchema);
    if (!r.guid) {
      throw new EgeriaError({
        kind: 'bad-response',
        httpStatus: 200,
        text: `Egeria answered POST ${path} without a GUID`,
        request: `POST ${path}`,
      });
    }
    return r.guid;
  }

  async function retrieve(
    path: string,
    what: string,
    id: string,
    signal?: AbortSignal,
    options: Partial<W.GetRequestBody> = {},
  ) {
    const r = await http.postJson(
      path,
      getBody(options),
      W.OpenMetadataRootElementResponseSchema,
      signal,
    );
    if (!r.element) throw notFound(what, id, `POST ${path}`);
    return r.element;
  }

  const retrieveAsset = (guid: string, signal?: AbortSignal, options?: Partial<W.GetRequestBody>) =>
    retrieve(`${am}/assets/${seg(guid)}/retrieve`, 'Integration connector', guid, signal, options);
  const retrieveConnection = (
    guid: string,
    signal?: AbortSignal,
    options?: Partial<W.GetRequestBody>,
  ) => retrieve(`${cm}/connections/${seg(guid)}/retrieve`, 'Connection', guid, signal, options);
  /** The group's registration links of the listing under way, per group. */
  const linkSnapshots = new Map<string, { at: number; links: W.RelatedMetadataElementSummary[] }>();

  function requireConnector(element: W.OpenMetadataRootElement, guid: string, request: string) {
    if (!isType(element, CONNECTOR_TYPE)) throw notFound('Integration connector', guid, request);
    return element;
  }

  // ------------------------------------------------------------------------------ connections

  async function loadConnection(
    guid: string,
    signal?: AbortSignal,
    depth = 0,
  ): Promise<M.Connection> {
    // Only what a connection is made of: the answer stays small on a busy platform.
    const element = await retrieveConnection(guid, signal, {
      includeOnlyRelationships: CONNECTION_PARTS,
    });
    const embedded =
      depth < MAX_CONNECTION_DEPTH
        ? await Promise.all(
            (element.embeddedConnections ?? []).map(async (link) => ({
              ...map.embeddedLinkProperties(link),
              connection: await loadConnection(
                link.relatedElement.elementHeader.guid,
                signal,
                depth + 1,
              ),
            })),
          )
        : [];
    return map.toConnection(element, embedded);
  }

  /** The connector with its connection (6.x: a separate element linked by AssetConnection). */
  async function connectorFrom(
    element: W.OpenMetadataRootElement,
    signal?: AbortSignal,
  ): Promise<M.IntegrationConnector> {
    const link = element.connections?.[0];
    const connection = link
      ? await loadConnection(link.relatedElement.elementHeader.guid, signal)
      : undefined;
    return map.toConnector(element, connection);
  }

  async function loadConnector(guid: string, signal?: AbortSignal) {
    const element = requireConnector(
      await retrieveAsset(guid, signal),
      guid,
      `POST ${am}/assets/${guid}/retrieve`,
    );
    return { element, connector: await connectorFrom(element, signal) };
  }

  /** Reuses a connector type by GUID, provider class or qualifiedName (content packs ship them); else creates one. */
  async function resolveConnectorType(
    input: M.ConnectionInput['connectorType'],
    defaultQualifiedName: string,
    undo: Undo,
  ): Promise<string> {
    if (input.guid) return input.guid;
    const find = async (suffix: string, filter: string) => {
      const r = await http.postJson(
        `${cm}/connector-types/${suffix}`,
        { class: 'FilterRequestBody', filter, startFrom: 0, pageSize: 10 } as W.FilterRequestBody,
        W.OpenMetadataRootElementsResponseSchema,
      );
      const found = (r.elements ?? []).filter((e) => isType(e, 'ConnectorType'));
      return (
        found.find(
          (e) => !input.qualifiedName || propertyOf(e, 'qualifiedName') === input.qualifiedName,
        ) ?? (input.qualifiedName ? undefined : found[0])
      );
    };
    const existing =
      (input.connectorProviderClassName
        ? await find('by-connector-provider-class-name', input.connectorProviderClassName)
        : undefined) ??
      (input.qualifiedName ? await find('by-name', input.qualifiedName) : undefined);
    if (existing) return existing.elementHeader.guid;
    const guid = await create(`${cm}/connector-types`, {
      class: 'NewElementRequestBody',
      properties: map.connectorTypeProperties(input, input.qualifiedName ?? defaultQualifiedName),
    } satisfies W.NewElementRequestBody);
    undo.push(() => deleteElement(`${cm}/connector-types/${seg(guid)}/delete`));
    return guid;
  }

  async function createEndpoint(input: M.Endpoint, qualifiedName: string, undo: Undo) {
    const guid = await create(`${cm}/endpoints`, {
      class: 'NewElementRequestBody',
      properties: map.endpointProperties(input, qualifiedName),
    } satisfies W.NewElementRequestBody);
    undo.push(() => deleteElement(`${cm}/endpoints/${seg(guid)}/delete`));
    return guid;
  }

  /** The endpoint the input asks for, if it asks for one. */
  const wantedEndpoint = (input: M.ConnectionInput): M.Endpoint | undefined =>
    input.endpoint && (input.endpoint.address || input.endpoint.guid) ? input.endpoint : undefined;

  /** Creates a connection with its links; `parentGuid` links it to the connector in the same call. */
  async function createConnection(
    input: M.ConnectionInput,
    defaultQualifiedName: string,
    parentGuid: string | undefined,
    undo: Undo,
  ): Promise<string> {
    const qualifiedName = input.qualifiedName ?? defaultQualifiedName;
    const body: W.NewElementRequestBody = {
      class: 'NewElementRequestBody',
      properties: map.connectionProperties(input, qualifiedName),
      ...(parentGuid
        ? {
            parentGUID: parentGuid,
            parentRelationshipTypeName: 'AssetConnection',
            parentAtEnd1: true,
          }
        : {}),
    };
    const guid = await create(`${cm}/connections`, body);
    undo.push(() => deleteElement(`${cm}/connections/${seg(guid)}/delete`));
    const typeGuid = await resolveConnectorType(
      input.connectorType,
      `${qualifiedName}:ConnectorType`,
      undo,
    );
    await http.postJson(
      `${cm}/connections/${seg(guid)}/connector-types/${seg(typeGuid)}/attach`,
      newRelationship(),
      W.VoidResponseSchema,
    );
    const endpoint = wantedEndpoint(input);
    if (endpoint) {
      const endpointGuid =
        endpoint.guid ??
        (await createEndpoint(
          endpoint,
          endpoint.qualifiedName ?? `${qualifiedName}:Endpoint`,
          undo,
        ));
      await http.postJson(
        `${cm}/connections/${seg(guid)}/endpoints/${seg(endpointGuid)}/attach`,
        newRelationship(),
        W.VoidResponseSchema,
      );
    }
    if (input.kind === 'VirtualConnection') {
      for (const embedded of input.embeddedConnections ?? [])
        await attachEmbedded(guid, embedded, qualifiedName, undo);
    }
    return guid;
  }

  async function attachEmbedded(
    virtualGuid: string,
    embedded: M.EmbeddedConnectionInput,
    parentQualifiedName: string,
    undo: Undo,
    existingGuid?: string,
  ): Promise<void> {
    const childGuid =
      existingGuid ??
      (await createConnection(
        embedded.connection,
        `${parentQualifiedName}:Embedded:${embedded.position}`,
        undefined,
        undo,
      ));
    await http.postJson(
      `${cm}/connections/${seg(virtualGuid)}/embedded-connections/${seg(childGuid)}/attach`,
      newRelationship(map.embeddedConnectionProperties(embedded)),
      W.VoidResponseSchema,
    );
  }

  async function deleteElement(path: string): Promise<void> {
    await http.postJson(
      path,
      { class: 'DeleteElementRequestBody' } satisfies W.DeleteElementRequestBody,
      W.VoidResponseSchema,
    );
  }

  async function detach(path: string): Promise<void> {
    await http.postJson(path, deleteRelationship, W.VoidResponseSchema);
  }

  /** Deletes a connection no connector and no virtual connection uses any more (and its embedded ones). */
  /**
   * Deletes a connection nothing else uses. `leaving` names the elements this operation removes or
   * unlinks (the connector, the parent connection): their links do not count as uses, so the
   * decision is the same whether or not those calls have been made yet (a preview has not).
   */
  async function deleteConnectionIfUnused(
    guid: string,
    leaving: ReadonlySet<string>,
    depth = 0,
  ): Promise<void> {
    const element = await retrieveConnection(guid);
    const users = [...(element.connectedAssets ?? []), ...(element.parentConnections ?? [])].filter(
      (link) => !leaving.has(link.relatedElement.elementHeader.guid),
    );
    if (users.length > 0) return;
    await deleteElement(`${cm}/connections/${seg(guid)}/delete`);
    if (depth < MAX_CONNECTION_DEPTH) {
      for (const link of element.embeddedConnections ?? [])
        await deleteConnectionIfUnused(
          link.relatedElement.elementHeader.guid,
          new Set([...leaving, guid]),
          depth + 1,
        ).catch(() => undefined);
    }
  }

  async function runCreate<T>(work: (undo: Undo) => Promise<T>): Promise<T> {
    const undo: Undo = [];
    try {
      return await work(undo);
    } catch (error) {
      // 6.x has no transaction across calls: remove what this save created, newest first.
      for (const step of undo.reverse()) await step().catch(() => undefined);
      throw error;
    }
  }

  /** Brings a stored connection in line with `input`; merge keeps what the input leaves out. */
  async function updateConnection(
    element: W.OpenMetadataRootElement,
    input: M.ConnectionInput,
    merge: boolean,
    depth: number,
  ): Promise<void> {
    const guid = element.elementHeader.guid;
    const qualifiedName = input.qualifiedName ?? propertyOf(element, 'qualifiedName') ?? guid;
    await http.postJson(
      `${cm}/connections/${seg(guid)}/update`,
      {
        class: 'UpdateElementRequestBody',
        mergeUpdate: merge,
        properties: map.connectionProperties(input, qualifiedName),
      } satisfies W.UpdateElementRequestBody,
      W.BooleanResponseSchema,
    );
    const undo: Undo = [];

    // Connector type: relink only when the input names a different one. Connector types are
    // shared reference data (often from a content pack), so a connector's save never edits one.
    const currentType = element.connectorType?.relatedElement;
    const ct = input.connectorType;
    const differs =
      !currentType ||
      (ct.guid !== undefined && ct.guid !== currentType.elementHeader.guid) ||
      (ct.connectorProviderClassName !== undefined &&
        ct.connectorProviderClassName !== propertyOf(currentType, 'connectorProviderClassName'));
    if (differs) {
      const typeGuid = await resolveConnectorType(ct, `${qualifiedName}:ConnectorType`, undo);
      if (typeGuid !== currentType?.elementHeader.guid) {
        if (currentType)
          await detach(
            `${cm}/connections/${seg(guid)}/connector-types/${seg(currentType.elementHeader.guid)}/detach`,
          );
        await http.postJson(
          `${cm}/connections/${seg(guid)}/connector-types/${seg(typeGuid)}/attach`,
          newRelationship(),
          W.VoidResponseSchema,
        );
      }
    }

    // Endpoint: one named by GUID is linked and, as 5.3 does with a named endpoint, brought in
    // line with the input in place (so a shared endpoint changes for every connection using it,
    // which the form warns about). An unnamed one updates the current endpoint when only this
    // connection uses it, else replaces it by a new one.
    const currentEndpoint = element.endpoint?.relatedElement;
    const endpointPath = (e: string) => `${cm}/connections/${seg(guid)}/endpoints/${seg(e)}`;
    const wanted = wantedEndpoint(input);
    if (wanted) {
      if (wanted.guid) {
        const named =
          wanted.guid === currentEndpoint?.elementHeader.guid
            ? currentEndpoint
            : await retrieve(
                `${cm}/endpoints/${seg(wanted.guid)}/retrieve`,
                'Endpoint',
                wanted.guid,
              );
        if (wanted.guid !== currentEndpoint?.elementHeader.guid) {
          if (currentEndpoint)
            await detach(`${endpointPath(currentEndpoint.elementHeader.guid)}/detach`);
          await http.postJson(
            `${endpointPath(wanted.guid)}/attach`,
            newRelationship(),
            W.VoidResponseSchema,
          );
        }
        if (map.endpointDiffers(named, wanted)) {
          await http.postJson(
            `${cm}/endpoints/${seg(wanted.guid)}/update`,
            {
              class: 'UpdateElementRequestBody',
              mergeUpdate: true,
              properties: map.endpointProperties(
                wanted,
                wanted.qualifiedName ?? propertyOf(named, 'qualifiedName') ?? wanted.guid,
              ),
            } satisfies W.UpdateElementRequestBody,
            W.BooleanResponseSchema,
          );
        }
      } else if (currentEndpoint) {
        const endpointGuid = currentEndpoint.elementHeader.guid;
        const endpoint = await retrieve(
          `${cm}/endpoints/${seg(endpointGuid)}/retrieve`,
          'Endpoint',
          endpointGuid,
        );
        if ((endpoint.connections ?? []).length <= 1) {
          await http.postJson(
            `${cm}/endpoints/${seg(endpointGuid)}/update`,
            {
              class: 'UpdateElementRequestBody',
              mergeUpdate: true,
              properties: map.endpointProperties(
                wanted,
                wanted.qualifiedName ??
                  propertyOf(currentEndpoint, 'qualifiedName') ??
                  `${qualifiedName}:Endpoint`,
              ),
            } satisfies W.UpdateElementRequestBody,
            W.BooleanResponseSchema,
          );
        } else {
          const fresh = await createEndpoint(
            wanted,
            `${qualifiedName}:Endpoint:${Date.now().toString(36)}`,
            undo,
          );
          await detach(`${endpointPath(endpointGuid)}/detach`);
          await http.postJson(
            `${endpointPath(fresh)}/attach`,
            newRelationship(),
            W.VoidResponseSchema,
          );
        }
      } else {
        const fresh = await createEndpoint(
          wanted,
          wanted.qualifiedName ?? `${qualifiedName}:Endpoint`,
          undo,
        );
        await http.postJson(
          `${endpointPath(fresh)}/attach`,
          newRelationship(),
          W.VoidResponseSchema,
        );
      }
    } else if (!merge && currentEndpoint) {
      await detach(`${endpointPath(currentEndpoint.elementHeader.guid)}/detach`);
    }

    // Embedded connections: matched by GUID when the input names one (a reorder keeps each
    // connection and its secrets), else by position.
    const wantedEmbedded = input.kind === 'VirtualConnection' ? input.embeddedConnections : [];
    if (wantedEmbedded === undefined && merge) return;
    const existing = (element.embeddedConnections ?? []).map((link) => ({
      link,
      ...map.embeddedLinkProperties(link),
      guid: link.relatedElement.elementHeader.guid,
    }));
    const embeddedPath = (child: string) =>
      `${cm}/connections/${seg(guid)}/embedded-connections/${seg(child)}`;
    const named = new Set(
      (wantedEmbedded ?? []).map((w) => w.connection.guid).filter((g): g is string => !!g),
    );
    const kept = new Set<string>();
    for (const wanted of wantedEmbedded ?? []) {
      const match = wanted.connection.guid
        ? existing.find((e) => e.guid === wanted.connection.guid)
        : existing.find(
            (e) => e.position === wanted.position && !named.has(e.guid) && !kept.has(e.guid),
          );
      if (match && depth < MAX_CONNECTION_DEPTH) {
        kept.add(match.guid);
        await updateConnection(
          await retrieveConnection(match.guid),
          wanted.connection,
          merge,
          depth + 1,
        );
        const sameLink =
          match.position === wanted.position &&
          match.displayName === wanted.displayName &&
          JSON.stringify(match.arguments) === JSON.stringify(wanted.arguments ?? {});
        if (!sameLink) {
          await detach(`${embeddedPath(match.guid)}/detach`);
          await attachEmbedded(guid, wanted, qualifiedName, undo, match.guid);
        }
      } else {
        await attachEmbedded(guid, wanted, qualifiedName, undo);
      }
    }
    for (const stale of existing.filter((e) => !kept.has(e.guid))) {
      await detach(`${embeddedPath(stale.guid)}/detach`);
      await deleteConnectionIfUnused(stale.guid, new Set([guid])).catch(() => undefined);
    }
  }

  // ---------------------------------------------------------------------------- registrations

  /** The RegisteredIntegrationConnector link from the connector's side (which also checks the connector exists). */
  async function registrationLink(groupGuid: string, connectorGuid: string, signal?: AbortSignal) {
    const element = requireConnector(
      await retrieveAsset(connectorGuid, signal),
      connectorGuid,
      `POST ${am}/assets/${connectorGuid}/retrieve`,
    );
    const link = (element.includedInIntegrationGroups ?? []).find(
      (l) => l.relatedElement.elementHeader.guid === groupGuid,
    );
    return { element, link };
  }

  /** The release in the platform's origin text decides, once, whether typed calls exist (6.2+). */
  let releaseCheck: Promise<boolean | undefined> | undefined;
  const typedByRelease = () =>
    (releaseCheck ??= http
      .getText(`${platform}/origin`)
      .then((origin) => {
        const version = /version (\d+)\.(\d+)/.exec(origin);
        if (!version) return undefined;
        const [major, minor] = [Number(version[1]), Number(version[2])];
        return major > 6 || (major === 6 && minor >= 2);
      })
      .catch(() => undefined));

  /** Runs a typed 6.2 call when the platform has it; `undefined` means "use the 6.1 way". */
  async function typed<T>(call: () => Promise<T>): Promise<T | undefined> {
    // Knowing the release up front avoids a failing call on 6.1, and lets a preview show the path
    // the write will really take.
    if (typedRegistration === undefined) typedRegistration = await typedByRelease();
    if (typedRegistration === false) return undefined;
    try {
      const result = await call();
      typedRegistration = true;
      return result;
    } catch (error) {
      if (typedRegistration === undefined && isUnknownPath(error)) {
        typedRegistration = false;
        return undefined;
      }
      throw error;
    }
  }

  const searchBody = (
    searchString: string,
    typeName: string | undefined,
    request: M.PageRequest,
  ): W.SearchStringRequestBody => ({
    class: 'SearchStringRequestBody',
    searchString,
    startsWith: false,
    endsWith: false,
    ignoreCase: true,
    ...(typeName ? { metadataElementTypeName: typeName } : {}),
    startFrom: request.startFrom,
    pageSize: request.pageSize,
  });

  return {
    dialect: 'v6',

    previewRequest: (request) =>
      previewByDryRun(
        options,
        typedRegistration === undefined
          ? options.typedRegistration
          : typedRegistration
            ? 'always'
            : 'never',
        request,
      ),

    // ------------------------------------------------------------------------------- platform
    platformOrigin: (signal) => http.getText(`${platform}/origin`, signal),
    async knownServers(signal) {
      return (
        (await http.getJson(`${platform}/servers`, W.ServerListResponseSchema, signal))
          .serverList ?? []
      );
    },
    async activeServers(signal) {
      return (
        (await http.getJson(`${platform}/servers/active`, W.ServerListResponseSchema, signal))
          .serverList ?? []
      );
    },
    async serverStatus(server, signal) {
      const r = await http.getJson(
        `${platform}/servers/${seg(server)}/status`,
        W.ServerStatusResponseSchema,
        signal,
      );
      return {
        serverName: r.serverName ?? server,
        serverType: r.serverType,
        isActive: r.isActive ?? false,
        startTime: r.serverStartTime,
        endTime: r.serverEndTime,
      };
    },

    // --------------------------------------------------------------------------------- groups
    async listGroups(request, signal) {
      const r = await http.postJson(
        `${am}/software-capabilities/search`,
        searchBody('*', GROUP_TYPE, request),
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      const elements = r.elements ?? [];
      return page(
        elements.filter((e) => isType(e, GROUP_TYPE)).map(map.toGroup),
        request,
        elements.length,
      );
    },
    async getGroup(guid, signal) {
      const path = `${am}/software-capabilities/${seg(guid)}`;
      const element = await retrieve(path, 'Integration group', guid, signal);
      if (!isType(element, GROUP_TYPE)) throw notFound('Integration group', guid, `POST ${path}`);
      return map.toGroup(element);
    },
    async findGroupByName(qualifiedName, signal) {
      const r = await http.postJson(
        `${am}/software-capabilities/by-name`,
        {
          class: 'FilterRequestBody',
          filter: qualifiedName,
          metadataElementTypeName: GROUP_TYPE,
          startFrom: 0,
          pageSize: 0,
        } satisfies W.FilterRequestBody,
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      // by-name also matches display names: keep the exact qualifiedName.
      const match = (r.elements ?? []).find(
        (e) => isType(e, GROUP_TYPE) && propertyOf(e, 'qualifiedName') === qualifiedName,
      );
      return match ? map.toGroup(match) : null;
    },
    createGroup: (input) =>
      create(`${am}/software-capabilities`, {
        class: 'NewElementRequestBody',
        properties: map.groupProperties(input),
      } satisfies W.NewElementRequestBody),
    async updateGroup(guid, input, { merge }) {
      await http.postJson(
        `${am}/software-capabilities/${seg(guid)}/update`,
        {
          class: 'UpdateElementRequestBody',
          mergeUpdate: merge,
          properties: map.groupProperties(input),
        } satisfies W.UpdateElementRequestBody,
        W.BooleanResponseSchema,
      );
    },
    async deleteGroup(guid) {
      // Asset Maker has no capability delete at 6.1: the generic element delete does it.
      await http.postJson(
        `${me}/metadata-elements/${seg(guid)}/delete`,
        { class: 'OpenMetadataDeleteRequestBody' } satisfies W.MetadataDeleteRequestBody,
        W.VoidResponseSchema,
      );
    },

    // ----------------------------------------------------------------------------- connectors
    async listConnectors(request, signal) {
      const r = await http.postJson(
        `${am}/assets/by-search-string`,
        searchBody('*', CONNECTOR_TYPE, request),
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      const elements = r.elements ?? [];
      const connectors = await mapLimit(
        elements.filter((e) => isType(e, CONNECTOR_TYPE)),
        concurrency,
        (e) => connectorFrom(e, signal),
      );
      return page(connectors, request, elements.length);
    },
    async getConnector(guid, signal) {
      return (await loadConnector(guid, signal)).connector;
    },
    async findConnectorByName(name, signal) {
      const r = await http.postJson(
        `${am}/assets/by-name`,
        {
          class: 'FilterRequestBody',
          filter: name,
          metadataElementTypeName: CONNECTOR_TYPE,
          startFrom: 0,
          pageSize: 0,
        } satisfies W.FilterRequestBody,
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      const candidates = (r.elements ?? []).filter((e) => isType(e, CONNECTOR_TYPE));
      const match =
        candidates.find((e) => propertyOf(e, 'qualifiedName') === name) ??
        candidates.find((e) => propertyOf(e, 'displayName') === name);
      return match ? connectorFrom(match, signal) : null;
    },
    createConnector: (input) =>
      runCreate(async (undo) => {
        const guid = await create(`${am}/assets`, {
          class: 'NewElementRequestBody',
          properties: map.connectorProperties(input),
        } satisfies W.NewElementRequestBody);
        undo.push(() => deleteElement(`${am}/assets/${seg(guid)}/delete`));
        await createConnection(input.connection, `${input.qualifiedName}:Connection`, guid, undo);
        return guid;
      }),
    async updateConnector(guid, input, { merge }) {
      await http.postJson(
        `${am}/assets/${seg(guid)}/update`,
        {
          class: 'UpdateElementRequestBody',
          mergeUpdate: merge,
          properties: map.connectorProperties(input),
        } satisfies W.UpdateElementRequestBody,
        W.BooleanResponseSchema,
      );
      const asset = await retrieveAsset(guid);
      const currentGuid = asset.connections?.[0]?.relatedElement.elementHeader.guid;
      if (!currentGuid) {
        await runCreate((undo) =>
          createConnection(input.connection, `${input.qualifiedName}:Connection`, guid, undo),
        );
        return;
      }
      const current = await retrieveConnection(currentGuid);
      const currentKind = map.toConnection(current, []).kind;
      const kindChanges = currentKind !== input.connection.kind;
      if (kindChanges) {
        // The type of an element cannot change: a new connection replaces the old one.
        await runCreate((undo) =>
          createConnection(
            {
              ...input.connection,
              qualifiedName:
                input.connection.qualifiedName ??
                `${input.qualifiedName}:Connection:${Date.now().toString(36)}`,
            },
            `${input.qualifiedName}:Connection`,
            guid,
            undo,
          ),
        );
        await detach(`${cm}/assets/${seg(guid)}/connections/${seg(currentGuid)}/detach`);
        await deleteConnectionIfUnused(currentGuid, new Set([guid])).catch(() => undefined);
        return;
      }
      await updateConnection(current, input.connection, merge, 0);
    },
    async deleteConnector(guid) {
      const asset = requireConnector(
        await retrieveAsset(guid),
        guid,
        `POST ${am}/assets/${guid}/retrieve`,
      );
      await http.postJson(
        `${am}/assets/${seg(guid)}/delete`,
        {
          class: 'DeleteElementRequestBody',
          cascadedDelete: false,
        } satisfies W.DeleteElementRequestBody,
        W.VoidResponseSchema,
      );
      // The connection is a separate element: remove it when nothing else uses it.
      for (const link of asset.connections ?? [])
        await deleteConnectionIfUnused(
          link.relatedElement.elementHeader.guid,
          new Set([guid]),
        ).catch(() => undefined);
    },
    async groupsOfConnector(connectorGuid, signal) {
      const r = await http.postJson(
        `${am}/integration-connectors/${seg(connectorGuid)}/integration-groups`,
        resultsBody({ startFrom: 0, pageSize: 0 }),
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      return (r.elements ?? []).map((e) => e.elementHeader.guid);
    },

    // -------------------------------------------------------------------------- registrations
    async registerConnector(groupGuid, connectorGuid, input) {
      const { link } = await registrationLink(groupGuid, connectorGuid);
      if (link) {
        // Registering again updates the registration, as on 5.3.
        await http.postJson(
          `${me}/related-elements/${seg(link.relationshipHeader.guid)}/update-properties`,
          {
            class: 'UpdatePropertiesRequestBody',
            replaceProperties: true,
            properties: { ...map.registrationElementProperties(input), class: 'ElementProperties' },
          } satisfies W.UpdatePropertiesRequestBody,
          W.VoidResponseSchema,
        );
        return;
      }
      const done = await typed(() =>
        http.postJson(
          `${am}/integration-groups/${seg(groupGuid)}/registered-integration-connectors/${seg(connectorGuid)}/attach`,
          newRelationship(map.registrationBean(input)),
          W.VoidResponseSchema,
        ),
      );
      if (done) return;
      await create(`${me}/related-elements`, {
        class: 'NewRelatedElementsRequestBody',
        typeName: REGISTRATION_TYPE,
        metadataElement1GUID: groupGuid,
        metadataElement2GUID: connectorGuid,
        properties: { ...map.registrationElementProperties(input), class: 'NewElementProperties' },
      } satisfies W.NewRelatedElementsRequestBody);
    },
    async getRegistration(groupGuid, connectorGuid, signal) {
      const { element, link } = await registrationLink(groupGuid, connectorGuid, signal);
      if (!link) return null;
      return map.toRegistration(
        { guid: link.relationshipHeader.guid, properties: link.relationshipProperties },
        await connectorFrom(element, signal),
        groupGuid,
      );
    },
    async listRegistrations(groupGuid, request, signal) {
      // The group answers all its registrations at once and the page is cut here; the later pages
      // of one listing are cut from the same answer (one snapshot, one read of a large group).
      const snapshot = linkSnapshots.get(groupGuid);
      let all: W.RelatedMetadataElementSummary[];
      if (request.startFrom > 0 && snapshot && Date.now() - snapshot.at < LINKS_SNAPSHOT_MS) {
        all = snapshot.links;
      } else {
        const path = `${am}/software-capabilities/${seg(groupGuid)}`;
        const r = await http.postJson(
          path,
          getBody({ includeOnlyRelationships: [REGISTRATION_TYPE], relationshipsPageSize: 0 }),
          W.OpenMetadataRootElementResponseSchema,
          signal,
        );
        if (!r.element || !isType(r.element, GROUP_TYPE))
          throw notFound('Integration group', groupGuid, `POST ${path}`);
        all = r.element.supportedIntegrationConnectors ?? [];
        linkSnapshots.set(groupGuid, { at: Date.now(), links: all });
      }
      const links = slice(all, request);
      const items = await mapLimit(links.items, concurrency, async (link) => {
        const connectorGuid = link.relatedElement.elementHeader.guid;
        const asset = await retrieveAsset(connectorGuid, signal, {
          includeOnlyRelationships: CONNECTION_LINKS,
        });
        return map.toRegistration(
          { guid: link.relationshipHeader.guid, properties: link.relationshipProperties },
          await connectorFrom(asset, signal),
          groupGuid,
        );
      });
      return { ...links, items };
    },
    async unregisterConnector(groupGuid, connectorGuid) {
      const { link } = await registrationLink(groupGuid, connectorGuid);
      if (!link) return;
      const done = await typed(() =>
        http.postJson(
          `${am}/integration-groups/${seg(groupGuid)}/registered-integration-connectors/${seg(connectorGuid)}/detach`,
          deleteRelationship,
          W.VoidResponseSchema,
        ),
      );
      if (done) return;
      await detach(`${me}/related-elements/${seg(link.relationshipHeader.guid)}/delete`);
    },

    // ------------------------------------------------------------------------ catalog targets
    addCatalogTarget: (connectorGuid, elementGuid, input) =>
      create(
        `${am}/integration-connectors/${seg(connectorGuid)}/catalog-targets/${seg(elementGuid)}`,
        newRelationship(map.catalogTargetProperties(input)),
      ),
    async getCatalogTarget(relationshipGuid, signal) {
      const path = `${am}/catalog-targets/${seg(relationshipGuid)}`;
      const r = await http.postJson(
        path,
        getBody(),
        W.OpenMetadataRelationshipResponseSchema,
        signal,
      );
      if (!r.element) throw notFound('Catalog target', relationshipGuid, `POST ${path}`);
      return map.toCatalogTargetRelationship(r.element);
    },
    async listCatalogTargets(connectorGuid, request, signal) {
      const path = `${am}/integration-connectors/${seg(connectorGuid)}/catalog-targets`;
      // Declared as a GET (with an optional body no browser can send) at 6.1; a POST if that changes.
      if (!catalogTargetListByPost) {
        try {
          const r = await http.getJson(path, W.OpenMetadataRootElementsResponseSchema, signal);
          return slice((r.elements ?? []).map(map.toListedCatalogTarget), request);
        } catch (error) {
          if (!isWrongMethod(error)) throw error;
          catalogTargetListByPost = true;
        }
      }
      const r = await http.postJson(
        path,
        resultsBody(request),
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      const targets = (r.elements ?? []).map(map.toListedCatalogTarget);
      return page(targets, request);
    },
    async updateCatalogTarget(relationshipGuid, input) {
      await http.postJson(
        `${am}/catalog-targets/${seg(relationshipGuid)}/update`,
        {
          class: 'UpdateRelationshipRequestBody',
          mergeUpdate: false,
          properties: map.catalogTargetProperties(input),
        } satisfies W.UpdateRelationshipRequestBody,
        W.VoidResponseSchema,
      );
    },
    async removeCatalogTarget(relationshipGuid) {
      await detach(`${am}/catalog-targets/${seg(relationshipGuid)}/remove`);
    },

    // --------------------------------------------------------------------------------- search
    async searchElements(searchString, typeNames, request, signal) {
      const single = typeNames.length === 1 ? typeNames[0] : undefined;
      const r = await http.postJson(
        `${me}/metadata-elements/by-search-string`,
        searchBody(searchString.trim() || '*', single, request),
        W.OpenMetadataElementsResponseSchema,
        signal,
      );
      const elements = r.elementList ?? [];
      return page(
        elements.filter((e) => isOfAnyType(e, typeNames)).map(toElementSummary),
        request,
        elements.length,
      );
    },

    // --------------------------------------------------------------------------------- daemon
    async daemonStatus(daemon, signal) {
      return map.toDaemonStatus(
        await http.getJson(
          `${daemonBase(daemon)}/status`,
          W.IntegrationDaemonStatusResponse6Schema,
          signal,
        ),
      );
    },
    async groupSummaries(daemon, signal) {
      const r = await http.getJson(
        `${daemonBase(daemon)}/integration-groups/summary`,
        W.IntegrationGroupSummariesResponse6Schema,
        signal,
      );
      return (r.integrationGroupSummaries ?? []).map(map.toGroupSummary);
    },
    async groupSummary(daemon, groupName, signal) {
      const path = `${daemonBase(daemon)}/integration-groups/${seg(groupName)}/summary`;
      const r = await http.getJson(path, W.IntegrationGroupSummaryResponse6Schema, signal);
      if (!r.integrationGroupSummary)
        throw notFound('Integration group summary', groupName, `GET ${path}`);
      return map.toGroupSummary(r.integrationGroupSummary);
    },
    async refreshGroupConfig(daemon, groupName) {
      await http.getJson(
        `${daemonBase(daemon)}/integration-groups/${seg(groupName)}/refresh-config`,
        W.VoidResponseSchema,
      );
    },
    async connectorConfigurationProperties(daemon, connectorName, signal) {
      const r = await http.getJson(
        `${daemonBase(daemon)}/integration-connectors/${seg(connectorName)}/configuration-properties`,
        W.PropertiesResponseSchema,
        signal,
      );
      return r.properties ?? {};
    },
    async updateConnectorConfigurationProperties(daemon, connectorName, properties, { merge }) {
      await http.postJson(
        `${daemonBase(daemon)}/integration-connectors/configuration-properties`,
        {
          class: 'ConnectorConfigPropertiesRequestBody',
          connectorName,
          mergeUpdate: merge,
          configurationProperties: properties,
        } satisfies W.ConnectorConfigPropertiesRequestBody,
        W.VoidResponseSchema,
      );
    },
    async updateEndpointAddress(daemon, connectorName, address) {
      await http.postJson(
        `${daemonBase(daemon)}/integration-connectors/${seg(connectorName)}/endpoint-network-address`,
        { class: 'StringRequestBody', string: address } satisfies W.StringRequestBody,
        W.VoidResponseSchema,
      );
    },
    async updateConnectorConnection(daemon, connectorName, connection) {
      await http.postJson(
        `${daemonBase(daemon)}/integration-connectors/${seg(connectorName)}/connection`,
        map.ocfConnection(connection),
        W.VoidResponseSchema,
      );
    },
    async refreshConnectors(daemon, connectorName) {
      await http.postJson(
        `${daemonBase(daemon)}/integration-connectors/refresh`,
        nameBody(connectorName),
        W.VoidResponseSchema,
      );
    },
    async restartConnectors(daemon, connectorName) {
      await http.postJson(
        `${daemonBase(daemon)}/integration-connectors/restart`,
        nameBody(connectorName),
        W.VoidResponseSchema,
      );
    },
  };
}

function nameBody(connectorName: string | undefined): W.NameRequestBody {
  return connectorName
    ? { class: 'NameRequestBody', name: connectorName }
    : { class: 'NameRequestBody' };
}

/** Bodies of 6.x calls that only read; every other POST changes something. */
const READ_BODY_CLASSES = new Set([
  'GetRequestBody',
  'ResultsRequestBody',
  'FilterRequestBody',
  'SearchStringRequestBody',
]);

/**
 * 6.x writes take several calls, some decided by what the platform holds (is the connector type
 * already there? which relationship is the registration?). So the preview runs the write for real
 * against the platform with every changing call intercepted: reads go through, writes are recorded
 * (secrets masked) and answered with placeholder GUIDs. The preview is the exact sequence the write
 * would send now.
 */
async function previewByDryRun(
  options: V6BackendOptions,
  typedRegistration: V6BackendOptions['typedRegistration'],
  request: WriteRequest,
): Promise<RequestPreview[]> {
  const realFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl.replace(/\/+$/, '');
  const recorded: RequestPreview[] = [];
  const recordingFetch: FetchLike = async (url, init) => {
    const method = (init?.method ?? 'GET') as RequestPreview['method'];
    const path = url.startsWith(base) ? url.slice(base.length) : url;
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const bodyClass = (body as { class?: unknown } | undefined)?.class;
    // refresh-config changes the daemon although it is a GET.
    const reads =
      method === 'GET'
        ? !/\/refresh-config$/.test(path.split('?')[0] ?? '')
        : typeof bodyClass === 'string' && READ_BODY_CLASSES.has(bodyClass);
    if (reads) return realFetch(url, init);
    recorded.push(
      body === undefined ? { method, path } : { method, path, body: maskSecrets(body) },
    );
    return new Response(
      JSON.stringify({
        class: 'GUIDResponse',
        relatedHTTPCode: 200,
        guid: `NEW-GUID-${recorded.length}`,
        flag: true,
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  };
  await performWrite(
    createV6Backend({ ...options, fetch: recordingFetch, typedRegistration }),
    request,
  );
  return recorded;
}
