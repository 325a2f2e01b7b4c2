/**
 * The dry run and the apply report as a pipeline's log shows them: one line per element, the field
 * changes under each update, the reason under each element that cannot be resolved. Secret values
 * never appear (the plan holds them only inside its writes, which are not printed; the requests
 * come from previewRequest, which masks them).
 */
import type { ApplyReport, ItemResult } from '../bundles/apply-plan';
import type { ImportPlan, PlanAction } from '../bundles/import-plan';
import type { EgeriaBackend, RequestPreview } from '../egeria/backend';
import { EgeriaError } from '../egeria/errors';
import { maskSecrets } from '../egeria/secrets';

const ACTION_WORDS: Record<PlanAction, string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  unresolved: 'CANNOT RESOLVE',
};

const show = (value: string) => (value === '' ? '(none)' : value);

export function planLines(plan: ImportPlan, verbose: boolean): string[] {
  const lines: string[] = [];
  for (const item of plan.items) {
    if (item.action === 'unchanged' && !verbose) continue;
    lines.push(`${ACTION_WORDS[item.action].padEnd(15)}${item.title}`);
    if (item.reason) lines.push(`${' '.repeat(17)}${item.reason}`);
    if (item.action === 'update')
      for (const change of item.changes)
        lines.push(
          `${' '.repeat(17)}${change.label}: ${show(change.before)} → ${show(change.after)}`,
        );
    for (const note of item.notes) lines.push(`${' '.repeat(17)}note: ${note}`);
  }
  return lines;
}

export function planSummary(plan: ImportPlan): string {
  const { create, update, unchanged, unresolved } = plan.counts;
  return `${create} to create, ${update} to update, ${unchanged} unchanged, ${unresolved} cannot be resolved.`;
}

export function secretLines(plan: ImportPlan): string[] {
  return plan.secrets
    .filter((s) => s.state !== 'unused')
    .map((s) =>
      s.state === 'missing'
        ? `secret ${s.name}: MISSING — give it with --secret ${s.name}=env:VARIABLE or =file:/path`
        : `secret ${s.name}: ${s.state === 'given' ? 'value supplied' : 'the platform’s value is kept'}`,
    );
}

/** Every request of the plan's writes, as the dialect would send them (secrets masked). */
export async function planRequests(
  backend: EgeriaBackend,
  plan: ImportPlan,
): Promise<Array<{ id: string; requests?: RequestPreview[]; error?: string }>> {
  const out = [];
  for (const item of plan.items) {
    if (!item.write) continue;
    try {
      out.push({ id: item.id, requests: await backend.previewRequest(item.write) });
    } catch (error) {
      out.push({ id: item.id, error: describeError(error) });
    }
  }
  return out;
}

export function describeError(error: unknown): string {
  if (error instanceof EgeriaError) {
    const head = error.messageId ? `${error.messageId} ${error.text}` : error.text;
    return error.userAction ? `${head} — ${error.userAction}` : head;
  }
  return error instanceof Error ? error.message : String(error);
}

export function resultLine(result: ItemResult): string {
  const detail = result.error ? describeError(result.error) : result.reason;
  return `${result.outcome.padEnd(11)}${result.title}${detail ? `\n${' '.repeat(11)}${detail}` : ''}`;
}

/** The plan as JSON for tools: no writes (they may hold secret values), everything else. */
export function planJson(plan: ImportPlan) {
  return maskSecrets({
    dialect: plan.dialect,
    counts: plan.counts,
    secrets: plan.secrets,
    items: plan.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      action: item.action,
      changes: item.changes,
      reason: item.reason,
      notes: item.notes,
      dependsOn: item.dependsOn,
    })),
  });
}

export function reportJson(report: ApplyReport) {
  return {
    complete: report.complete,
    counts: report.counts,
    results: report.results.map((r) => ({
      id: r.id,
      title: r.title,
      outcome: r.outcome,
      reason: r.reason,
      error: r.error === undefined ? undefined : describeError(r.error),
      messageId: r.error instanceof EgeriaError ? r.error.messageId : undefined,
    })),
  };
}
