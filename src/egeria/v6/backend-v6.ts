/**
 * EgeriaBackend for Egeria 6.x (6.1; 6.2 following pyegeria). Definitions are ordinary metadata
 * kept through the view services of a view server: integration groups are software capabilities
 * and connectors are assets (asset-maker); connections, connector types and endpoints are separate
 * linked elements (connection-maker, ../connection-sync.ts); registrations are generic
 * RegisteredIntegrationConnector relationships (metadata-expert; 6.2 adds typed attach/detach in
 * asset-maker, used when the platform's release says it has them). Every call needs a bearer
 * token, which the console server adds. What differs from 5.3 is listed in ./paths.ts.
 */
import type { EgeriaBackend } from '../backend';
import { connectionSync, withUndo } from '../connection-sync';
import { EgeriaError, notFound } from '../errors';
import type * as M from '../model';
import { previewByDryRun } from '../preview';
import { createTransport, type FetchLike, type WriteCall } from '../transport';
import { daemonApi, daemonMethods } from '../apis/daemon';
import { platformApi } from '../apis/platform';
import { BooleanResponseSchema, VoidResponseSchema } from '../wire/ffdc';
import { OpenMetadataElementsResponseSchema, summaryPage } from '../wire/generic';
import { isOfType } from '../wire/header';
import {
  listedRelationships,
  OpenMetadataRelationshipListResponseSchema,
  relationshipsOfTypeBody,
  toCatalogTargetRelationship,
  toConnectorCatalogTargets,
} from '../wire/relationships';
import { pageOf, readWide } from '../wire/values';
import {
  CONNECTION_LINKS,
  CONNECTION_PARTS,
  connectionElements6,
  readOptions,
  retrieveElement,
} from './connection-elements';
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
  /** Where Egeria paths are appended: a platform URL (or a test server). */
  baseUrl: string;
  /** The view server that runs asset-maker, connection-maker and metadata-expert. */
  viewServer: string;
  fetch?: FetchLike;
  headers?: () => Record<string, string>;
  /**
   * Typed registration attach/detach (6.2). `auto` asks the platform's origin for its release,
   * and also falls back to the generic related-elements calls (6.1) when the path is unknown.
   */
  typedRegistration?: 'auto' | 'always' | 'never';
  /** Parallel reads when one answer needs several calls (the connectors of a page of registrations). */
  concurrency?: number;
  /** Records changing calls instead of sending them (save previews). */
  dryRun?: (call: WriteCall) => unknown;
}

const GROUP_TYPE = 'IntegrationGroup';
const CONNECTOR_TYPE = 'IntegrationConnector';
const REGISTRATION_TYPE = 'RegisteredIntegrationConnector';
/**
 * Everything a connector read needs: its connection and, to graphQueryDepth, the connection's
 * parts. includeOnlyRelationships applies at every level of the hierarchy, so the parts must be
 * named too, or 6.1 answers the connection without its connector type and endpoint.
 */
const CONNECTOR_RELATIONSHIPS = [...CONNECTION_LINKS, ...CONNECTION_PARTS];
/** Deep enough for a virtual connection's embedded connections and their parts. */
const CONNECTION_DEPTH = 4;
/** Later pages of one listing reuse the group's links read for its first page for this long. */
const LINKS_SNAPSHOT_MS = 60_000;
/**
 * A group found by name brings up to this many of its registration links along; a group with
 * fewer (all of them, then) gives its first registrations read those, one call fewer on the group
 * page and the graph. Larger groups pay only these few links for the lookup.
 */
const BY_NAME_LINKS = 100;
/**
 * …taken once, only this soon after the lookup (a page reads the registrations as soon as it has
 * the group), and never after a change was sent.
 */
const BY_NAME_LINKS_MS = 2_000;
/** Connectors per page of the search that brings a group's connectors with their connections. */
const CONNECTOR_SEARCH_PAGE = 500;

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

/** Spring's own 404: the platform has no such path (not Egeria saying an element is missing). */
const isUnknownPath = (error: unknown): boolean =>
  error instanceof EgeriaError && error.kind === 'http' && error.httpStatus === 404;

const isType = (element: W.OpenMetadataRootElement, typeName: string): boolean =>
  isOfType(element.elementHeader.type, typeName);

const propertyOf = (element: W.OpenMetadataRootElement, key: string) => {
  const value = element.properties?.[key];
  return typeof value === 'string' ? value : undefined;
};

export function createV6Backend(options: V6BackendOptions): EgeriaBackend {
  const http = createTransport({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.headers,
    dryRun: options.dryRun,
    // Links a lookup brought along may be out of date once anything changed.
    onWrite: () => linksFromLookup.clear(),
  });
  const concurrency = options.concurrency ?? 8;
  const am = viewServicePath(options.viewServer, VIEW_SERVICES.assetMaker);
  const cm = viewServicePath(options.viewServer, VIEW_SERVICES.connectionMaker);
  const me = viewServicePath(options.viewServer, VIEW_SERVICES.metadataExpert);
  const platform = platformApi(http, PLATFORM_SERVICES_PATH, seg);
  const daemon = daemonApi(http, {
    base: integrationDaemonPath,
    addressKey: 'networkAddress',
    seg,
  });
  const sync = connectionSync(connectionElements6(http, cm, me));
  let typedRegistration: boolean | undefined =
    options.typedRegistration === 'always'
      ? true
      : options.typedRegistration === 'never'
        ? false
        : undefined;

  const retrieveConnector = async (guid: string, relationships: string[], signal?: AbortSignal) => {
    const path = `${am}/assets/${seg(guid)}/retrieve`;
    const element = await retrieveElement(
      http,
      path,
      'Integration connector',
      guid,
      readOptions(relationships, relationships.length > 0 ? CONNECTION_DEPTH : 0),
      signal,
    );
    if (!isType(element, CONNECTOR_TYPE))
      throw notFound('Integration connector', guid, `POST ${path}`);
    return element;
  };
  /** The group alone, or with the relationships `request` asks for. */
  const retrieveGroup = async (
    guid: string,
    signal?: AbortSignal,
    request: W.ReadOptions = readOptions(undefined, 0),
  ) => {
    const path = `${am}/software-capabilities/${seg(guid)}`;
    const element = await retrieveElement(http, path, 'Integration group', guid, request, signal);
    if (!isType(element, GROUP_TYPE)) throw notFound('Integration group', guid, `POST ${path}`);
    return element;
  };
  const toConnector = (element: W.OpenMetadataRootElement) =>
    map.toConnector(element, map.connectorConnection(element)?.connection);

  const searchBody = (
    typeName: string,
    request: M.PageRequest,
    relationships?: string[],
    searchString = '',
  ): W.SearchStringRequestBody => ({
    class: 'SearchStringRequestBody',
    // No search string lists every element of the type; "*" would be matched literally.
    ...(searchString ? { searchString, startsWith: false, endsWith: false, ignoreCase: true } : {}),
    metadataElementTypeName: typeName,
    startFrom: request.startFrom,
    pageSize: request.pageSize,
    ...readOptions(relationships, relationships ? CONNECTION_DEPTH : 0),
  });
  const deleteRelationship: W.DeleteRelationshipRequestBody = {
    class: 'DeleteRelationshipRequestBody',
  };
  const newRelationship = (properties?: W.BeanProperties): W.NewRelationshipRequestBody =>
    properties
      ? { class: 'NewRelationshipRequestBody', properties }
      : { class: 'NewRelationshipRequestBody' };

  /** The connector search pages read for the listing under way (its later pages reuse them). */
  let connectorPages: { at: number; pages: W.OpenMetadataRootElement[][] } | undefined;

  /**
   * The connectors named, each with its connection hierarchy, from the connector search pages
   * (real 6.1 answers each found connector with its `connections`, golden 12c) instead of one
   * retrieve per connector: a group of N connectors costs ⌈all connectors / page⌉ calls, not N.
   * The later pages of one listing reuse the search pages its first read (a connector created
   * since is not in them, and is read by itself).
   * A connector the pages do not hold (a platform capping the page) is left to the caller.
   */
  async function connectorsWithConnections(
    guids: string[],
    signal: AbortSignal | undefined,
    sameListing: boolean,
  ): Promise<Map<string, W.OpenMetadataRootElement>> {
    const wanted = new Set(guids);
    const found = new Map<string, W.OpenMetadataRootElement>();
    if (wanted.size === 0) return found;
    const reuse =
      sameListing && connectorPages && Date.now() - connectorPages.at < LINKS_SNAPSHOT_MS
        ? connectorPages
        : undefined;
    const read = reuse ?? { at: Date.now(), pages: [] };
    connectorPages = read;
    for (let index = 0; ; index += 1) {
      let elements = read.pages[index];
      if (!elements) {
        const r = await http.query(
          `${am}/assets/by-search-string`,
          searchBody(
            CONNECTOR_TYPE,
            { startFrom: index * CONNECTOR_SEARCH_PAGE, pageSize: CONNECTOR_SEARCH_PAGE },
            CONNECTOR_RELATIONSHIPS,
          ),
          W.OpenMetadataRootElementsResponseSchema,
          signal,
        );
        elements = r.elements ?? [];
        read.pages[index] = elements;
      }
      for (const element of elements)
        if (wanted.has(element.elementHeader.guid)) found.set(element.elementHeader.guid, element);
      if (found.size === wanted.size || elements.length < CONNECTOR_SEARCH_PAGE) return found;
    }
  }

  /** The group's registration links of the listing under way, per group. */
  const linkSnapshots = new Map<string, { at: number; links: W.RelatedMetadataElementSummary[] }>();
  /** Every registration link of a group, as its lookup by name brought them (BY_NAME_LINKS). */
  const linksFromLookup = new Map<
    string,
    { at: number; links: W.RelatedMetadataElementSummary[] }
  >();

  /** The RegisteredIntegrationConnector link from the connector's side (which also checks the connector exists). */
  async function registrationLink(groupGuid: string, connectorGuid: string, signal?: AbortSignal) {
    const element = await retrieveConnector(
      connectorGuid,
      [REGISTRATION_TYPE, ...CONNECTOR_RELATIONSHIPS],
      signal,
    );
    const link = (element.includedInIntegrationGroups ?? []).find(
      (l) => l.relatedElement.elementHeader.guid === groupGuid,
    );
    return { element, link };
  }

  /** The release the platform's origin names ("6.1" → [6, 1]), read once; undefined if unknown. */
  let releaseCheck: Promise<[number, number] | undefined> | undefined;
  const releaseOf = (origin: Promise<string>) =>
    origin
      .then((text) => {
        const version = /version (\d+)\.(\d+)/.exec(text);
        return version ? ([Number(version[1]), Number(version[2])] as [number, number]) : undefined;
      })
      .catch(() => undefined);
  const release = () => (releaseCheck ??= releaseOf(platform.origin()));
  /** Typed registration calls exist from 6.2. */
  const typedByRelease = async () => {
    const r = await release();
    return r ? r[0] > 6 || (r[0] === 6 && r[1] >= 2) : undefined;
  };
  /**
   * 6.0's asset-maker has none of the integration-group calls (software-capabilities, a
   * connector's integration-groups): read in its source at the last 6.0-SNAPSHOT commit.
   */
  async function requireGroupCalls<T>(call: () => Promise<T>): Promise<T> {
    // The release is asked only when a call finds no route (6.0 has none of them), so a working
    // platform pays no extra read.
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof EgeriaError && error.kind === 'http' && error.httpStatus === 404))
        throw error;
      const r = await release();
      if (r && r[0] === 6 && r[1] === 0)
        throw new EgeriaError({
          kind: 'invalid',
          httpStatus: 0,
          messageId: 'CONSOLE-EGERIA60-501-001',
          text: 'Egeria 6.0 has no view-service calls for integration groups, so the console cannot manage them there',
          systemAction: 'The platform has no such call; nothing was changed.',
          userAction: 'Upgrade the platform to Egeria 6.1 or later, or use its 5.x release.',
        });
      throw error;
    }
  }

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

  return {
    dialect: 'v6',

    previewRequest: (request) =>
      previewByDryRun(
        (dryRun) =>
          createV6Backend({
            ...options,
            dryRun,
            typedRegistration:
              typedRegistration === undefined
                ? options.typedRegistration
                : typedRegistration
                  ? 'always'
                  : 'never',
          }),
        request,
      ),

    platformOrigin(signal) {
      // The answer also tells the release, so the first origin read serves both.
      const origin = platform.origin(signal);
      releaseCheck ??= releaseOf(origin);
      return origin;
    },
    knownServers: platform.knownServers,
    activeServers: platform.activeServers,
    serverStatus: platform.serverStatus,

    // --------------------------------------------------------------------------------- groups
    listGroups: (request, signal) =>
      requireGroupCalls(async () => {
        const r = await http.query(
          `${am}/software-capabilities/search`,
          searchBody(GROUP_TYPE, request),
          W.OpenMetadataRootElementsResponseSchema,
          signal,
        );
        const elements = r.elements ?? [];
        return pageOf(
          elements.filter((e) => isType(e, GROUP_TYPE)).map(map.toGroup),
          request,
          elements.length,
        );
      }),
    getGroup: (guid, signal) =>
      requireGroupCalls(async () => map.toGroup(await retrieveGroup(guid, signal))),
    findGroupByName: (qualifiedName, signal) =>
      requireGroupCalls(async () => {
        const r = await http.query(
          `${am}/software-capabilities/by-name`,
          {
            class: 'FilterRequestBody',
            filter: qualifiedName,
            metadataElementTypeName: GROUP_TYPE,
            startFrom: 0,
            pageSize: 0,
            ...readOptions([REGISTRATION_TYPE], 1),
            relationshipsPageSize: BY_NAME_LINKS,
          } satisfies W.FilterRequestBody,
          W.OpenMetadataRootElementsResponseSchema,
          signal,
        );
        // by-name also matches display names: keep the exact qualifiedName.
        const match = (r.elements ?? []).find(
          (e) => isType(e, GROUP_TYPE) && propertyOf(e, 'qualifiedName') === qualifiedName,
        );
        if (!match) return null;
        const links = match.supportedIntegrationConnectors ?? [];
        if (links.length < BY_NAME_LINKS)
          linksFromLookup.set(match.elementHeader.guid, { at: Date.now(), links });
        return map.toGroup(match);
      }),
    createGroup: (input) =>
      requireGroupCalls(() =>
        http.create(`${am}/software-capabilities`, {
          class: 'NewElementRequestBody',
          properties: map.groupProperties(input),
        } satisfies W.NewElementRequestBody),
      ),
    async updateGroup(guid, input, { merge }) {
      await http.postJson(
        `${am}/software-capabilities/${seg(guid)}/update`,
        {
          class: 'UpdateElementRequestBody',
          mergeUpdate: merge,
          properties: map.groupProperties(input),
        } satisfies W.UpdateElementRequestBody,
        BooleanResponseSchema,
      );
    },
    async deleteGroup(guid) {
      // Asset Maker has no capability delete at 6.1: the generic element delete does it.
      await http.postJson(
        `${me}/metadata-elements/${seg(guid)}/delete`,
        { class: 'OpenMetadataDeleteRequestBody' } satisfies W.MetadataDeleteRequestBody,
        VoidResponseSchema,
      );
    },

    // ----------------------------------------------------------------------------- connectors
    async listConnectors(request, signal) {
      const r = await http.query(
        `${am}/assets/by-search-string`,
        searchBody(CONNECTOR_TYPE, request, CONNECTOR_RELATIONSHIPS),
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      const elements = r.elements ?? [];
      return pageOf(
        elements.filter((e) => isType(e, CONNECTOR_TYPE)).map(toConnector),
        request,
        elements.length,
      );
    },
    async getConnector(guid, signal) {
      return toConnector(await retrieveConnector(guid, CONNECTOR_RELATIONSHIPS, signal));
    },
    storedElement: (kind, guid, signal) =>
      kind === 'group'
        ? requireGroupCalls(() => retrieveGroup(guid, signal))
        : retrieveConnector(guid, CONNECTOR_RELATIONSHIPS, signal),
    async findConnectorByName(name, signal) {
      const r = await http.query(
        `${am}/assets/by-name`,
        {
          class: 'FilterRequestBody',
          filter: name,
          metadataElementTypeName: CONNECTOR_TYPE,
          startFrom: 0,
          pageSize: 0,
          ...readOptions(CONNECTOR_RELATIONSHIPS, CONNECTION_DEPTH),
        } satisfies W.FilterRequestBody,
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      const candidates = (r.elements ?? []).filter((e) => isType(e, CONNECTOR_TYPE));
      const match =
        candidates.find((e) => propertyOf(e, 'qualifiedName') === name) ??
        candidates.find((e) => propertyOf(e, 'displayName') === name);
      return match ? toConnector(match) : null;
    },
    createConnector: (input) =>
      withUndo(async (undo) => {
        const guid = await http.create(`${am}/assets`, {
          class: 'NewElementRequestBody',
          properties: map.connectorProperties(input),
        } satisfies W.NewElementRequestBody);
        undo.push(() =>
          http.postJson(
            `${am}/assets/${seg(guid)}/delete`,
            { class: 'DeleteElementRequestBody' } satisfies W.DeleteElementRequestBody,
            VoidResponseSchema,
          ),
        );
        await sync.create(input.connection, `${input.qualifiedName}:Connection`, guid, undo);
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
        BooleanResponseSchema,
      );
      const current = map.connectorConnection(
        await retrieveConnector(guid, CONNECTOR_RELATIONSHIPS),
      );
      await sync.setAssetConnection(
        { guid, qualifiedName: input.qualifiedName },
        current,
        input.connection,
        merge,
      );
    },
    async deleteConnector(guid) {
      const current = map.connectorConnection(
        await retrieveConnector(guid, CONNECTOR_RELATIONSHIPS),
      );
      await http.postJson(
        `${am}/assets/${seg(guid)}/delete`,
        {
          class: 'DeleteElementRequestBody',
          cascadedDelete: false,
        } satisfies W.DeleteElementRequestBody,
        VoidResponseSchema,
      );
      // The connection is a separate element: removed only when nothing else uses it.
      if (current) await sync.removeIfUnused(current.guid, new Set([guid])).catch(() => undefined);
    },
    groupsOfConnector: (connectorGuid, signal) =>
      requireGroupCalls(async () => {
        const r = await http.query(
          `${am}/integration-connectors/${seg(connectorGuid)}/integration-groups`,
          {
            class: 'ResultsRequestBody',
            startFrom: 0,
            pageSize: 0,
            ...readOptions(undefined, 0),
          } satisfies W.ResultsRequestBody,
          W.OpenMetadataRootElementsResponseSchema,
          signal,
        );
        return (r.elements ?? []).map((e) => e.elementHeader.guid);
      }),

    // -------------------------------------------------------------------------- registrations
    async registerConnector(groupGuid, connectorGuid, input) {
      const { link } = await registrationLink(groupGuid, connectorGuid);
      if (link) {
        // Registering again replaces the registration's properties, as on 5.3.
        await http.postJson(
          `${me}/related-elements/${seg(link.relationshipHeader.guid)}/update-properties`,
          {
            class: 'UpdatePropertiesRequestBody',
            mergeUpdate: false,
            properties: map.registrationElementProperties(input),
          } satisfies W.UpdatePropertiesRequestBody,
          VoidResponseSchema,
        );
        return;
      }
      const done = await typed(() =>
        http.postJson(
          `${am}/integration-groups/${seg(groupGuid)}/registered-integration-connectors/${seg(connectorGuid)}/attach`,
          newRelationship(map.registrationBean(input)),
          VoidResponseSchema,
        ),
      );
      if (done) return;
      await http.create(`${me}/related-elements`, {
        class: 'NewRelatedElementsRequestBody',
        typeName: REGISTRATION_TYPE,
        metadataElement1GUID: groupGuid,
        metadataElement2GUID: connectorGuid,
        properties: {
          ...map.registrationElementProperties(input),
          class: 'NewElementProperties',
        },
      } satisfies W.NewRelatedElementsRequestBody);
    },
    getRegistration: (groupGuid, connectorGuid, signal) =>
      requireGroupCalls(async () => {
        const { element, link } = await registrationLink(groupGuid, connectorGuid, signal);
        if (!link) return null;
        return map.toRegistration(
          { guid: link.relationshipHeader.guid, properties: link.relationshipProperties },
          toConnector(element),
          groupGuid,
        );
      }),
    listRegistrations: (groupGuid, request, signal) =>
      requireGroupCalls(async () => {
        // The group answers all its registrations at once and the page is cut here; the later pages
        // of one listing are cut from the same answer (one snapshot, one read of a large group).
        const snapshot = linkSnapshots.get(groupGuid);
        const looked = request.startFrom === 0 ? linksFromLookup.get(groupGuid) : undefined;
        linksFromLookup.delete(groupGuid);
        let all: W.RelatedMetadataElementSummary[];
        if (request.startFrom > 0 && snapshot && Date.now() - snapshot.at < LINKS_SNAPSHOT_MS) {
          all = snapshot.links;
        } else if (looked && Date.now() - looked.at < BY_NAME_LINKS_MS) {
          all = looked.links;
          linkSnapshots.set(groupGuid, { at: Date.now(), links: all });
        } else {
          const element = await retrieveGroup(groupGuid, signal, {
            ...readOptions([REGISTRATION_TYPE], 1),
            relationshipsPageSize: 0,
          });
          all = element.supportedIntegrationConnectors ?? [];
          linkSnapshots.set(groupGuid, { at: Date.now(), links: all });
        }
        const links = slice(all, request);
        const connectors = await connectorsWithConnections(
          links.items.map((link) => link.relatedElement.elementHeader.guid),
          signal,
          request.startFrom > 0,
        );
        const items = await mapLimit(links.items, concurrency, async (link) => {
          const guid = link.relatedElement.elementHeader.guid;
          const element =
            connectors.get(guid) ??
            (await retrieveConnector(guid, CONNECTOR_RELATIONSHIPS, signal));
          return map.toRegistration(
            { guid: link.relationshipHeader.guid, properties: link.relationshipProperties },
            toConnector(element),
            groupGuid,
          );
        });
        return { ...links, items };
      }),
    async unregisterConnector(groupGuid, connectorGuid) {
      const { link } = await registrationLink(groupGuid, connectorGuid);
      if (!link) return;
      const done = await typed(() =>
        http.postJson(
          `${am}/integration-groups/${seg(groupGuid)}/registered-integration-connectors/${seg(connectorGuid)}/detach`,
          deleteRelationship,
          VoidResponseSchema,
        ),
      );
      if (done) return;
      await http.postJson(
        `${me}/related-elements/${seg(link.relationshipHeader.guid)}/delete`,
        deleteRelationship,
        VoidResponseSchema,
      );
    },

    // ------------------------------------------------------------------------ catalog targets
    addCatalogTarget: (connectorGuid, elementGuid, input) =>
      http.create(
        `${am}/integration-connectors/${seg(connectorGuid)}/catalog-targets/${seg(elementGuid)}`,
        newRelationship(map.catalogTargetProperties(input)),
      ),
    async getCatalogTarget(relationshipGuid, signal) {
      const path = `${am}/catalog-targets/${seg(relationshipGuid)}`;
      const r = await http.query(
        path,
        { class: 'GetRequestBody', ...readOptions(undefined, 0) } satisfies W.GetRequestBody,
        W.OpenMetadataRelationshipResponseSchema,
        signal,
      );
      if (!r.element) throw notFound('Catalog target', relationshipGuid, `POST ${path}`);
      return toCatalogTargetRelationship(r.element);
    },
    async listCatalogTargets(connectorGuid, request, signal) {
      // A POST with a ResultsRequestBody at 6.0 and 6.1: a GET is refused.
      const r = await http.query(
        `${am}/integration-connectors/${seg(connectorGuid)}/catalog-targets`,
        {
          class: 'ResultsRequestBody',
          startFrom: request.startFrom,
          pageSize: request.pageSize,
          ...readOptions(undefined, 0),
        } satisfies W.ResultsRequestBody,
        W.OpenMetadataRootElementsResponseSchema,
        signal,
      );
      return pageOf((r.elements ?? []).map(map.toListedCatalogTarget), request);
    },
    // metadata-expert's generic relationship search. It also takes end1EntityGUIDs, but 6.1's
    // in-memory repository ignores them (seen at 86e1137bf8ff), so the whole type is read.
    listAllCatalogTargets: (request, signal) =>
      readWide(request, async (part) => {
        const r = await http.query(
          `${me}/relationships/by-search-conditions`,
          {
            ...relationshipsOfTypeBody('CatalogTarget'),
            startFrom: part.startFrom,
            pageSize: part.pageSize,
          },
          OpenMetadataRelationshipListResponseSchema,
          signal,
        );
        const listed = listedRelationships(r);
        return pageOf(toConnectorCatalogTargets(listed), part, listed.length);
      }),
    async updateCatalogTarget(relationshipGuid, input) {
      await http.postJson(
        `${am}/catalog-targets/${seg(relationshipGuid)}/update`,
        {
          class: 'UpdateRelationshipRequestBody',
          mergeUpdate: false,
          properties: map.catalogTargetProperties(input),
        } satisfies W.UpdateRelationshipRequestBody,
        VoidResponseSchema,
      );
    },
    async removeCatalogTarget(relationshipGuid) {
      await http.postJson(
        `${am}/catalog-targets/${seg(relationshipGuid)}/remove`,
        deleteRelationship,
        VoidResponseSchema,
      );
    },

    // --------------------------------------------------------------------------------- search
    async searchElements(searchString, typeNames, request, signal) {
      // metadata-expert matches the text as a case-blind "contains". It refuses a missing search
      // string, and an empty one without a type (OMAG-COMMON-400-022); an empty one with a type
      // lists that type, so "any type" is OpenMetadataRoot, every element's supertype.
      const r = await http.query(
        `${me}/metadata-elements/by-search-string`,
        {
          class: 'SearchStringRequestBody',
          searchString: searchString.trim(),
          startsWith: false,
          endsWith: false,
          ignoreCase: true,
          metadataElementTypeName: (typeNames.length === 1 && typeNames[0]) || 'OpenMetadataRoot',
          startFrom: request.startFrom,
          pageSize: request.pageSize,
          ...readOptions(undefined, 0),
        } satisfies W.SearchStringRequestBody,
        OpenMetadataElementsResponseSchema,
        signal,
      );
      return summaryPage(r, typeNames, request);
    },

    // --------------------------------------------------------------------------------- daemon
    ...daemonMethods(daemon),
  };
}
