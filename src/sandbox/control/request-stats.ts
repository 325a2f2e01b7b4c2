/**
 * Counts the requests the Egeria-facing listener received, per method and route pattern, so a test
 * can prove how many upstream calls the console made (e.g. one status poll shared by many tabs).
 */
export class RequestStats {
  private counts = new Map<string, number>();

  record(method: string, routePattern: string | undefined): void {
    const key = `${method} ${routePattern ?? '<unmatched>'}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
