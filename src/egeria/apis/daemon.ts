/**
 * The integration daemon's REST API. 5.3 and 6.x serve the same beans; only the base path differs
 * (5.3 puts `users/{userId}` in it), and the connection bean names the endpoint's address by the
 * release's key (wire/ocf.ts).
 *
 * Report identities (both releases, IntegrationConnectorReport): `connectorId` identifies the
 * running connector, which for a group's connector is the GUID of its RegisteredIntegrationConnector
 * relationship; `connectorGUID` is the IntegrationConnector element's GUID, sent only in the
 * daemon-wide `integrationConnectorReports` list. 6.1 repeats every group connector in that list
 * under another `connectorInstanceId` (captured/6.1-snapshot/03), so the two lists are matched by
 * `connectorId`.
 */
import { z } from 'zod';
import { optionalStrings } from '../wire/fields';
import type { EgeriaBackend } from '../backend';
import type * as M from '../model';
import type { Transport } from '../transport';
import { ffdcShape, PropertiesResponseSchema, VoidResponseSchema } from '../wire/ffdc';
import { fromConnectionInput, type EndpointAddressKey } from '../wire/ocf';
import { EgeriaError, notFound } from '../errors';

const anyMap = z.record(z.string(), z.unknown());

/**
 * Of the connection a report carries (several kB each: the whole connector type with its
 * recognised properties), only what the console shows. The rest is dropped unread: at 5,000
 * connectors the status holds 10,000 reports, and validating every connection whole was a fifth
 * of the time the console server spent on each status read.
 */
const ReportConnectionSchema = z.object({
  endpoint: z.object(optionalStrings('address', 'networkAddress')).optional(),
  connectorType: z.object(optionalStrings('connectorProviderClassName')).optional(),
});

export const IntegrationConnectorReportSchema = z.looseObject({
  ...optionalStrings('connectorId', 'connectorGUID', 'integrationGroupGUID'),
  connectorName: z.string(),
  connection: ReportConnectionSchema.optional(),
  ...optionalStrings(
    'connectorInstanceId',
    'connectorStatus',
    'lastStatusChange',
    'lastRefreshTime',
  ),
  minMinutesBetweenRefresh: z.number().optional(),
  failingExceptionMessage: z.string().optional(),
  statistics: anyMap.optional(),
});
export type IntegrationConnectorReport = z.infer<typeof IntegrationConnectorReportSchema>;

export const IntegrationGroupSummarySchema = z.looseObject({
  integrationGroupName: z.string(),
  ...optionalStrings(
    'integrationGroupGUID',
    'integrationGroupDescription',
    'integrationGroupStatus',
    'lastRefreshTime',
  ),
  integrationConnectorReports: z.array(IntegrationConnectorReportSchema).optional(),
});
export type IntegrationGroupSummary = z.infer<typeof IntegrationGroupSummarySchema>;

const IntegrationServiceSummarySchema = z.looseObject({
  integrationServiceFullName: z.string().optional(),
  integrationConnectorReports: z.array(IntegrationConnectorReportSchema).optional(),
});

export const IntegrationDaemonStatusResponseSchema = z.object({
  ...ffdcShape,
  integrationDaemonStatus: z
    .looseObject({
      integrationServiceSummaries: z.array(IntegrationServiceSummarySchema).optional(),
      integrationGroupSummaries: z.array(IntegrationGroupSummarySchema).optional(),
      integrationConnectorReports: z.array(IntegrationConnectorReportSchema).optional(),
    })
    .optional(),
});
export type IntegrationDaemonStatusResponse = z.infer<typeof IntegrationDaemonStatusResponseSchema>;

export const IntegrationGroupSummariesResponseSchema = z.object({
  ...ffdcShape,
  integrationGroupSummaries: z.array(IntegrationGroupSummarySchema).optional(),
});
export const IntegrationGroupSummaryResponseSchema = z.object({
  ...ffdcShape,
  integrationGroupSummary: IntegrationGroupSummarySchema.optional(),
});

// ------------------------------------------------------------------------------------- reads

/** Element GUIDs of connectors by `connectorId`, from the daemon-wide list (the only one that has them). */
type GuidsById = ReadonlyMap<string, string>;

export function toConnectorReport(
  report: IntegrationConnectorReport,
  group?: { name: string; guid?: string },
  guids: GuidsById = new Map(),
): M.ConnectorReport {
  return {
    connectorName: report.connectorName,
    connectorGuid:
      report.connectorGUID ?? (report.connectorId ? guids.get(report.connectorId) : undefined),
    registrationGuid: group || report.integrationGroupGUID ? report.connectorId : undefined,
    groupName: group?.name,
    groupGuid: report.integrationGroupGUID ?? group?.guid,
    connectorInstanceId: report.connectorInstanceId,
    status: report.connectorStatus,
    lastStatusChange: report.lastStatusChange,
    lastRefreshTime: report.lastRefreshTime,
    minMinutesBetweenRefresh: report.minMinutesBetweenRefresh ?? 0,
    failingExceptionMessage: report.failingExceptionMessage,
    statistics: report.statistics ?? {},
    endpointAddress:
      report.connection?.endpoint?.address ?? report.connection?.endpoint?.networkAddress,
    connectorProviderClassName: report.connection?.connectorType?.connectorProviderClassName,
  };
}

export function toGroupSummary(
  summary: IntegrationGroupSummary,
  guids: GuidsById = new Map(),
): M.GroupSummary {
  const group = { name: summary.integrationGroupName, guid: summary.integrationGroupGUID };
  return {
    name: summary.integrationGroupName,
    guid: summary.integrationGroupGUID,
    description: summary.integrationGroupDescription,
    status: summary.integrationGroupStatus,
    connectors: (summary.integrationConnectorReports ?? []).map((r) =>
      toConnectorReport(r, group, guids),
    ),
  };
}

export function toDaemonStatus(response: IntegrationDaemonStatusResponse): M.DaemonStatus {
  const status = response.integrationDaemonStatus;
  const daemonWide = status?.integrationConnectorReports ?? [];
  const guids = new Map<string, string>();
  for (const r of daemonWide)
    if (r.connectorId && r.connectorGUID) guids.set(r.connectorId, r.connectorGUID);
  const groups = (status?.integrationGroupSummaries ?? []).map((s) => toGroupSummary(s, guids));
  const inGroups = groups.flatMap((g) => g.connectors);
  const seen = new Set(inGroups.map((c) => c.registrationGuid ?? c.connectorName));
  // The daemon-wide list repeats the group connectors: only those in no group summary are added.
  const others = [
    ...daemonWide,
    ...(status?.integrationServiceSummaries ?? []).flatMap(
      (s) => s.integrationConnectorReports ?? [],
    ),
  ]
    .filter((r) => !seen.has(r.connectorId ?? r.connectorName))
    .map((r) => toConnectorReport(r, undefined, guids));
  return { groups, connectors: [...inGroups, ...others] };
}

// ------------------------------------------------------------------------------------- calls

const nameBody = (connectorName: string | undefined) =>
  connectorName ? { class: 'NameRequestBody', name: connectorName } : { class: 'NameRequestBody' };

export interface DaemonApiOptions {
  /** The daemon's REST root for a daemon name, e.g. `/servers/{d}/open-metadata/integration-daemon`. */
  base: (daemon: string) => string;
  addressKey: EndpointAddressKey;
  seg: (value: string) => string;
}

/** The console's calls to an integration daemon. */
export function daemonApi(http: Transport, { base, addressKey, seg }: DaemonApiOptions) {
  const connectorPath = (daemon: string, name: string) =>
    `${base(daemon)}/integration-connectors/${seg(name)}`;
  const refreshConfigPath = (daemon: string, groupName: string) =>
    `${base(daemon)}/integration-groups/${seg(groupName)}/refresh-config`;
  async function groupSummaries(daemon: string, signal?: AbortSignal): Promise<M.GroupSummary[]> {
    const r = await http.getJson(
      `${base(daemon)}/integration-groups/summary`,
      IntegrationGroupSummariesResponseSchema,
      signal,
    );
    return (r.integrationGroupSummaries ?? []).map((s) => toGroupSummary(s));
  }
  return {
    async status(daemon: string, signal?: AbortSignal): Promise<M.DaemonStatus> {
      try {
        return toDaemonStatus(
          await http.getJson(
            `${base(daemon)}/status`,
            IntegrationDaemonStatusResponseSchema,
            signal,
          ),
        );
      } catch (error) {
        // Real 5.3 fails /status with a NullPointerException (OMAG-COMMON-400-016) while the daemon
        // runs no connector; its group summaries still answer, and say the same.
        if (!(error instanceof EgeriaError) || error.messageId !== 'OMAG-COMMON-400-016')
          throw error;
        const groups = await groupSummaries(daemon, signal);
        return { groups, connectors: groups.flatMap((g) => g.connectors) };
      }
    },
    groupSummaries,
    async groupSummary(
      daemon: string,
      groupName: string,
      signal?: AbortSignal,
    ): Promise<M.GroupSummary> {
      const path = `${base(daemon)}/integration-groups/${seg(groupName)}/summary`;
      const r = await http.getJson(path, IntegrationGroupSummaryResponseSchema, signal);
      if (!r.integrationGroupSummary)
        throw notFound('Integration group summary', groupName, `GET ${path}`);
      return toGroupSummary(r.integrationGroupSummary);
    },
    async refreshConfig(daemon: string, groupName: string): Promise<void> {
      // A GET that changes the daemon: marked so a preview shows it rather than sends it.
      await http.getJson(refreshConfigPath(daemon, groupName), VoidResponseSchema, undefined, {
        changes: true,
      });
    },
    async configurationProperties(daemon: string, connectorName: string, signal?: AbortSignal) {
      const r = await http.getJson(
        `${connectorPath(daemon, connectorName)}/configuration-properties`,
        PropertiesResponseSchema,
        signal,
      );
      return r.properties ?? {};
    },
    async updateConfigurationProperties(
      daemon: string,
      connectorName: string,
      properties: Record<string, unknown>,
      merge: boolean,
    ): Promise<void> {
      await http.postJson(
        `${base(daemon)}/integration-connectors/configuration-properties`,
        {
          class: 'ConnectorConfigPropertiesRequestBody',
          connectorName,
          mergeUpdate: merge,
          configurationProperties: properties,
        },
        VoidResponseSchema,
      );
    },
    async updateEndpointAddress(daemon: string, connectorName: string, address: string) {
      await http.postJson(
        `${connectorPath(daemon, connectorName)}/endpoint-network-address`,
        { class: 'StringRequestBody', string: address },
        VoidResponseSchema,
      );
    },
    async updateConnection(daemon: string, connectorName: string, connection: M.ConnectionInput) {
      await http.postJson(
        `${connectorPath(daemon, connectorName)}/connection`,
        fromConnectionInput(connection, addressKey),
        VoidResponseSchema,
      );
    },
    async refresh(daemon: string, connectorName?: string): Promise<void> {
      await http.postJson(
        `${base(daemon)}/integration-connectors/refresh`,
        nameBody(connectorName),
        VoidResponseSchema,
      );
    },
    async restart(daemon: string, connectorName?: string): Promise<void> {
      await http.postJson(
        `${base(daemon)}/integration-connectors/restart`,
        nameBody(connectorName),
        VoidResponseSchema,
      );
    },
  };
}
export type DaemonApi = ReturnType<typeof daemonApi>;

/** The EgeriaBackend's daemon methods: one API, the same in both dialects. */
export function daemonMethods(daemon: DaemonApi) {
  return {
    daemonStatus: daemon.status,
    groupSummaries: daemon.groupSummaries,
    groupSummary: daemon.groupSummary,
    refreshGroupConfig: (name: string, group: string) => daemon.refreshConfig(name, group),
    connectorConfigurationProperties: daemon.configurationProperties,
    updateConnectorConfigurationProperties: (
      name: string,
      connector: string,
      properties: Record<string, unknown>,
      { merge }: { merge: boolean },
    ) => daemon.updateConfigurationProperties(name, connector, properties, merge),
    updateEndpointAddress: daemon.updateEndpointAddress,
    updateConnectorConnection: daemon.updateConnection,
    refreshConnectors: daemon.refresh,
    restartConnectors: daemon.restart,
  } satisfies Partial<EgeriaBackend>;
}
