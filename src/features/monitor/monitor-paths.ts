/**
 * URLs of the monitoring screens. Daemon and connector names each travel as ONE path segment,
 * percent-encoded, and are decoded from the raw pathname (as lib/paths does for group names), so
 * names with `/`, `%`, `?`, spaces or non-ASCII characters round-trip.
 *
 *   /p/{platformId}/daemons
 *   /p/{platformId}/daemons/{daemon}
 *   /p/{platformId}/daemons/{daemon}/connectors/{connectorName}
 */

export function daemonsPath(platformId: string): string {
  return `/p/${encodeURIComponent(platformId)}/daemons`;
}

export function daemonPath(platformId: string, daemon: string): string {
  return `${daemonsPath(platformId)}/${encodeURIComponent(daemon)}`;
}

export function daemonConnectorPath(
  platformId: string,
  daemon: string,
  connectorName: string,
): string {
  return `${daemonPath(platformId, daemon)}/connectors/${encodeURIComponent(connectorName)}`;
}

export interface MonitorLocation {
  daemon: string;
  /** Set on a connector's page. */
  connectorName?: string;
}

const MONITOR_PATH = /^\/p\/[^/]+\/daemons\/([^/]+)(?:\/connectors\/([^/]+))?\/?$/;

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The daemon (and connector) a monitoring URL names; undefined when it names none or is malformed. */
export function monitorLocation(pathname: string): MonitorLocation | undefined {
  const match = MONITOR_PATH.exec(pathname);
  if (!match?.[1]) return undefined;
  const daemon = decode(match[1]);
  if (!daemon) return undefined;
  if (match[2] === undefined) return { daemon };
  const connectorName = decode(match[2]);
  return connectorName ? { daemon, connectorName } : undefined;
}
