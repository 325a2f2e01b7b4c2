import type { GraphModel, NodeKind } from './graph-model';

export interface SearchEntry {
  id: string;
  kind: NodeKind;
  label: string;
  /** Every name of the node, lower-cased, one per line. */
  text: string;
}

export interface SearchHit {
  id: string;
  kind: NodeKind;
  label: string;
}

const indexes = new WeakMap<GraphModel, SearchEntry[]>();

/**
 * Lower-cased names of every node, built on the first search of a model (not on every rebuild
 * while catalog targets arrive) so typing only scans strings.
 */
export function searchIndex(model: GraphModel): SearchEntry[] {
  let entries = indexes.get(model);
  if (!entries) {
    entries = buildSearchIndex(model);
    indexes.set(model, entries);
  }
  return entries;
}

function buildSearchIndex(model: GraphModel): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const node of model.nodes.values()) {
    entries.push({
      id: node.id,
      kind: node.kind,
      label: node.label,
      text: [node.label, ...node.names].join('\n').toLowerCase(),
    });
  }
  return entries;
}

/**
 * Nodes whose names contain the query (case-insensitive): exact names first, then names that
 * start with it, then the rest, each in label order. At most `limit`.
 */
export function searchNodes(
  model: GraphModel,
  query: string,
  hidden: ReadonlySet<string>,
  limit = 20,
): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const index = searchIndex(model);
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of index) {
    if (hidden.has(entry.id)) continue;
    const at = entry.text.indexOf(q);
    if (at < 0) continue;
    const lines = entry.text.split('\n');
    const score = lines.includes(q) ? 0 : lines.some((line) => line.startsWith(q)) ? 1 : 2;
    scored.push({ entry, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ entry }) => ({
    id: entry.id,
    kind: entry.kind,
    label: entry.label,
  }));
}
