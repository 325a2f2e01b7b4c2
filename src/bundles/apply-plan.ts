/**
 * Applying a dry run's plan: its writes in order (groups, connectors, registrations, catalog
 * targets), each placeholder replaced by the GUID its create returned. A failed item does not stop
 * the others; the items that depend on it are skipped. The report says what was done and what was
 * not, and because every item is matched by qualifiedName, applying the same bundle again picks up
 * where this one stopped.
 */
import { performWrite, type EgeriaBackend, type WriteRequest } from '../egeria/backend';
import { findElementGuid } from './find-element';
import type { ImportPlan, PlanItem } from './import-plan';

export type ItemOutcome = 'created' | 'updated' | 'unchanged' | 'failed' | 'skipped' | 'unresolved';

export interface ItemResult {
  id: string;
  title: string;
  outcome: ItemOutcome;
  /** The failure (an EgeriaError with Egeria's message id, text and user action, usually). */
  error?: unknown;
  /** Why the item was skipped or could not be resolved. */
  reason?: string;
}

export interface ApplyReport {
  results: ItemResult[];
  counts: Record<ItemOutcome, number>;
  /** True when every item is created, updated or unchanged. */
  complete: boolean;
}

export interface ApplyOptions {
  /** Told about each item as soon as it is settled, in order. */
  onResult?: (result: ItemResult) => void;
  signal?: AbortSignal;
}

/** The write with every placeholder GUID replaced by the real one. */
function withGuids(write: WriteRequest, guids: ReadonlyMap<string, string>): WriteRequest {
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') return guids.get(value) ?? value;
    if (Array.isArray(value)) return value.map(fill);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  };
  return fill(write) as WriteRequest;
}

function outcomeOf(item: PlanItem): ItemOutcome {
  return item.action === 'create' ? 'created' : 'updated';
}

export async function applyPlan(
  backend: EgeriaBackend,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  const guids = new Map<string, string>();
  const settled = new Map<string, ItemOutcome>();
  const results: ItemResult[] = [];
  const record = (result: ItemResult) => {
    settled.set(result.id, result.outcome);
    results.push(result);
    options.onResult?.(result);
  };
  const titles = new Map(plan.items.map((i) => [i.id, i.title]));

  for (const item of plan.items) {
    const base = { id: item.id, title: item.title };
    if (item.action === 'unresolved') {
      record({ ...base, outcome: 'unresolved', reason: item.reason });
      continue;
    }
    if (!item.write) {
      record({ ...base, outcome: 'unchanged' });
      continue;
    }
    const blocked = item.dependsOn.find((dep) => {
      const outcome = settled.get(dep);
      return outcome !== 'created' && outcome !== 'updated' && outcome !== 'unchanged';
    });
    if (blocked) {
      record({
        ...base,
        outcome: 'skipped',
        reason: `Not attempted: it needs ${titles.get(blocked) ?? blocked}, which was not imported.`,
      });
      continue;
    }
    if (options.signal?.aborted) {
      record({ ...base, outcome: 'skipped', reason: 'Not attempted: the import was stopped.' });
      continue;
    }
    try {
      const needed = JSON.stringify(item.write);
      for (const [name, { typeName, qualifiedName }] of Object.entries(plan.lookups)) {
        if (guids.has(name) || !needed.includes(name)) continue;
        const found = await findElementGuid(backend, typeName, qualifiedName, options.signal);
        if (found) guids.set(name, found);
      }
      const guid = await performWrite(backend, withGuids(item.write, guids));
      if (item.creates && guid) guids.set(item.creates, guid);
      record({ ...base, outcome: outcomeOf(item) });
    } catch (error) {
      record({ ...base, outcome: 'failed', error });
    }
  }

  const counts: Record<ItemOutcome, number> = {
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    unresolved: 0,
  };
  for (const result of results) counts[result.outcome] += 1;
  return {
    results,
    counts,
    complete: counts.failed + counts.skipped + counts.unresolved === 0,
  };
}

/** One line a person (or a pipeline log) reads first. */
export function summarize(report: ApplyReport): string {
  const { counts } = report;
  const done = `Created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}.`;
  if (report.complete) return `${done} The import is complete.`;
  const notDone = [
    counts.failed > 0 ? `${counts.failed} failed` : '',
    counts.skipped > 0 ? `${counts.skipped} not attempted (they need an item that failed)` : '',
    counts.unresolved > 0 ? `${counts.unresolved} could not be resolved` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${done} Not done: ${notDone}. What was done stays done; fix the cause and apply the same bundle again to finish.`;
}
