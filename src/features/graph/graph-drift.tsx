/**
 * Drift on the graph, loaded after the graph has painted: the graph's own model (groups,
 * registrations, connectors and catalog targets it already read) against the group summaries the
 * graph's status bridge put in its store, through the drift view's comparison. Connector nodes with differences are marked;
 * a group node is marked for all of its own, including connectors the daemon runs that the group no
 * longer registers (they have no node). A line above the canvas says what differs and links to each
 * drift view. The marks are a style sheet of this chunk's own, keyed by node id, so the graph's
 * nodes and their store (and the graph route's download) carry nothing for drift. No history is
 * read here: the drift view adds "since when" and changes found by time.
 */
import { driftPath } from '../../lib/paths';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import type { CatalogTarget, GroupSummary, Registration } from '../../egeria/model';
import { groupDrift, type DriftItem } from '../drift/drift';
import { usePlatform } from '../platforms/platform-context';
import type { GraphModel } from './graph-model';
import { useGraphStore, useStatusVersion, type GraphViewStore } from './graph-store';

const plural = (n: number) => `${n} difference${n === 1 ? '' : 's'}`;

/** Drift of every group of the model, as each daemon running it reports it. */
export function modelDrift(
  model: GraphModel,
  runsOf: (groupNodeId: string) => ReadonlyArray<{ daemon: string; summary: GroupSummary }>,
  now: Date,
): { items: DriftItem[]; marked: Set<string> } {
  const registrations = new Map<string, Registration[]>();
  const targets = new Map<string, CatalogTarget[]>();
  const connectorNode = new Map<string, string>();
  for (const node of model.nodes.values()) {
    if (node.kind !== 'connector') continue;
    for (const { groupId, registration } of node.registrations) {
      registrations.set(groupId, [...(registrations.get(groupId) ?? []), registration]);
      connectorNode.set(`${groupId}\u0000${registration.connectorName}`, node.id);
    }
  }
  for (const edge of model.edges) {
    if (edge.kind !== 'catalogTarget' || !edge.catalogTarget) continue;
    const node = model.nodes.get(edge.source);
    if (node?.kind !== 'connector') continue;
    targets.set(node.connector.guid, [
      ...(targets.get(node.connector.guid) ?? []),
      edge.catalogTarget,
    ]);
  }
  const items: DriftItem[] = [];
  const marked = new Set<string>();
  for (const node of model.nodes.values()) {
    if (node.kind !== 'group') continue;
    for (const { daemon, summary } of runsOf(node.id)) {
      const found = groupDrift({
        daemon,
        summary,
        definition: {
          group: node.group ?? null,
          registrations: registrations.get(node.id) ?? [],
          catalogTargets: targets,
        },
        now,
      });
      if (found.length === 0) continue;
      items.push(...found);
      marked.add(node.id);
      for (const item of found) {
        const id = item.connectorName
          ? connectorNode.get(`${node.id}\u0000${item.connectorName}`)
          : undefined;
        if (id) marked.add(id);
      }
    }
  }
  return { items, marked };
}

export interface GraphDriftProps {
  model: GraphModel;
}

/** A CSS string literal holding `text`. */
const cssString = (text: string) =>
  `"${text.replace(/["\\\n]/g, (c) => (c === '\n' ? ' ' : `\\${c}`))}"`;

/** Rules marking each drifting node (React Flow puts the node id in `data-id`). */
export function driftStyles(marked: ReadonlySet<string>): string {
  return [...marked]
    .map((id) => {
      const node = `.react-flow__node[data-id=${cssString(id)}] > .gn`;
      return `${node}{box-shadow:inset 0 0 0 3px #d97706}${node}::after{content:"⚠ drift";position:absolute;top:3px;right:6px;padding:0 3px;border-radius:4px;background:#fef3c7;color:#92400e;font-size:10px;font-weight:700}`;
    })
    .join('\n');
}

/**
 * Adopts `css` as a constructed style sheet while mounted. The page's CSP (`style-src 'self'`)
 * refuses `<style>` elements; style sheets built through the CSSOM are not inline style.
 */
function useAdoptedStyles(css: string): void {
  useEffect(() => {
    if (!css || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}

/** Marks drift on the nodes and says, above the canvas, where to see it in full. */
export default function GraphDrift({ model }: GraphDriftProps) {
  const { platform } = usePlatform();
  const store: GraphViewStore = useGraphStore();
  // The status bridge keeps each group node's summaries in the store; follow its updates.
  const version = useStatusVersion();
  const drift = useMemo(
    () => modelDrift(model, (id) => (version >= 0 ? store.live(id).groupRuns : []), new Date()),
    [model, store, version],
  );
  const styles = useMemo(() => driftStyles(drift.marked), [drift]);
  useAdoptedStyles(styles);

  if (drift.items.length === 0) return null;
  const byView = new Map<string, { daemon: string; group: string; count: number }>();
  for (const item of drift.items) {
    const key = `${item.daemon}\u0000${item.groupName}`;
    const entry = byView.get(key) ?? { daemon: item.daemon, group: item.groupName, count: 0 };
    entry.count += 1;
    byView.set(key, entry);
  }
  return (
    <ul aria-label="Drift" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-amber-950">
      {[...byView.values()].map(({ daemon, group, count }) => (
        <li key={`${daemon}\u0000${group}`}>
          <span aria-hidden="true">⚠ </span>
          {plural(count)} between {daemon} and {group}:{' '}
          <Link to={driftPath(platform.id, daemon, group)} className="text-sky-800 underline">
            drift view
          </Link>
        </li>
      ))}
    </ul>
  );
}
