/**
 * The part of an integration daemon's configuration document the sandbox keeps: which integration
 * groups it runs (IntegrationGroupConfig, as the admin services take it). Kept in the database, so
 * a restart with the same file runs the same daemons.
 */
import { z } from 'zod';

export const IntegrationGroupConfigSchema = z.looseObject({
  class: z.literal('IntegrationGroupConfig').optional(),
  omagserverPlatformRootURL: z.string().optional(),
  omagserverName: z.string().optional(),
  secretsStoreProvider: z.string().optional(),
  secretsStoreLocation: z.string().optional(),
  integrationGroupQualifiedName: z.string(),
});
export type IntegrationGroupConfig = z.infer<typeof IntegrationGroupConfigSchema>;

export interface DaemonConfigDocument {
  name: string;
  groups: IntegrationGroupConfig[];
}

export const DaemonConfigDocumentsSchema = z.array(
  z.object({ name: z.string(), groups: z.array(IntegrationGroupConfigSchema) }),
);

export function groupConfig(
  qualifiedName: string,
  metadataServer: string,
  platformUrl = 'https://localhost:9443',
): IntegrationGroupConfig {
  return {
    class: 'IntegrationGroupConfig',
    omagserverPlatformRootURL: platformUrl,
    omagserverName: metadataServer,
    integrationGroupQualifiedName: qualifiedName,
  };
}
