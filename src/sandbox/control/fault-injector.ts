/**
 * Faults the control API can inject into the Egeria-facing listener: latency for requests whose
 * path matches a regular expression, and errors (a plain HTTP status, or an Egeria FFDC error in
 * the matched operation's response class), for a number of requests or until cleared.
 */
import { z } from 'zod';

const FfdcFaultSchema = z.strictObject({
  relatedHTTPCode: z.number().int().min(400).max(599).default(500),
  messageId: z.string().min(1).default('OMAG-COMMON-500-001'),
  /** Message text without the id; `{0}`-style inserts are not expanded. */
  text: z.string().min(1).default('The sandbox was told to fail this request'),
  params: z.array(z.string()).default([]),
  systemAction: z.string().default('The sandbox control API injected this error.'),
  userAction: z
    .string()
    .default('Clear the fault with DELETE /sandbox-control/faults and retry the request.'),
  exceptionClassName: z
    .string()
    .default('org.odpi.openmetadata.frameworks.connectors.ffdc.PropertyServerException'),
});

export const FaultSpecSchema = z
  .strictObject({
    /** A regular expression tested against the request path (still percent-encoded, no query). */
    path: z.string().min(1),
    method: z.enum(['GET', 'POST', 'PUT', 'DELETE']).optional(),
    latencyMs: z.number().int().min(0).max(300_000).optional(),
    /** Answer with this HTTP status and Spring's error body. */
    status: z.number().int().min(400).max(599).optional(),
    /** Answer HTTP 200 with these FFDC fields. */
    ffdc: FfdcFaultSchema.optional(),
    /** How many matching requests the fault affects; absent = until cleared. */
    times: z.number().int().positive().optional(),
  })
  .superRefine((spec, ctx) => {
    if (spec.latencyMs === undefined && spec.status === undefined && spec.ffdc === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give latencyMs, status or ffdc' });
    }
    if (spec.status !== undefined && spec.ffdc !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'give either status or ffdc, not both' });
    }
    try {
      new RegExp(spec.path);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        path: ['path'],
        message: `not a regular expression: ${(error as Error).message}`,
      });
    }
  });
export type FaultSpec = z.infer<typeof FaultSpecSchema>;
export type FfdcFault = z.infer<typeof FfdcFaultSchema>;

export interface Fault extends FaultSpec {
  id: number;
  /** Requests it has affected so far. */
  hits: number;
}

export interface FaultEffect {
  latencyMs: number;
  status?: number;
  ffdc?: FfdcFault;
}

export class FaultInjector {
  private faults: Array<Fault & { pattern: RegExp }> = [];
  private nextId = 1;

  list(): Fault[] {
    return this.faults.map(({ pattern: _pattern, ...fault }) => fault);
  }

  add(spec: FaultSpec): Fault {
    const fault = { ...spec, id: this.nextId++, hits: 0, pattern: new RegExp(spec.path) };
    this.faults.push(fault);
    const { pattern: _pattern, ...visible } = fault;
    return visible;
  }

  /** Removes one fault, or all when no id is given; returns how many were removed. */
  clear(id?: number): number {
    const before = this.faults.length;
    this.faults = id === undefined ? [] : this.faults.filter((f) => f.id !== id);
    return before - this.faults.length;
  }

  /**
   * The effect of the faults matching a request, counting it against each: latencies add up, the
   * first matching error wins.
   */
  take(method: string, path: string): FaultEffect | undefined {
    if (this.faults.length === 0) return undefined;
    let effect: FaultEffect | undefined;
    for (const fault of this.faults) {
      if (fault.method && fault.method !== method) continue;
      if (!fault.pattern.test(path)) continue;
      fault.hits++;
      effect ??= { latencyMs: 0 };
      effect.latencyMs += fault.latencyMs ?? 0;
      if (effect.status === undefined && effect.ffdc === undefined) {
        if (fault.status !== undefined) effect.status = fault.status;
        else if (fault.ffdc) effect.ffdc = fault.ffdc;
      }
    }
    this.faults = this.faults.filter((f) => f.times === undefined || f.hits < f.times);
    return effect;
  }
}
