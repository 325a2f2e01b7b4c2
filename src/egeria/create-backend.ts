/** Picks the dialect implementation for a configured platform. */
import type { EgeriaBackend } from './backend';
import { CONSOLE_REQUEST_HEADER, proxyBase, type PlatformInfo } from './platform-info';
import type { FetchLike } from './transport';
import { createV5Backend } from './v5/backend-v5';

/** A backend that reaches the platform through the console server's proxy (or `baseUrl` when given). */
export function createBackend(
  platform: PlatformInfo,
  options: { baseUrl?: string; fetch?: FetchLike } = {},
): EgeriaBackend {
  const baseUrl = options.baseUrl ?? proxyBase(platform.id);
  const headers = () => ({ [CONSOLE_REQUEST_HEADER]: '1' });
  switch (platform.dialect) {
    case 'v5':
      return createV5Backend({
        baseUrl,
        userId: platform.userId,
        metadataServer: platform.metadataServer,
        fetch: options.fetch,
        headers,
      });
    case 'v6':
      // No token here: the console server adds the bearer token of the user's session. The 6.x
      // code is fetched when a 6.x platform is first used, so 5.x-only consoles never load it.
      return lazyBackend('v6', async () =>
        (await import('./v6/backend-v6')).createV6Backend({
          baseUrl,
          viewServer: platform.viewServer ?? 'view-server',
          fetch: options.fetch,
          headers,
        }),
      );
  }
}

/** Every method of EgeriaBackend; the type check fails here when the interface gains one. */
const METHODS = {
  previewRequest: true,
  platformOrigin: true,
  knownServers: true,
  activeServers: true,
  serverStatus: true,
  listGroups: true,
  getGroup: true,
  findGroupByName: true,
  createGroup: true,
  updateGroup: true,
  deleteGroup: true,
  listConnectors: true,
  getConnector: true,
  findConnectorByName: true,
  createConnector: true,
  updateConnector: true,
  deleteConnector: true,
  groupsOfConnector: true,
  registerConnector: true,
  getRegistration: true,
  listRegistrations: true,
  unregisterConnector: true,
  addCatalogTarget: true,
  getCatalogTarget: true,
  listCatalogTargets: true,
  updateCatalogTarget: true,
  removeCatalogTarget: true,
  searchElements: true,
  daemonStatus: true,
  groupSummaries: true,
  groupSummary: true,
  refreshGroupConfig: true,
  connectorConfigurationProperties: true,
  updateConnectorConfigurationProperties: true,
  updateEndpointAddress: true,
  updateConnectorConnection: true,
  refreshConnectors: true,
  restartConnectors: true,
} satisfies Record<Exclude<keyof EgeriaBackend, 'dialect'>, true>;

type Method = keyof typeof METHODS;

/** A backend whose implementation is loaded on its first call. */
function lazyBackend(
  dialect: EgeriaBackend['dialect'],
  load: () => Promise<EgeriaBackend>,
): EgeriaBackend {
  let loading: Promise<EgeriaBackend> | undefined;
  const backend = () => (loading ??= load());
  const methods = Object.fromEntries(
    (Object.keys(METHODS) as Method[]).map((name) => [
      name,
      async (...args: unknown[]) =>
        ((await backend())[name] as (...a: unknown[]) => Promise<unknown>)(...args),
    ]),
  );
  return { dialect, ...methods } as unknown as EgeriaBackend;
}
