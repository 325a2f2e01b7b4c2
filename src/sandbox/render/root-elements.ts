/**
 * 6.x OpenMetadataRootElement: an element's header and typed properties, its relationships sorted
 * into the named lists of AttributedMetadataElement (AttributedElementConverterBase@86e1137bf8ff:
 * a connection's `endpoint` and `connectorType` are the elements at end 2 of ConnectToEndpoint and
 * ConnectionConnectorType; an endpoint's or connector type's users are its `parentConnections`;
 * an asset's connections are `connections`, a connection's assets `connectedAssets` — 6.2:
 * `connectedResources`), and a Mermaid picture of the neighbourhood. An asset's connections are
 * hierarchies (OpenMetadataHandlerBase.populateRootElement): each carries its connection's
 * ConnectToEndpoint and ConnectionConnectorType as `sideLinks` and its embedded connections as
 * `nestedElements` — unless the request's includeOnlyRelationships lacks EmbeddedConnection (or
 * skipRelationships names it), when 6.1 drops the asset's `connections` altogether.
 */
import type { Estate } from '../model/estate';
import type { EntityRecord, RelationshipRecord } from '../store/metadata-store';
import { isTypeOf, typeExists } from '../wire/open-metadata-types';
import type { Release } from '../wire/releases';
import { sixElementHeader, sixRelationshipHeader } from './headers';
import { MermaidGraph, nodeDisplayName, spacedTypeName } from './mermaid';
import { beanFromAttributes, relationshipBean } from './typed-beans';

interface ListSpec {
  typeName: string;
  /** The end the element itself sits at. */
  end: 1 | 2;
  list: string;
  single?: boolean;
}

function listsFor(release: Release): ListSpec[] {
  return [
    { typeName: 'RegisteredIntegrationConnector', end: 1, list: 'supportedIntegrationConnectors' },
    { typeName: 'RegisteredIntegrationConnector', end: 2, list: 'includedInIntegrationGroups' },
    { typeName: 'CatalogTarget', end: 1, list: 'catalogTargets' },
    { typeName: 'CatalogTarget', end: 2, list: 'refreshedByConnectors' },
    { typeName: 'AssetConnection', end: 1, list: 'connections' },
    {
      typeName: 'AssetConnection',
      end: 2,
      list: release === '6.2' ? 'connectedResources' : 'connectedAssets',
    },
    { typeName: 'ConnectionConnectorType', end: 1, list: 'connectorType', single: true },
    { typeName: 'ConnectionConnectorType', end: 2, list: 'parentConnections' },
    { typeName: 'ConnectToEndpoint', end: 1, list: 'endpoint', single: true },
    { typeName: 'ConnectToEndpoint', end: 2, list: 'parentConnections' },
    { typeName: 'EmbeddedConnection', end: 1, list: 'embeddedConnections' },
    { typeName: 'EmbeddedConnection', end: 2, list: 'parentConnections' },
  ];
}

/** GetOptions / QueryOptions fields that shape the relationship lists. */
export interface RelationshipOptions {
  includeOnlyRelationships?: string[];
  skipRelationships?: string[];
  relationshipsPageSize?: number;
  graphQueryDepth?: number;
}

interface Neighbour {
  relationship: RelationshipRecord;
  other: EntityRecord;
  /** The other element sits at end 1. */
  otherAtEnd1: boolean;
}

export class RootElementRenderer {
  constructor(
    private readonly estate: Estate,
    private readonly release: Release,
  ) {}

  summary(entity: EntityRecord): Record<string, unknown> {
    return {
      elementHeader: sixElementHeader(entity, this.release, this.estate.origin),
      properties: beanFromAttributes(entity.typeName, entity.properties, this.release),
    };
  }

  /** The element's relationships (both ends), as GetOptions allows (GetOptions.graphQueryDepth 5). */
  private neighbours(entity: EntityRecord, options: RelationshipOptions): Neighbour[] {
    if ((options.graphQueryDepth ?? 5) <= 0) return [];
    let relationships = this.estate.store
      .relationshipsOf(entity.guid)
      .filter((r) => typeExists(r.typeName, this.release));
    if (options.relationshipsPageSize && options.relationshipsPageSize > 0)
      relationships = relationships.slice(0, options.relationshipsPageSize);
    const only = options.includeOnlyRelationships;
    const skip = options.skipRelationships ?? [];
    return relationships
      .filter((r) => !only || only.some((t) => isTypeOf(r.typeName, t)))
      .filter((r) => !skip.some((t) => isTypeOf(r.typeName, t)))
      .flatMap((relationship) => {
        const otherAtEnd1 = relationship.end2Guid === entity.guid;
        const other = this.estate.entity(
          otherAtEnd1 ? relationship.end1Guid : relationship.end2Guid,
        );
        return other ? [{ relationship, other, otherAtEnd1 }] : [];
      });
  }

  /** Relationship names a hierarchy keeps under the request's include / skip lists (exact names). */
  private static kept(name: string, options: RelationshipOptions): boolean {
    if (options.skipRelationships?.includes(name)) return false;
    return !options.includeOnlyRelationships || options.includeOnlyRelationships.includes(name);
  }

  /** A connection of an asset with its side links and embedded connections, `depth` levels down. */
  private hierarchy(
    neighbour: Neighbour,
    depth: number,
    options: RelationshipOptions,
  ): Record<string, unknown> {
    const summary = this.related(neighbour);
    if ((options.graphQueryDepth ?? 5) <= depth) return summary;
    const sideNames = ['ConnectToEndpoint', 'ConnectionConnectorType'].filter((n) =>
      RootElementRenderer.kept(n, options),
    );
    const around = this.neighbours(neighbour.other, options);
    const nested = around
      .filter((n) => n.relationship.typeName === 'EmbeddedConnection' && !n.otherAtEnd1)
      .map((n) => this.hierarchy(n, depth + 1, options));
    const sideLinks = around
      .filter((n) => sideNames.some((name) => isTypeOf(n.relationship.typeName, name)))
      .map((n) => this.related(n));
    if (nested.length === 0 && sideLinks.length === 0) return summary;
    return {
      ...summary,
      class: 'RelatedMetadataHierarchySummary',
      ...(nested.length > 0 ? { nestedElements: nested } : {}),
      ...(sideLinks.length > 0 ? { sideLinks } : {}),
    };
  }

  related(neighbour: Neighbour): Record<string, unknown> {
    const { relationship, other, otherAtEnd1 } = neighbour;
    const properties = relationshipBean(
      relationship.typeName,
      relationship.properties,
      this.release,
    );
    return {
      class: 'RelatedMetadataElementSummary',
      relationshipHeader: sixRelationshipHeader(relationship, this.release, this.estate.origin),
      ...(properties ? { relationshipProperties: properties } : {}),
      relatedElement: this.summary(other),
      relatedElementAtEnd1: otherAtEnd1,
    };
  }

  /** `relatedBy` of an element found through a relationship (catalog-target and group lists). */
  relatedBy(relationship: RelationshipRecord): Record<string, unknown> {
    const properties = relationshipBean(
      relationship.typeName,
      relationship.properties,
      this.release,
    );
    return {
      relationshipHeader: sixRelationshipHeader(relationship, this.release, this.estate.origin),
      ...(properties ? { relationshipProperties: properties } : {}),
    };
  }

  rootElement(entity: EntityRecord, options: RelationshipOptions = {}): Record<string, unknown> {
    const element: Record<string, unknown> = {
      class: 'OpenMetadataRootElement',
      elementHeader: sixElementHeader(entity, this.release, this.estate.origin),
    };
    const neighbours = this.neighbours(entity, options);
    for (const spec of listsFor(this.release)) {
      const items = neighbours
        .filter(
          (n) => n.relationship.typeName === spec.typeName && n.otherAtEnd1 === (spec.end === 2),
        )
        .map((n) => this.related(n));
      if (items.length === 0) continue;
      if (spec.single) element[spec.list] = items[0];
      else
        element[spec.list] = [...((element[spec.list] as unknown[] | undefined) ?? []), ...items];
    }
    if (element['connections'] && isTypeOf(entity.typeName, 'Asset')) {
      if (RootElementRenderer.kept('EmbeddedConnection', options))
        element['connections'] = neighbours
          .filter((n) => n.relationship.typeName === 'AssetConnection' && !n.otherAtEnd1)
          .map((n) => this.hierarchy(n, 1, options));
      else delete element['connections'];
    }
    element['properties'] = beanFromAttributes(entity.typeName, entity.properties, this.release);
    element['mermaidGraph'] = this.mermaid(entity, neighbours);
    return element;
  }

  /** A flowchart of the element, its neighbours and, for connections, their type and endpoint. */
  private mermaid(entity: EntityRecord, neighbours: Neighbour[]): string {
    const graph = new MermaidGraph();
    const add = (e: EntityRecord) =>
      graph.node(e.guid, e.typeName, nodeDisplayName(e.properties, e.guid));
    const link = (from: EntityRecord, n: Neighbour) => {
      add(n.other);
      const [end1, end2] = n.otherAtEnd1 ? [n.other.guid, from.guid] : [from.guid, n.other.guid];
      graph.line(end1, spacedTypeName(n.relationship.typeName), end2);
    };
    add(entity);
    for (const n of neighbours) {
      link(entity, n);
      if (isTypeOf(n.other.typeName, 'Connection') && !isTypeOf(entity.typeName, 'Connection'))
        for (const inner of this.neighbours(n.other, {
          includeOnlyRelationships: ['ConnectionConnectorType', 'ConnectToEndpoint'],
        }))
          if (!inner.otherAtEnd1) link(n.other, inner);
    }
    const name = entity.properties['displayName'] ?? entity.properties['qualifiedName'] ?? '';
    return graph.render(`${entity.typeName} - ${String(name)} [${entity.guid}]`, 'TD');
  }
}
