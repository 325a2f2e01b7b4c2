/**
 * EgeriaBackend for Egeria 5.3: platform services, the metadata access server's
 * governance-configuration-service (marker `governance-server`) for groups, connectors,
 * registrations and catalog targets, its open-metadata-store for searches and for a connector's
 * connection elements, and the integration daemon API, all with the userId in the URL. What
 * differs from 6.x is listed in ./paths.ts.
 */
import type { z } from 'zod';
import { hasEmbeddedConnections, type EgeriaBackend } from '../backend';
import { connectionSync, withUndo } from '../connection-sync';
import { EgeriaError, notFound } from '../errors';
import type * as M from '../model';
import { previewByDryRun } from '../preview';
import { createTransport, type FetchLike, type WriteCall } from '../transport';
import { daemonApi, daemonMethods } from '../apis/daemon';
import { platformApi } from '../apis/platform';
import { GUIDListResponseSchema, VoidResponseSchema } from '../wire/ffdc';
import { OpenMetadataElementsResponseSchema, summaryPage } from '../wire/generic';
import {
  listedRelationships,
  OpenMetadataRelationshipListResponseSchema,
  relationshipsOfTypeBody,
  toConnectorCatalogTargets,
} from '../wire/relationships';
import { pageOf, readWide } from '../wire/values';
import { assetConnectionGuid, connectionElements5, openMetadataStore } from './connection-elements';
import * as gcs from './gcs';
import {
  configurationServicePath,
  containsRegex,
  encodeSegment as seg,
  integrationDaemonPath,
  openMetadataStorePath,
  pagingQuery,
  platformServicesPath,
  storeSearchQuery,
} from './paths';

export interface V5BackendOptions {
  /** Where Egeria paths are appended: a platform URL (or a test server). */
  baseUrl: string;
  userId: string;
  /** The metadata access server that hosts the governance-configuration-service. */
  metadataServer: string;
  serviceUrlMarker?: string;
  fetch?: FetchLike;
  headers?: () => Record<string, string>;
  /** Records changing calls instead of sending them (save previews). */
  dryRun?: (call: WriteCall) => unknown;
}

/**
 * Real 5.3 reads a connector whose connection embeds another connection with unbounded recursion:
 * the read overflows the stack and the platform process exits (seen on 5.3-SNAPSHOT e993386a1f51;
 * see docs/egeria-5.3-wire-notes.md). The console refuses to make one rather than stop the platform.
 */
function refuseEmbedded(connection: M.ConnectionInput): void {
  if (hasEmbeddedConnections(connection))
    throw new EgeriaError({
      kind: 'invalid',
      httpStatus: 0,
      messageId: 'CONSOLE-EGERIA53-400-001',
      text: 'Egeria 5.3 cannot read back a connection that embeds other connections: reading it stops the platform',
      systemAction: 'Nothing was sent to the platform.',
      userAction:
        'Save the connector without embedded connections on Egeria 5.3, or manage it on Egeria 6.1 or later.',
    });
}

/** Characters Spring/Tomcat refuse inside a path segment even when encoded. */
const UNADDRESSABLE_IN_PATH = /[/\\]/;
const SCAN_PAGE = 500;

/**
 * 5.3's answer to a lookup by name that found nothing: "Multiple … entities where found … the
 * identifiers of the returned entities are []" (captured/5.3-snapshot/07g).
 */
const isNoneFoundByName = (error: unknown): boolean =>
  error instanceof EgeriaError &&
  error.messageId === 'OMAG-REPOSITORY-HANDLER-404-010' &&
  error.parameters?.[2] === '[]';

export function createV5Backend(options: V5BackendOptions): EgeriaBackend {
  const http = createTransport({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.headers,
    dryRun: options.dryRun,
  });
  const g = configurationServicePath(
    options.metadataServer,
    options.userId,
    options.serviceUrlMarker,
  );
  const store = openMetadataStorePath(
    options.metadataServer,
    options.userId,
    options.serviceUrlMarker,
  );
  const platform = platformApi(http, platformServicesPath(options.userId), seg);
  const daemon = daemonApi(http, {
    base: (name) => integrationDaemonPath(name, options.userId),
    addressKey: 'address',
    seg,
  });
  const oms = openMetadataStore(http, store);
  const elements = connectionElements5(http, store);
  const sync = connectionSync(elements);

  /** Every page of a listing, until `match` finds one (names Tomcat cannot carry in a path). */
  async function scan<T>(
    list: (page: M.PageRequest) => Promise<M.Page<T>>,
    match: (item: T) => boolean,
  ): Promise<T | null> {
    for (let startFrom = 0; ; startFrom += SCAN_PAGE) {
      const found = await list({ startFrom, pageSize: SCAN_PAGE });
      const hit = found.items.find(match);
      if (hit) return hit;
      if (!found.mayHaveMore) return null;
    }
  }

  /** One page of a governance-configuration-service list, in the console's model. */
  async function listed<E, T>(
    path: string,
    schema: z.ZodType<{ elements?: E[] }>,
    toModel: (element: E) => T,
    request: M.PageRequest,
    signal?: AbortSignal,
  ) {
    const r = await http.getJson(
      `${g}/${path}${pagingQuery(request.startFrom, request.pageSize)}`,
      schema,
      signal,
    );
    return pageOf((r.elements ?? []).map(toModel), request);
  }

  /** The governance-configuration-service delete, which names the element's qualifiedName too. */
  const deleteElement = (collection: string, guid: string, qualifiedName: string) =>
    http.postJson(
      `${g}/${collection}/${seg(guid)}/delete`,
      { class: 'DeleteRequestBody', qualifiedName },
      VoidResponseSchema,
    );

  /**
   * Refuses to delete a connector whose connection, or its endpoint, other elements use: real 5.3
   * would delete them with it (they are anchored to the connector that first used them).
   */
  async function refuseIfShared(connectionGuid: string, connectorGuid: string): Promise<void> {
    const users = (await elements.connectionUsers(connectionGuid)).filter(
      (u) => u !== connectorGuid,
    );
    const stored = await elements.read(connectionGuid);
    const endpointUsers = stored.endpoint
      ? (await elements.endpointUsers(stored.endpoint.guid)).filter((u) => u !== connectionGuid)
      : [];
    const others = [...users, ...endpointUsers];
    if (others.length > 0)
      throw new EgeriaError({
        kind: 'invalid',
        httpStatus: 0,
        messageId: 'CONSOLE-EGERIA53-409-001',
        text: `Egeria 5.3 would also delete what ${others.join(', ')} use${others.length === 1 ? 's' : ''}: this connector's ${users.length > 0 ? 'connection' : 'endpoint'} is shared`,
        systemAction: 'Nothing was deleted.',
        userAction:
          'Edit the connector so that it has an endpoint of its own (saving gives it one), then delete it.',
      });
  }

  // The elements as the governance-configuration-service returns them (its schemas keep every field).
  const readGroup = async (guid: string, signal?: AbortSignal) => {
    const path = `${g}/integration-groups/${seg(guid)}`;
    const r = await http.getJson(path, gcs.GroupResponseSchema, signal);
    if (!r.element) throw notFound('Integration group', guid, `GET ${path}`);
    return r.element;
  };
  const readConnector = async (guid: string, signal?: AbortSignal) => {
    const path = `${g}/integration-connectors/${seg(guid)}`;
    const r = await http.getJson(path, gcs.ConnectorResponseSchema, signal);
    if (!r.element) throw notFound('Integration connector', guid, `GET ${path}`);
    return r.element;
  };

  const backend: EgeriaBackend = {
    dialect: 'v5',

    previewRequest: (request) =>
      previewByDryRun((dryRun) => createV5Backend({ ...options, dryRun }), request),

    platformOrigin: platform.origin,
    knownServers: platform.knownServers,
    activeServers: platform.activeServers,
    serverStatus: platform.serverStatus,

    // ------------------------------------------------------------------------------- groups
    listGroups: (request, signal) =>
      listed('integration-groups', gcs.GroupsResponseSchema, gcs.toGroup, request, signal),
    getGroup: async (guid, signal) => gcs.toGroup(await readGroup(guid, signal)),
    async findGroupByName(qualifiedName, signal) {
      // Tomcat rejects an encoded slash in a path segment, so such names are found by listing.
      if (UNADDRESSABLE_IN_PATH.test(qualifiedName))
        return scan(
          (page) => backend.listGroups(page, signal),
          (group) => group.qualifiedName === qualifiedName,
        );
      // An unknown name answers relatedHTTPCode 200 without an element (captured/5.3-snapshot/07e).
      const r = await http.getJson(
        `${g}/integration-groups/by-name/${seg(qualifiedName)}`,
        gcs.GroupResponseSchema,
        signal,
      );
      return r.element ? gcs.toGroup(r.element) : null;
    },
    createGroup: (input) => http.create(`${g}/integration-groups/new`, gcs.fromGroupInput(input)),
    async updateGroup(guid, input, { merge }) {
      await http.postJson(
        `${g}/integration-groups/${seg(guid)}/update?isMergeUpdate=${merge}`,
        gcs.fromGroupInput(input),
        VoidResponseSchema,
      );
    },
    async deleteGroup(guid, qualifiedName) {
      // The governance-configuration-service refuses a delete without the group's qualifiedName
      // (OMAG-COMMON-400-006), yet creates and lists groups without one: those go through the
      // open-metadata-store, as real 5.3 allows.
      if (!qualifiedName) return oms.remove(guid);
      await deleteElement('integration-groups', guid, qualifiedName);
    },

    // --------------------------------------------------------------------------- connectors
    listConnectors: (request, signal) =>
      listed(
        'integration-connectors',
        gcs.ConnectorsResponseSchema,
        gcs.toConnector,
        request,
        signal,
      ),
    getConnector: async (guid, signal) => gcs.toConnector(await readConnector(guid, signal)),
    storedElement: (kind, guid, signal) =>
      kind === 'group' ? readGroup(guid, signal) : readConnector(guid, signal),
    async findConnectorByName(name, signal) {
      if (UNADDRESSABLE_IN_PATH.test(name))
        return scan(
          (page) => backend.listConnectors(page, signal),
          (c) => c.qualifiedName === name || c.name === name,
        );
      try {
        const r = await http.getJson(
          `${g}/integration-connectors/by-name/${seg(name)}`,
          gcs.ConnectorResponseSchema,
          signal,
        );
        return r.element ? gcs.toConnector(r.element) : null;
      } catch (error) {
        if (isNoneFoundByName(error)) return null;
        throw error;
      }
    },
    // Real 5.3's integration-connectors/new refuses a connector without a connection
    // (OMAG-COMMON-400-011) and fails on one with a connection while still creating the connector
    // (captured/5.3-snapshot/08a). So the connector is made, like its connection, through the
    // open-metadata-store; the governance-configuration-service then reads it with its connection.
    createConnector: (input) =>
      withUndo(async (undo) => {
        refuseEmbedded(input.connection);
        const guid = await oms.create('IntegrationConnector', gcs.connectorValues(input));
        undo.push(() => oms.remove(guid));
        await sync.create(input.connection, `${input.qualifiedName}:Connection`, guid, undo);
        return guid;
      }),
    async updateConnector(guid, input, { merge }) {
      refuseEmbedded(input.connection);
      await oms.update(guid, gcs.connectorValues(input), merge);
      const currentGuid = await assetConnectionGuid(http, store, guid);
      const current = currentGuid ? await elements.read(currentGuid) : undefined;
      await sync.setAssetConnection(
        { guid, qualifiedName: input.qualifiedName },
        current,
        input.connection,
        merge,
      );
    },
    async deleteConnector(guid, qualifiedName) {
      // Real 5.3 deletes a connector with everything anchored to it: its connection and that
      // connection's endpoint, even when other connectors' connections use them (e993386a1f51).
      const connectionGuid = await assetConnectionGuid(http, store, guid);
      if (connectionGuid) await refuseIfShared(connectionGuid, guid);
      await deleteElement('integration-connectors', guid, qualifiedName);
    },
    async groupsOfConnector(connectorGuid, signal) {
      const r = await http.getJson(
        `${g}/integration-connectors/${seg(connectorGuid)}/registrations`,
        GUIDListResponseSchema,
        signal,
      );
      return r.guids ?? [];
    },

    // ------------------------------------------------------------------------ registrations
    async registerConnector(groupGuid, connectorGuid, input) {
      await http.postJson(
        `${g}/integration-groups/${seg(groupGuid)}/integration-connectors/${seg(connectorGuid)}`,
        gcs.fromRegistrationInput(input),
        VoidResponseSchema,
      );
    },
    async getRegistration(groupGuid, connectorGuid, signal) {
      const r = await http.getJson(
        `${g}/integration-groups/${seg(groupGuid)}/integration-connectors/${seg(connectorGuid)}`,
        gcs.RegistrationResponseSchema,
        signal,
      );
      return r.registeredIntegrationConnector
        ? gcs.toRegistration(r.registeredIntegrationConnector, groupGuid)
        : null;
    },
    listRegistrations: (groupGuid, request, signal) =>
      readWide(request, async (part) => {
        const r = await http.getJson(
          `${g}/integration-groups/${seg(groupGuid)}/integration-connectors${pagingQuery(part.startFrom, part.pageSize)}`,
          gcs.RegistrationsResponseSchema,
          signal,
        );
        return pageOf(
          (r.elements ?? []).map((e) => gcs.toRegistration(e, groupGuid)),
          part,
        );
      }),
    async unregisterConnector(groupGuid, connectorGuid) {
      // Real 5.3's integration-groups/{g}/integration-connectors/{c}/delete soft-deletes the
      // connector, its connection and endpoint, its other registrations and the group itself
      // (seen on 5.3-SNAPSHOT e993386a1f51). Only the registration relationship is removed here.
      const registration = await backend.getRegistration(groupGuid, connectorGuid);
      if (registration?.relationshipGuid)
        await oms.removeRelationship(registration.relationshipGuid);
    },

    // ------------------------------------------------------------------------ catalog targets
    addCatalogTarget: (connectorGuid, elementGuid, input) =>
      http.create(
        `${g}/integration-connectors/${seg(connectorGuid)}/catalog-targets/${seg(elementGuid)}`,
        gcs.fromCatalogTargetInput(input),
      ),
    async getCatalogTarget(relationshipGuid, signal) {
      const path = `${g}/catalog-targets/${seg(relationshipGuid)}`;
      const r = await http.getJson(path, gcs.CatalogTargetResponseSchema, signal);
      if (!r.element) throw notFound('Catalog target', relationshipGuid, `GET ${path}`);
      return gcs.toCatalogTarget(r.element);
    },
    listCatalogTargets: (connectorGuid, request, signal) =>
      listed(
        `integration-connectors/${seg(connectorGuid)}/catalog-targets`,
        gcs.CatalogTargetsResponseSchema,
        gcs.toCatalogTarget,
        request,
        signal,
      ),
    // The governance-configuration-service lists one connector's targets; the server's
    // open-metadata-store lists every relationship of a type (findRelationshipsBetweenMetadataElements
    // without search properties).
    listAllCatalogTargets: (request, signal) =>
      readWide(request, async (part) => {
        const r = await http.query(
          `${store}/relationships/by-search-conditions${storeSearchQuery(part.startFrom, part.pageSize)}`,
          relationshipsOfTypeBody('CatalogTarget'),
          OpenMetadataRelationshipListResponseSchema,
          signal,
        );
        const listed = listedRelationships(r);
        const targets = toConnectorCatalogTargets(listed).map(gcs.asConfiguredCatalogTarget);
        return pageOf(targets, part, listed.length);
      }),
    async updateCatalogTarget(relationshipGuid, input) {
      await http.postJson(
        `${g}/catalog-targets/${seg(relationshipGuid)}/update`,
        gcs.fromCatalogTargetInput(input),
        VoidResponseSchema,
      );
    },
    async removeCatalogTarget(relationshipGuid) {
      // 5.3 requires a body on this delete (see the wire notes).
      await http.postJson(
        `${g}/catalog-targets/${seg(relationshipGuid)}/delete`,
        { class: 'NullRequestBody' },
        VoidResponseSchema,
      );
    },

    // ------------------------------------------------------------------------------ search
    async searchElements(searchString, typeNames, request, signal) {
      // One type is filtered by the platform; several are filtered here (the bean takes one).
      const single = typeNames.length === 1 ? typeNames[0] : undefined;
      const r = await http.query(
        `${store}/metadata-elements/by-search-string${storeSearchQuery(request.startFrom, request.pageSize)}`,
        {
          class: 'SearchStringRequestBody',
          searchString: containsRegex(searchString.trim()),
          ...(single ? { typeName: single } : {}),
        },
        OpenMetadataElementsResponseSchema,
        signal,
      );
      return summaryPage(r, typeNames, request);
    },

    // ------------------------------------------------------------------------------ daemon
    ...daemonMethods(daemon),
  };
  return backend;
}
