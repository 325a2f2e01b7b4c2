/**
 * The Mermaid flowcharts Egeria adds to its answers (`mermaidGraph`): numbered rounded nodes
 * labelled with a spaced type name and a display name, `==>|"Label"|` lines between them, and a
 * style line per node — the first node (the one asked about) in the anchor colour.
 */

/** "IntegrationConnector" → "Integration Connector". */
export function spacedTypeName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

/** The name Egeria shows for a node: the first of these attributes that is set. */
export function nodeDisplayName(properties: Record<string, unknown>, fallback: string): string {
  for (const name of ['displayName', 'name', 'resourceName', 'identifier', 'qualifiedName']) {
    const value = properties[name];
    if (typeof value === 'string') return value;
  }
  return fallback;
}

export class MermaidGraph {
  private readonly ids = new Map<string, number>();
  private readonly nodes: string[] = [];
  private readonly lines: string[] = [];

  /** Adds a node once; a key seen before keeps its first label. */
  node(key: string, typeName: string, displayName: string): this {
    if (this.ids.has(key)) return this;
    const id = this.ids.size + 1;
    this.ids.set(key, id);
    const label = displayName.replace(/"/g, "'").replace(/\/\//g, '/ /');
    this.nodes.push(
      `${id}@{ shape: rounded, label: "*${spacedTypeName(typeName)}*\n**${label}**"}`,
    );
    return this;
  }

  line(fromKey: string, label: string, toKey: string): this {
    this.lines.push(`${this.ids.get(fromKey)}==>|"${label}"|${this.ids.get(toKey)}`);
    return this;
  }

  render(title: string, direction: 'LR' | 'TD'): string {
    const styles = [...this.ids.values()].map(
      (id) => `style ${id} color:#000000, fill:${id === 1 ? '#e0ab18' : '#39add1'}, stroke:#004563`,
    );
    return [
      '---',
      `title: ${title}`,
      '---',
      `flowchart ${direction}`,
      '%%{init: {"flowchart": {"htmlLabels": false}} }%%',
      '',
      ...this.nodes,
      ...this.lines,
      ...styles,
      '',
    ].join('\n');
  }
}
