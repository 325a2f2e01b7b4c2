/**
 * Connection elements on 5.3, through the metadata access server's open-metadata-store (the GAF
 * generic API): `metadata-elements` creates, updates and deletes the Connection, ConnectorType and
 * Endpoint entities, `related-elements` the ConnectionConnectorType, ConnectToEndpoint,
 * EmbeddedConnection and AssetConnection relationships (end 1 is the connection, the virtual
 * connection or the asset in each, as in 6.1: OpenMetadataTypesArchive*.java at e993386a1f51).
 * The governance-configuration-service cannot do this on real 5.3: its anchor handling fails
 * (captured/5.3-snapshot/08a).
 */
import { z } from 'zod';
import { sharesEndpoints } from '../backend';
import type { ConnectionElements, ConnectionLink, StoredConnection } from '../connection-sync';
import { notFound } from '../errors';
import type { Transport } from '../transport';
import { ffdcShape, GUIDResponseSchema, VoidResponseSchema } from '../wire/ffdc';
import {
  fromElementProperties,
  OpenMetadataElementSchema,
  OpenMetadataElementsResponseSchema,
  searchResults,
  toElementProperties,
  type OpenMetadataElement,
} from '../wire/generic';
import { isOfType } from '../wire/header';
import { toConnectorType, toEndpoint } from '../wire/ocf';
import { compact } from '../wire/values';
import {
  connectionAttributes,
  connectorTypeAttributes,
  embeddedConnectionAttributes,
  endpointAttributes,
} from '../wire/connection-attributes';
import { encodeSegment as seg, exactRegex } from './paths';

const RELATIONSHIP: Record<ConnectionLink, string> = {
  connectorType: 'ConnectionConnectorType',
  endpoint: 'ConnectToEndpoint',
  embedded: 'EmbeddedConnection',
  asset: 'AssetConnection',
};
const ENTITY = { connection: 'Connection', connectorType: 'ConnectorType', endpoint: 'Endpoint' };

const RelatedElementSchema = z.looseObject({
  relationshipGUID: z.string(),
  type: z.looseObject({ typeName: z.string() }).optional(),
  relationshipProperties: z.unknown().optional(),
  element: OpenMetadataElementSchema,
  elementAtEnd1: z.boolean().optional(),
});
type RelatedElement = z.infer<typeof RelatedElementSchema>;
const RelatedElementsResponseSchema = z.object({
  ...ffdcShape,
  relatedElementList: z
    .looseObject({ elementList: z.array(RelatedElementSchema).optional() })
    .optional(),
});
const ElementResponseSchema = z.object({
  ...ffdcShape,
  element: OpenMetadataElementSchema.optional(),
});

const text = (values: Record<string, unknown>, key: string) =>
  typeof values[key] === 'string' ? (values[key] as string) : undefined;

/**
 * The open-metadata-store calls the console makes: generic elements and relationships. GUIDs of
 * what they create are checked; 5.3 answers a relationship's create without its GUID.
 */
export function openMetadataStore(http: Transport, store: string) {
  /** Relationships of one type at `guid`; `startingAtEnd` 1 or 2 says which end `guid` is at. */
  async function related(
    guid: string,
    relationship: string,
    startingAtEnd: 1 | 2,
  ): Promise<RelatedElement[]> {
    const r = await http.getJson(
      `${store}/related-elements/${seg(guid)}/type/${seg(relationship)}?startingAtEnd=${startingAtEnd}&startFrom=0&pageSize=0`,
      RelatedElementsResponseSchema,
    );
    return r.relatedElementList?.elementList ?? [];
  }
  async function element(guid: string, what: string): Promise<OpenMetadataElement> {
    const path = `${store}/metadata-elements/${seg(guid)}`;
    const r = await http.getJson(path, ElementResponseSchema);
    if (!r.element) throw notFound(what, guid, `GET ${path}`);
    return r.element;
  }
  const create = (typeName: string, values: Record<string, unknown>) =>
    http.create(`${store}/metadata-elements`, {
      class: 'NewOpenMetadataElementRequestBody',
      typeName,
      initialStatus: 'ACTIVE',
      properties: toElementProperties(values),
    });
  async function update(guid: string, values: Record<string, unknown>, merge: boolean) {
    await http.postJson(
      `${store}/metadata-elements/${seg(guid)}/update-properties`,
      {
        class: 'UpdatePropertiesRequestBody',
        replaceProperties: !merge,
        properties: toElementProperties(values),
      },
      VoidResponseSchema,
    );
  }
  async function remove(guid: string) {
    await http.postJson(
      `${store}/metadata-elements/${seg(guid)}/delete`,
      { class: 'MetadataSourceRequestBody' },
      VoidResponseSchema,
    );
  }
  async function removeRelationship(guid: string) {
    await http.postJson(
      `${store}/related-elements/${seg(guid)}/delete`,
      { class: 'MetadataSourceRequestBody' },
      VoidResponseSchema,
    );
  }
  return { related, element, create, update, remove, removeRelationship };
}

/** The GUID of the connection linked to an asset (a connector), if any. */
export async function assetConnectionGuid(
  http: Transport,
  store: string,
  assetGuid: string,
): Promise<string | undefined> {
  const links = await openMetadataStore(http, store).related(assetGuid, RELATIONSHIP.asset, 1);
  return links[0]?.element.elementGUID;
}

export function connectionElements5(http: Transport, store: string): ConnectionElements {
  const { related, element, create, update, remove, removeRelationship } = openMetadataStore(
    http,
    store,
  );

  async function read(guid: string): Promise<StoredConnection> {
    const [connection, types, endpoints, children] = await Promise.all([
      element(guid, 'Connection'),
      related(guid, RELATIONSHIP.connectorType, 1),
      related(guid, RELATIONSHIP.endpoint, 1),
      related(guid, RELATIONSHIP.embedded, 1),
    ]);
    const values = fromElementProperties(connection.elementProperties);
    const embedded = await Promise.all(
      children.map(async (child) => {
        const link = fromElementProperties(
          child.relationshipProperties as Parameters<typeof fromElementProperties>[0],
        );
        return {
          position: typeof link['position'] === 'number' ? link['position'] : 0,
          displayName: text(link, 'displayName'),
          arguments: (link['arguments'] as Record<string, unknown> | undefined) ?? {},
          stored: await read(child.element.elementGUID),
        };
      }),
    );
    const type = types[0]?.element;
    const endpoint = endpoints[0]?.element;
    const asOcf = (e: OpenMetadataElement) => ({
      guid: e.elementGUID,
      ...fromElementProperties(e.elementProperties),
    });
    const typeBean = type ? toConnectorType(asOcf(type)) : undefined;
    const endpointBean = endpoint ? toEndpoint(asOcf(endpoint)) : undefined;
    return {
      guid,
      properties: values,
      connection: {
        kind:
          isOfType(connection.type, 'VirtualConnection') || embedded.length > 0
            ? 'VirtualConnection'
            : 'Connection',
        guid,
        qualifiedName: text(values, 'qualifiedName'),
        displayName: text(values, 'displayName'),
        description: text(values, 'description'),
        userId: text(values, 'userId'),
        secrets: {
          clearPassword: !!text(values, 'clearPassword'),
          encryptedPassword: !!text(values, 'encryptedPassword'),
          securedPropertyNames: Object.keys(
            (values['securedProperties'] as Record<string, unknown> | undefined) ?? {},
          ).sort(),
        },
        configurationProperties:
          (values['configurationProperties'] as Record<string, unknown> | undefined) ?? {},
        additionalProperties:
          (values['additionalProperties'] as Record<string, string> | undefined) ?? {},
        connectorType: typeBean,
        endpoint: endpointBean,
        embeddedConnections: embedded.map((e) => ({
          position: e.position,
          displayName: e.displayName,
          arguments: e.arguments,
          connection: e.stored.connection,
        })),
      },
      connectorType:
        type && typeBean ? { guid: type.elementGUID, connectorType: typeBean } : undefined,
      endpoint:
        endpoint && endpointBean
          ? { guid: endpoint.elementGUID, endpoint: endpointBean }
          : undefined,
      embedded: embedded.sort((a, b) => a.position - b.position),
    };
  }

  return {
    sharesEndpoints: sharesEndpoints('v5'),
    read,
    async readEndpoint(guid) {
      const e = await element(guid, 'Endpoint');
      return toEndpoint({ guid, ...fromElementProperties(e.elementProperties) });
    },
    async endpointUsers(endpointGuid) {
      return (await related(endpointGuid, RELATIONSHIP.endpoint, 2)).map(
        (r) => r.element.elementGUID,
      );
    },
    async connectionUsers(connectionGuid) {
      const [assets, parents] = await Promise.all([
        related(connectionGuid, RELATIONSHIP.asset, 2),
        related(connectionGuid, RELATIONSHIP.embedded, 2),
      ]);
      return [...assets, ...parents].map((r) => r.element.elementGUID);
    },
    async findConnectorType(input) {
      const find = async (property: string, value: string) => {
        const r = await http.query(
          `${store}/metadata-elements/by-search-string?forLineage=false&forDuplicateProcessing=false&startFrom=0&pageSize=20`,
          {
            class: 'SearchStringRequestBody',
            searchString: exactRegex(value),
            typeName: 'ConnectorType',
          },
          OpenMetadataElementsResponseSchema,
        );
        return searchResults(r).find(
          (e) =>
            isOfType(e.type, 'ConnectorType') &&
            fromElementProperties(e.elementProperties)[property] === value &&
            (!input.qualifiedName ||
              fromElementProperties(e.elementProperties)['qualifiedName'] === input.qualifiedName),
        );
      };
      const found =
        (input.connectorProviderClassName
          ? await find('connectorProviderClassName', input.connectorProviderClassName)
          : undefined) ??
        (input.qualifiedName ? await find('qualifiedName', input.qualifiedName) : undefined);
      return found?.elementGUID;
    },
    createConnectorType: (input, qualifiedName) =>
      create(ENTITY.connectorType, connectorTypeAttributes(input, qualifiedName)),
    createEndpoint: (input, qualifiedName) =>
      create(ENTITY.endpoint, endpointAttributes(input, qualifiedName)),
    createConnection: (input, qualifiedName) =>
      create(
        input.kind === 'VirtualConnection' ? 'VirtualConnection' : ENTITY.connection,
        connectionAttributes(input, qualifiedName),
      ),
    updateConnection: (guid, input, qualifiedName, mode) =>
      'replaceKeeping' in mode
        ? update(
            guid,
            { ...mode.replaceKeeping, ...connectionAttributes(input, qualifiedName) },
            false,
          )
        : update(guid, connectionAttributes(input, qualifiedName), mode.merge),
    updateEndpoint: (guid, input, qualifiedName) =>
      update(guid, endpointAttributes(input, qualifiedName), true),
    async link(kind, from, to, embedded) {
      // 5.3 answers a GUIDResponse without the relationship's GUID here.
      await http.postJson(
        `${store}/related-elements`,
        compact({
          class: 'NewRelatedElementsRequestBody',
          typeName: RELATIONSHIP[kind],
          metadataElement1GUID: from,
          metadataElement2GUID: to,
          properties: embedded
            ? toElementProperties(embeddedConnectionAttributes(embedded), {
                position: { kind: 'int' },
              })
            : undefined,
        }),
        GUIDResponseSchema,
      );
    },
    async unlink(kind, from, to) {
      const links = (await related(from, RELATIONSHIP[kind], 1)).filter(
        (r) => r.element.elementGUID === to,
      );
      for (const link of links) await removeRelationship(link.relationshipGUID);
    },
    remove: (_part, guid) => remove(guid),
  };
}
