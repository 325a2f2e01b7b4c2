/**
 * Time for the sandbox: one clock that tests can move forward, and the date format Spring Boot's
 * Jackson writes for java.util.Date (ISO-8601 with millis and a `+00:00` offset, always UTC).
 */

/** Formats epoch milliseconds the way Egeria 5.3 serialises dates: `2025-05-20T10:15:30.123+00:00`. */
export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/Z$/, '+00:00');
}

/**
 * Reads a date from a request body. Jackson accepts ISO strings and epoch numbers for Date fields;
 * anything unreadable is treated as absent rather than failing the call.
 */
export function readDate(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

/**
 * Wall-clock time plus an offset that the control API can advance, so a test can make an hour of
 * refresh intervals pass without waiting for it.
 */
export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += Math.max(0, ms);
  }

  get offset(): number {
    return this.offsetMs;
  }
}
