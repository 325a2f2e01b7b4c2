/**
 * EgeriaBackend for Egeria 5.3: platform services, the governance-configuration-service of the
 * metadata access server (marker `governance-server`) and the integration daemon API, all with the
 * userId in the URL.
 */
import type { EgeriaBackend, RequestPreview, WriteRequest } from '../backend';
import { EgeriaError } from '../errors';
import {
  isOfAnyType,
  OpenMetadataElementsResponseSchema,
  toElementSummary,
} from '../generic-beans';
import type * as M from '../model';
import { maskSecrets } from '../secrets';
import { createTransport, type FetchLike } from '../transport';
import type { z } from 'zod';
import * as map from './mapping';
import {
  configurationServicePath,
  containsRegex,
  encodeSegment as seg,
  integrationDaemonPath,
  openMetadataStorePath,
  pagingQuery,
  platformServicesPath,
} from './paths';
import * as W from './wire';

export interface V5BackendOptions {
  /** Where Egeria paths are appended: the console proxy (`/api/egeria/{platformId}`) or a platform URL. */
  baseUrl: string;
  userId: string;
  /** The metadata access server that hosts the governance-configuration-service. */
  metadataServer: string;
  serviceUrlMarker?: string;
  fetch?: FetchLike;
  headers?: () => Record<string, string>;
}

function page<T>(items: T[], request: M.PageRequest): M.Page<T> {
  return {
    items,
    startFrom: request.startFrom,
    pageSize: request.pageSize,
    mayHaveMore: request.pageSize > 0 && items.length >= request.pageSize,
  };
}

/** Characters Spring/Tomcat refuse inside a path segment even when encoded. */
const UNADDRESSABLE_IN_PATH = /[/\\]/;

export function createV5Backend(options: V5BackendOptions): EgeriaBackend {
  const http = createTransport({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.headers,
  });
  const platform = platformServicesPath(options.userId);
  const gcs = configurationServicePath(
    options.metadataServer,
    options.userId,
    options.serviceUrlMarker,
  );
  const daemonBase = (daemon: string) => integrationDaemonPath(daemon, options.userId);
  const store = openMetadataStorePath(
    options.metadataServer,
    options.userId,
    options.serviceUrlMarker,
  );

  function requireGuid(guid: string | undefined, request: string): string {
    if (!guid) {
      throw new EgeriaError({
        kind: 'bad-response',
        httpStatus: 200,
        text: `Egeria answered ${request} without a GUID`,
        request,
      });
    }
    return guid;
  }

  async function scanForGroup(
    qualifiedName: string,
    signal?: AbortSignal,
  ): Promise<M.IntegrationGroup | null> {
    const pageSize = 500;
    for (let startFrom = 0; ; startFrom += pageSize) {
      const response = await http.getJson(
        `${gcs}/integration-groups${pagingQuery(startFrom, pageSize)}`,
        W.IntegrationGroupElementsResponseSchema,
        signal,
      );
      const elements = response.elements ?? [];
      const match = elements.find((e) => e.properties.qualifiedName === qualifiedName);
      if (match) return map.toGroup(match);
      if (elements.length < pageSize) return null;
    }
  }

  /** Every write's method, path and body, built in one place for sending and for previews. */
  function describe(request: WriteRequest): RequestPreview {
    switch (request.kind) {
      case 'createGroup':
        return {
          method: 'POST',
          path: `${gcs}/integration-groups/new`,
          body: map.fromGroupInput(request.input),
        };
      case 'updateGroup':
        return {
          method: 'POST',
          path: `${gcs}/integration-groups/${seg(request.guid)}/update?isMergeUpdate=${request.options.merge}`,
          body: map.fromGroupInput(request.input),
        };
      case 'deleteGroup':
        return {
          method: 'POST',
          path: `${gcs}/integration-groups/${seg(request.guid)}/delete`,
          body: {
            class: 'DeleteRequestBody',
            qualifiedName: request.qualifiedName,
          } satisfies W.DeleteRequestBody,
        };
      case 'createConnector':
        return {
          method: 'POST',
          path: `${gcs}/integration-connectors/new`,
          body: map.fromConnectorInput(request.input),
        };
      case 'updateConnector':
        return {
          method: 'POST',
          path: `${gcs}/integration-connectors/${seg(request.guid)}/update?isMergeUpdate=${request.options.merge}`,
          body: map.fromConnectorInput(request.input),
        };
      case 'deleteConnector':
        return {
          method: 'POST',
          path: `${gcs}/integration-connectors/${seg(request.guid)}/delete`,
          body: {
            class: 'DeleteRequestBody',
            qualifiedName: request.qualifiedName,
          } satisfies W.DeleteRequestBody,
        };
      case 'registerConnector':
        return {
          method: 'POST',
          path: `${gcs}/integration-groups/${seg(request.groupGuid)}/integration-connectors/${seg(request.connectorGuid)}`,
          body: map.fromRegistrationInput(request.input),
        };
      case 'unregisterConnector':
        return {
          method: 'POST',
          path: `${gcs}/integration-groups/${seg(request.groupGuid)}/integration-connectors/${seg(request.connectorGuid)}/delete`,
          body: { class: 'NullRequestBody' } satisfies W.NullRequestBody,
        };
      case 'addCatalogTarget':
        return {
          method: 'POST',
          path: `${gcs}/integration-connectors/${seg(request.connectorGuid)}/catalog-targets/${seg(request.elementGuid)}`,
          body: map.fromCatalogTargetInput(request.input),
        };
      case 'updateCatalogTarget':
        return {
          method: 'POST',
          path: `${gcs}/catalog-targets/${seg(request.relationshipGuid)}/update`,
          body: map.fromCatalogTargetInput(request.input),
        };
      case 'removeCatalogTarget':
        // 5.3 requires a body on this delete (see the wire notes).
        return {
          method: 'POST',
          path: `${gcs}/catalog-targets/${seg(request.relationshipGuid)}/delete`,
          body: { class: 'NullRequestBody' } satisfies W.NullRequestBody,
        };
      case 'refreshGroupConfig':
        return {
          method: 'GET',
          path: `${daemonBase(request.daemon)}/integration-groups/${seg(request.groupName)}/refresh-config`,
        };
    }
  }

  function send<S extends z.ZodType>(request: WriteRequest, schema: S) {
    const { method, path, body } = describe(request);
    return method === 'GET' ? http.getJson(path, schema) : http.postJson(path, body, schema);
  }

  return {
    dialect: 'v5',

    async previewRequest(request) {
      const described = describe(request);
      return [
        described.body === undefined
          ? described
          : { ...described, body: maskSecrets(described.body) },
      ];
    },

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

    // ------------------------------------------------------------------------------- groups
    async listGroups(request, signal) {
      const r = await http.getJson(
        `${gcs}/integration-groups${pagingQuery(request.startFrom, request.pageSize)}`,
        W.IntegrationGroupElementsResponseSchema,
        signal,
      );
      return page((r.elements ?? []).map(map.toGroup), request);
    },
    async getGroup(guid, signal) {
      const path = `${gcs}/integration-groups/${seg(guid)}`;
      const r = await http.getJson(path, W.IntegrationGroupElementResponseSchema, signal);
      if (!r.element) throw notFound('Integration group', guid, `GET ${path}`);
      return map.toGroup(r.element);
    },
    async findGroupByName(qualifiedName, signal) {
      // Tomcat rejects an encoded slash in a path segment, so such names are found by listing.
      if (UNADDRESSABLE_IN_PATH.test(qualifiedName)) return scanForGroup(qualifiedName, signal);
      const r = await http.getJson(
        `${gcs}/integration-groups/by-name/${seg(qualifiedName)}`,
        W.IntegrationGroupElementResponseSchema,
        signal,
      );
      return r.element ? map.toGroup(r.element) : null;
    },
    async createGroup(input) {
      const r = await send({ kind: 'createGroup', input }, W.GUIDResponseSchema);
      return requireGuid(r.guid, `POST ${gcs}/integration-groups/new`);
    },
    async updateGroup(guid, input, options) {
      await send({ kind: 'updateGroup', guid, input, options }, W.VoidResponseSchema);
    },
    async deleteGroup(guid, qualifiedName) {
      await send({ kind: 'deleteGroup', guid, qualifiedName }, W.VoidResponseSchema);
    },

    // --------------------------------------------------------------------------- connectors
    async listConnectors(request, signal) {
      const r = await http.getJson(
        `${gcs}/integration-connectors${pagingQuery(request.startFrom, request.pageSize)}`,
        W.IntegrationConnectorElementsResponseSchema,
        signal,
      );
      return page((r.elements ?? []).map(map.toConnector), request);
    },
    async getConnector(guid, signal) {
      const path = `${gcs}/integration-connectors/${seg(guid)}`;
      const r = await http.getJson(path, W.IntegrationConnectorElementResponseSchema, signal);
      if (!r.element) throw notFound('Integration connector', guid, `GET ${path}`);
      return map.toConnector(r.element);
    },
    async findConnectorByName(name, signal) {
      if (UNADDRESSABLE_IN_PATH.test(name)) {
        const pageSize = 500;
        for (let startFrom = 0; ; startFrom += pageSize) {
          const found = await this.listConnectors({ startFrom, pageSize }, signal);
          const match = found.items.find((c) => c.qualifiedName === name || c.name === name);
          if (match) return match;
          if (!found.mayHaveMore) return null;
        }
      }
      const r = await http.getJson(
        `${gcs}/integration-connectors/by-name/${seg(name)}`,
        W.IntegrationConnectorElementResponseSchema,
        signal,
      );
      return r.element ? map.toConnector(r.element) : null;
    },
    async createConnector(input) {
      const r = await send({ kind: 'createConnector', input }, W.GUIDResponseSchema);
      return requireGuid(r.guid, `POST ${gcs}/integration-connectors/new`);
    },
    async updateConnector(guid, input, options) {
      await send({ kind: 'updateConnector', guid, input, options }, W.VoidResponseSchema);
    },
    async deleteConnector(guid, qualifiedName) {
      await send({ kind: 'deleteConnector', guid, qualifiedName }, W.VoidResponseSchema);
    },
    async groupsOfConnector(connectorGuid, signal) {
      return (
        (
          await http.getJson(
            `${gcs}/integration-connectors/${seg(connectorGuid)}/registrations`,
            W.GUIDListResponseSchema,
            signal,
          )
        ).guids ?? []
      );
    },

    // ------------------------------------------------------------------------ registrations
    async registerConnector(groupGuid, connectorGuid, input) {
      await send(
        { kind: 'registerConnector', groupGuid, connectorGuid, input },
        W.VoidResponseSchema,
      );
    },
    async getRegistration(groupGuid, connectorGuid, signal) {
      const r = await http.getJson(
        `${gcs}/integration-groups/${seg(groupGuid)}/integration-connectors/${seg(connectorGuid)}`,
        W.RegisteredIntegrationConnectorResponseSchema,
        signal,
      );
      return r.registeredIntegrationConnector
        ? map.toRegistration(r.registeredIntegrationConnector, groupGuid)
        : null;
    },
    async listRegistrations(groupGuid, request, signal) {
      const r = await http.getJson(
        `${gcs}/integration-groups/${seg(groupGuid)}/integration-connectors${pagingQuery(request.startFrom, request.pageSize)}`,
        W.RegisteredIntegrationConnectorsResponseSchema,
        signal,
      );
      return page(
        (r.elements ?? []).map((e) => map.toRegistration(e, groupGuid)),
        request,
      );
    },
    async unregisterConnector(groupGuid, connectorGuid) {
      await send({ kind: 'unregisterConnector', groupGuid, connectorGuid }, W.VoidResponseSchema);
    },

    // ------------------------------------------------------------------------ catalog targets
    async addCatalogTarget(connectorGuid, elementGuid, input) {
      const request: WriteRequest = { kind: 'addCatalogTarget', connectorGuid, elementGuid, input };
      const r = await send(request, W.GUIDResponseSchema);
      return requireGuid(r.guid, `POST ${describe(request).path}`);
    },
    async getCatalogTarget(relationshipGuid, signal) {
      const path = `${gcs}/catalog-targets/${seg(relationshipGuid)}`;
      const r = await http.getJson(path, W.CatalogTargetResponseSchema, signal);
      if (!r.element) throw notFound('Catalog target', relationshipGuid, `GET ${path}`);
      return map.toCatalogTarget(r.element);
    },
    async listCatalogTargets(connectorGuid, request, signal) {
      const r = await http.getJson(
        `${gcs}/integration-connectors/${seg(connectorGuid)}/catalog-targets${pagingQuery(request.startFrom, request.pageSize)}`,
        W.CatalogTargetsResponseSchema,
        signal,
      );
      return page((r.elements ?? []).map(map.toCatalogTarget), request);
    },
    async updateCatalogTarget(relationshipGuid, input) {
      await send({ kind: 'updateCatalogTarget', relationshipGuid, input }, W.VoidResponseSchema);
    },
    async removeCatalogTarget(relationshipGuid) {
      await send({ kind: 'removeCatalogTarget', relationshipGuid }, W.VoidResponseSchema);
    },

    // ------------------------------------------------------------------------------ search
    async searchElements(searchString, typeNames, request, signal) {
      // One type is filtered by the platform; several are filtered here (the bean takes one).
      const single = typeNames.length === 1 ? typeNames[0] : undefined;
      const body: W.SearchStringRequestBody = {
        class: 'SearchStringRequestBody',
        searchString: containsRegex(searchString.trim()),
        ...(single ? { typeName: single } : {}),
      };
      const start = Math.max(0, Math.trunc(request.startFrom));
      const size = Math.max(0, Math.trunc(request.pageSize));
      const r = await http.postJson(
        `${store}/metadata-elements/by-search-string?forLineage=false&forDuplicateProcessing=false&startFrom=${start}&pageSize=${size}`,
        body,
        OpenMetadataElementsResponseSchema,
        signal,
      );
      const elements = r.elementList ?? [];
      return page(elements.filter((e) => isOfAnyType(e, typeNames)).map(toElementSummary), request);
    },

    // ------------------------------------------------------------------------------ daemon
    async daemonStatus(daemon, signal) {
      return map.toDaemonStatus(
        await http.getJson(
          `${daemonBase(daemon)}/status`,
          W.IntegrationDaemonStatusResponseSchema,
          signal,
        ),
      );
    },
    async groupSummaries(daemon, signal) {
      const r = await http.getJson(
        `${daemonBase(daemon)}/integration-groups/summary`,
        W.IntegrationGroupSummariesResponseSchema,
        signal,
      );
      return (r.integrationGroupSummaries ?? []).map(map.toGroupSummary);
    },
    async groupSummary(daemon, groupName, signal) {
      const path = `${daemonBase(daemon)}/integration-groups/${seg(groupName)}/summary`;
      const r = await http.getJson(path, W.IntegrationGroupSummaryResponseSchema, signal);
      if (!r.integrationGroupSummary)
        throw notFound('Integration group summary', groupName, `GET ${path}`);
      return map.toGroupSummary(r.integrationGroupSummary);
    },
    async refreshGroupConfig(daemon, groupName) {
      await send({ kind: 'refreshGroupConfig', daemon, groupName }, W.VoidResponseSchema);
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
      const body: W.ConnectorConfigPropertiesRequestBody = {
        connectorName,
        mergeUpdate: merge,
        configurationProperties: properties,
      };
      await http.postJson(
        `${daemonBase(daemon)}/integration-connectors/configuration-properties`,
        body,
        W.VoidResponseSchema,
      );
    },
    async updateEndpointAddress(daemon, connectorName, address) {
      const body: W.StringRequestBody = { class: 'StringRequestBody', string: address };
      await http.postJson(
        `${daemonBase(daemon)}/integration-connectors/${seg(connectorName)}/endpoint-network-address`,
        body,
        W.VoidResponseSchema,
      );
    },
    async updateConnectorConnection(daemon, connectorName, connection) {
      await http.postJson(
        `${daemonBase(daemon)}/integration-connectors/${seg(connectorName)}/connection`,
        map.fromConnectionInput(connection),
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

/** The endpoint's body type is NameRequestBody; without a name it acts on every connector. */
function nameBody(
  connectorName: string | undefined,
): W.NameRequestBody | Omit<W.NameRequestBody, 'name'> {
  return connectorName
    ? { class: 'NameRequestBody', name: connectorName }
    : { class: 'NameRequestBody' };
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
