/**
 * Seeds: `demo` (Coco Pharmaceuticals), `empty` (one integration daemon with no groups) or a
 * synthetic estate of N connectors. Each returns the configuration documents of its daemons. The
 * whole seed is one transaction.
 */
import { z } from 'zod';
import type { DaemonConfigDocument } from '../daemon/daemon-config';
import type { Estate } from '../model/estate';
import { seedDemoEstate } from './demo-estate';
import { seedSyntheticEstate } from './synthetic-estate';

export const SeedSpecSchema = z.union([
  z.enum(['demo', 'empty']),
  z.strictObject({
    connectors: z.number().int().min(0).max(100_000),
    groups: z.number().int().min(1).max(1000).optional(),
    /** Also seed the demo estate (its daemons then run the synthetic groups too). */
    demo: z.boolean().optional(),
  }),
]);
export type SeedSpec = z.infer<typeof SeedSpecSchema>;

export const EMPTY_DAEMON = 'integration-daemon';

export function applySeed(estate: Estate, seed: SeedSpec): DaemonConfigDocument[] {
  return estate.transaction(() => {
    if (seed === 'empty') return [{ name: EMPTY_DAEMON, groups: [] }];
    if (seed === 'demo') return seedDemoEstate(estate);
    const demo = seed.demo ? seedDemoEstate(estate) : [];
    const synthetic = seedSyntheticEstate(estate, seed.connectors, seed.groups);
    // Merge daemons of the same name (the synthetic daemon is the demo's integration-daemon).
    const merged = new Map<string, DaemonConfigDocument>();
    for (const doc of [...demo, ...synthetic]) {
      const existing = merged.get(doc.name);
      if (existing) existing.groups.push(...doc.groups);
      else merged.set(doc.name, { name: doc.name, groups: [...doc.groups] });
    }
    return [...merged.values()];
  });
}
