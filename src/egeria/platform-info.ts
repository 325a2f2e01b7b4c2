/**
 * What the console server tells the browser about each configured platform (GET /api/platforms).
 * No URLs of Egeria and no secrets: the browser reaches a platform only through the console's
 * operations (`/api/ops/{id}/{operation}`), and the server decides what that sends where.
 */
export interface PlatformInfo {
  id: string;
  label: string;
  dialect: 'v5' | 'v6';
  /** The userId put in 5.x URLs; on 6.x, the user id the sign-in form suggests. */
  userId: string;
  /** The metadata access server that holds the integration-group definitions. */
  metadataServer: string;
  /** 6.x: the view server whose view services (asset-maker, connection-maker, …) the console calls. */
  viewServer?: string;
  /** Integration daemons to watch on this platform. */
  daemons: string[];
  /** True for the embedded sandbox, so the UI can say so. */
  sandbox: boolean;
}

export interface PlatformsResponse {
  platforms: PlatformInfo[];
}

const isPlatform = (v: unknown): boolean => {
  const p = v as Partial<Record<keyof PlatformInfo, unknown>> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.id === 'string' &&
    typeof p.label === 'string' &&
    (p.dialect === 'v5' || p.dialect === 'v6') &&
    typeof p.userId === 'string' &&
    typeof p.metadataServer === 'string' &&
    (p.viewServer === undefined || typeof p.viewServer === 'string') &&
    Array.isArray(p.daemons) &&
    p.daemons.every((d) => typeof d === 'string') &&
    typeof p.sandbox === 'boolean'
  );
};

/** An answer of GET /api/platforms, or undefined when it is not one. */
export function readPlatforms(body: unknown): PlatformsResponse | undefined {
  const platforms = (body as { platforms?: unknown } | null)?.platforms;
  return Array.isArray(platforms) && platforms.every(isPlatform)
    ? (body as PlatformsResponse)
    : undefined;
}

/**
 * Whether the console must sign the user in before calling this platform: 6.x wants a bearer token
 * on every call but the origin probe, which the console server obtains and keeps.
 */
export function requiresSignIn(platform: Pick<PlatformInfo, 'dialect'>): boolean {
  return platform.dialect === 'v6';
}

/**
 * Header the SPA sends on every call that reads or changes Egeria. Browsers cannot add it to a
 * cross-site request without a CORS preflight, which the console never grants, so another site
 * cannot drive Egeria through a user's console.
 */
export const CONSOLE_REQUEST_HEADER = 'x-egeria-console';
