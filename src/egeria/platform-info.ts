/**
 * What the console server tells the browser about each configured platform (GET /api/platforms).
 * No URLs of Egeria and no secrets: the browser reaches a platform only through the console's
 * operations (`/api/ops/{id}/{operation}`), and the server decides what that sends where.
 */
import { z } from 'zod';

export const PlatformInfoSchema = z.object({
  id: z.string(),
  label: z.string(),
  dialect: z.enum(['v5', 'v6']),
  /** The userId put in 5.x URLs; on 6.x, the user id the sign-in form suggests. */
  userId: z.string(),
  /** The metadata access server that holds the integration-group definitions. */
  metadataServer: z.string(),
  /** 6.x: the view server whose view services (asset-maker, connection-maker, …) the console calls. */
  viewServer: z.string().optional(),
  /** Integration daemons to watch on this platform. */
  daemons: z.array(z.string()),
  /** True for the embedded sandbox, so the UI can say so. */
  sandbox: z.boolean(),
});
export type PlatformInfo = z.infer<typeof PlatformInfoSchema>;

export const PlatformsResponseSchema = z.object({ platforms: z.array(PlatformInfoSchema) });
export type PlatformsResponse = z.infer<typeof PlatformsResponseSchema>;

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
