/**
 * Platform services of the OMAG Server Platform: its origin (the one call 6.x answers without a
 * token) and its servers. The beans are the same in 5.3 and 6.x; 5.3 has `users/{userId}` in the
 * base path. A server's status says `active` (Java's `isActive()` getter, serialised by Jackson
 * without the `is`), captured/5.3-snapshot/02c and 6.1-snapshot/02.
 */
import { z } from 'zod';
import type { ServerStatus } from '../model';
import type { Transport } from '../transport';
import { ffdcShape } from '../wire/ffdc';

export const ServerListResponseSchema = z.object({
  ...ffdcShape,
  serverList: z.array(z.string()).optional(),
});

export const ServerStatusResponseSchema = z.object({
  ...ffdcShape,
  serverName: z.string().optional(),
  serverType: z.string().optional(),
  active: z.boolean().optional(),
  serverStartTime: z.string().optional(),
  serverEndTime: z.string().optional(),
  serverHistory: z
    .array(z.looseObject({ startTime: z.string().optional(), endTime: z.string().optional() }))
    .optional(),
});

export function platformApi(http: Transport, base: string, seg: (value: string) => string) {
  const servers = async (path: string, signal?: AbortSignal) =>
    (await http.getJson(path, ServerListResponseSchema, signal)).serverList ?? [];
  return {
    origin: (signal?: AbortSignal) => http.getText(`${base}/origin`, signal),
    knownServers: (signal?: AbortSignal) => servers(`${base}/servers`, signal),
    activeServers: (signal?: AbortSignal) => servers(`${base}/servers/active`, signal),
    async serverStatus(server: string, signal?: AbortSignal): Promise<ServerStatus> {
      const r = await http.getJson(
        `${base}/servers/${seg(server)}/status`,
        ServerStatusResponseSchema,
        signal,
      );
      return {
        serverName: r.serverName ?? server,
        serverType: r.serverType,
        isActive: r.active ?? false,
        startTime: r.serverStartTime,
        endTime: r.serverEndTime,
      };
    },
  };
}
