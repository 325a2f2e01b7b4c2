/**
 * Which daemon-status queries the status feed currently keeps up to date. Kept apart from the feed
 * client so the query options can ask without importing it: while a query is fed, it does not
 * poll over REST; when the feed drops, the query falls back to polling by itself.
 */
// Typed loosely: TanStack's Query is invariant in its key type, and any query object will do here.
const fed = new WeakSet<object>();

export function isFedByFeed(query: object): boolean {
  return fed.has(query);
}

export function markFed(query: object, value: boolean): void {
  if (value) fed.add(query);
  else fed.delete(query);
}
