/**
 * Connection elements on 6.x, through connection-maker: typed create / update / delete of
 * connections, connector types and endpoints, and attach / detach of their relationships.
 */
import { sharesEndpoints } from '../backend';
import type { ConnectionElements, ConnectionLink, ConnectionPart } from '../connection-sync';
import { notFound } from '../errors';
import type * as M from '../model';
import type { Transport } from '../transport';
import { BooleanResponseSchema, VoidResponseSchema } from '../wire/ffdc';
import { isOfType } from '../wire/header';
import * as map from './mapping';
import { encodeSegment as seg } from './paths';
import * as W from './wire';

/** What a connection is made of, and who uses it, as relationship types. */
export const CONNECTION_PARTS = [
  'ConnectionConnectorType',
  'ConnectToEndpoint',
  'EmbeddedConnection',
];
/** How an asset reaches its connection: AssetConnection, a subtype of ResourceConnection from 6.2. */
export const CONNECTION_LINKS = ['AssetConnection', 'ResourceConnection'];

/** A read that returns the element and the relationships named, without a mermaid graph. */
export const readOptions = (
  includeOnlyRelationships: string[] | undefined,
  graphQueryDepth: number,
): W.ReadOptions => ({
  ...(includeOnlyRelationships ? { includeOnlyRelationships } : {}),
  graphQueryDepth,
  maxMermaidNodeCount: 0,
});

export async function retrieveElement(
  http: Transport,
  path: string,
  what: string,
  id: string,
  options: W.ReadOptions,
  signal?: AbortSignal,
): Promise<W.OpenMetadataRootElement> {
  const r = await http.query(
    path,
    { class: 'GetRequestBody', ...options } satisfies W.GetRequestBody,
    W.OpenMetadataRootElementResponseSchema,
    signal,
  );
  if (!r.element) throw notFound(what, id, `POST ${path}`);
  return r.element;
}

export function connectionElements6(http: Transport, cm: string, me: string): ConnectionElements {
  /** Retrieves a connection or an endpoint with the relationships named, `depth` deep. */
  const retriever =
    (collection: 'connections' | 'endpoints', typeName: string) =>
    (guid: string, relationships: string[] | undefined, depth: number) =>
      retrieveElement(
        http,
        `${cm}/${collection}/${seg(guid)}/retrieve`,
        typeName,
        guid,
        readOptions(relationships, depth),
      );
  const retrieveConnection = retriever('connections', 'Connection');
  const retrieveEndpoint = retriever('endpoints', 'Endpoint');
  const relationship = (properties?: W.BeanProperties): W.NewRelationshipRequestBody =>
    properties
      ? { class: 'NewRelationshipRequestBody', properties }
      : { class: 'NewRelationshipRequestBody' };
  const linkPath = (kind: ConnectionLink, from: string, to: string) =>
    ({
      connectorType: `${cm}/connections/${seg(from)}/connector-types/${seg(to)}`,
      endpoint: `${cm}/connections/${seg(from)}/endpoints/${seg(to)}`,
      embedded: `${cm}/connections/${seg(from)}/embedded-connections/${seg(to)}`,
      asset: `${cm}/assets/${seg(from)}/connections/${seg(to)}`,
    })[kind];
  const partPath = (part: ConnectionPart, guid: string) =>
    `${cm}/${{ connection: 'connections', connectorType: 'connector-types', endpoint: 'endpoints' }[part]}/${seg(guid)}`;

  async function findConnectorType(input: M.ConnectionInput['connectorType']) {
    const find = async (suffix: string, filter: string) => {
      const r = await http.query(
        `${cm}/connector-types/${suffix}`,
        {
          class: 'FilterRequestBody',
          filter,
          startFrom: 0,
          pageSize: 10,
          ...readOptions(undefined, 0),
        } satisfies W.FilterRequestBody,
        W.OpenMetadataRootElementsResponseSchema,
      );
      const found = (r.elements ?? []).filter((e) =>
        isOfType(e.elementHeader.type, 'ConnectorType'),
      );
      const named = (e: W.OpenMetadataRootElement) => e.properties?.['qualifiedName'];
      return (
        found.find((e) => !input.qualifiedName || named(e) === input.qualifiedName) ??
        (input.qualifiedName ? undefined : found[0])
      );
    };
    const existing =
      (input.connectorProviderClassName
        ? await find('by-connector-provider-class-name', input.connectorProviderClassName)
        : undefined) ??
      (input.qualifiedName ? await find('by-name', input.qualifiedName) : undefined);
    return existing?.elementHeader.guid;
  }

  return {
    sharesEndpoints: sharesEndpoints('v6'),
    async read(guid) {
      // The connection as the hierarchy an asset read would carry: parts as side links, embedded
      // connections nested. Read as a root element, its parts are direct relationships instead.
      const element = await retrieveConnection(guid, CONNECTION_PARTS, 1);
      const children = await Promise.all(
        (element.embeddedConnections ?? []).map(async (link) => ({
          ...map.embeddedLinkProperties(link),
          stored: await this.read(link.relatedElement.elementHeader.guid),
        })),
      );
      const stored = map.toStoredConnection({
        relationshipHeader: element.elementHeader,
        relatedElement: element,
        sideLinks: [element.connectorType, element.endpoint].filter(
          (l): l is W.RelatedMetadataElementSummary => !!l,
        ),
      });
      return {
        ...stored,
        embedded: children.sort((a, b) => a.position - b.position),
        connection: {
          ...stored.connection,
          kind: children.length > 0 ? 'VirtualConnection' : stored.connection.kind,
          embeddedConnections: children.map((c) => ({
            position: c.position,
            displayName: c.displayName,
            arguments: c.arguments,
            connection: c.stored.connection,
          })),
        },
      };
    },
    async readEndpoint(guid) {
      return map.toEndpoint(await retrieveEndpoint(guid, undefined, 0));
    },
    async endpointUsers(endpointGuid) {
      const element = await retrieveEndpoint(endpointGuid, ['ConnectToEndpoint'], 1);
      return map.usersOf(element, ['ConnectToEndpoint']);
    },
    async connectionUsers(connectionGuid) {
      const element = await retrieveConnection(
        connectionGuid,
        [...CONNECTION_LINKS, 'EmbeddedConnection'],
        1,
      );
      return map.usersOf(element, [...CONNECTION_LINKS, 'EmbeddedConnection']);
    },
    findConnectorType,
    createConnectorType: (input, qualifiedName) =>
      http.create(`${cm}/connector-types`, {
        class: 'NewElementRequestBody',
        properties: map.connectorTypeProperties(input, qualifiedName),
      } satisfies W.NewElementRequestBody),
    createEndpoint: (input, qualifiedName) =>
      http.create(`${cm}/endpoints`, {
        class: 'NewElementRequestBody',
        properties: map.endpointProperties(input, qualifiedName),
      } satisfies W.NewElementRequestBody),
    createConnection: (input, qualifiedName) =>
      http.create(`${cm}/connections`, {
        class: 'NewElementRequestBody',
        properties: map.connectionProperties(input, qualifiedName),
      } satisfies W.NewElementRequestBody),
    async updateConnection(guid, input, qualifiedName, mode) {
      const properties = map.connectionProperties(input, qualifiedName);
      await http.postJson(
        `${cm}/connections/${seg(guid)}/update`,
        {
          class: 'UpdateElementRequestBody',
          mergeUpdate: 'merge' in mode && mode.merge,
          properties:
            'replaceKeeping' in mode ? { ...mode.replaceKeeping, ...properties } : properties,
        } satisfies W.UpdateElementRequestBody,
        BooleanResponseSchema,
      );
    },
    async updateEndpoint(guid, input, qualifiedName) {
      await http.postJson(
        `${cm}/endpoints/${seg(guid)}/update`,
        {
          class: 'UpdateElementRequestBody',
          mergeUpdate: true,
          properties: map.endpointProperties(input, qualifiedName),
        } satisfies W.UpdateElementRequestBody,
        BooleanResponseSchema,
      );
    },
    async link(kind, from, to, embedded) {
      await http.postJson(
        `${linkPath(kind, from, to)}/attach`,
        relationship(embedded ? map.embeddedConnectionProperties(embedded) : undefined),
        VoidResponseSchema,
      );
    },
    async unlink(kind, from, to) {
      if (kind === 'connectorType') {
        // 6.1's connector-types/{t}/detach answers 200 and removes nothing (it passes the link's
        // ends the wrong way round): the relationship is deleted by its GUID instead.
        const element = await retrieveConnection(from, ['ConnectionConnectorType'], 1);
        const link = element.connectorType;
        if (link && link.relatedElement.elementHeader.guid === to)
          await http.postJson(
            `${me}/related-elements/${seg(link.relationshipHeader.guid)}/delete`,
            { class: 'DeleteRelationshipRequestBody' } satisfies W.DeleteRelationshipRequestBody,
            VoidResponseSchema,
          );
        return;
      }
      await http.postJson(
        `${linkPath(kind, from, to)}/detach`,
        { class: 'DeleteRelationshipRequestBody' } satisfies W.DeleteRelationshipRequestBody,
        VoidResponseSchema,
      );
    },
    async remove(part, guid) {
      await http.postJson(
        `${partPath(part, guid)}/delete`,
        { class: 'DeleteElementRequestBody' } satisfies W.DeleteElementRequestBody,
        VoidResponseSchema,
      );
    },
  };
}
