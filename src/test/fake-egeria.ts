/**
 * MSW handlers that answer like an Egeria 5.3 platform (at /api/egeria/{platformId}/…, where the
 * tests' console server, fake-console-ops.ts, sends its Egeria calls) plus GET /api/platforms and
 * the console's own operations. Paging follows 5.3: `startingFrom` and `maximumResults` are
 * required, 0 means the server maximum (1000), and empty lists are omitted.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { PlatformInfo } from '../egeria/platform-info';
import type * as W from './wire-5.3';
import { fakeConsoleHandlers, fakeEgeriaBase, type FakeConsoleOptions } from './fake-console-ops';
import { PLATFORM_ORIGIN, unknownServerError } from './fixtures/egeria-5.3';
import { toElementProperties } from '../egeria/wire/generic';

export const TEST_USER = 'garygeeke';
const SERVER_MAX_PAGE_SIZE = 1000;

export interface FakePlatform {
  info: PlatformInfo;
  /** The origin text; `null` makes the platform unreachable (the console server gets no answer). */
  origin: string | null;
  groups: W.IntegrationGroupElement[];
  /** Registered connectors by group GUID. */
  registrations: Map<string, W.RegisteredIntegrationConnectorElement[]>;
  /** Catalog targets by connector GUID. */
  catalogTargets: Map<string, W.CatalogTarget[]>;
  /** Daemon status by daemon name; a daemon missing here is not running on the platform. */
  daemons: Map<string, W.IntegrationDaemonStatusResponse>;
  /** When set, every metadata-server call answers with this FFDC body. */
  metadataError?: W.FfdcResponse;
  /** Every Egeria request, as `GET /path?query` below the platform's root. */
  requests: string[];
  /** Awaited before answering a request (path below the platform's root, with query); lets a test hold an answer back. */
  beforeAnswer?: (request: string) => Promise<void> | void;
}

export function platformInfo(overrides: Partial<PlatformInfo> = {}): PlatformInfo {
  return {
    id: 'sandbox',
    label: 'Sandbox',
    dialect: 'v5',
    userId: TEST_USER,
    metadataServer: 'mds',
    daemons: ['integration-daemon'],
    sandbox: true,
    ...overrides,
  };
}

export function fakePlatform(overrides: Partial<FakePlatform> = {}): FakePlatform {
  return {
    info: platformInfo(),
    origin: PLATFORM_ORIGIN,
    groups: [],
    registrations: new Map(),
    catalogTargets: new Map(),
    daemons: new Map(),
    requests: [],
    ...overrides,
  };
}

function paging(url: URL): { start: number; size: number } | undefined {
  const start = url.searchParams.get('startingFrom');
  const size = url.searchParams.get('maximumResults');
  if (start === null || size === null) return undefined;
  const pageSize = Number(size) === 0 ? SERVER_MAX_PAGE_SIZE : Number(size);
  return { start: Number(start), size: pageSize };
}

function missingParameter(path: string) {
  return HttpResponse.json(
    { timestamp: new Date().toISOString(), status: 400, error: 'Bad Request', path },
    { status: 400 },
  );
}

/** `{ class, relatedHTTPCode, elements? }` with the key left out when the page is empty, as 5.3 does. */
function elementsPage<T>(responseClass: string, all: T[], page: { start: number; size: number }) {
  const items = all.slice(page.start, page.start + page.size);
  return HttpResponse.json({
    class: responseClass,
    relatedHTTPCode: 200,
    ...(items.length > 0 && { elements: items }),
  });
}

const decode = (segment: string) => decodeURIComponent(segment);

/** The paged lists of the governance-configuration-service: each path, and the elements it lists. */
const PAGED_LISTS: {
  path: RegExp;
  elements: (platform: FakePlatform, name: string) => unknown[];
}[] = [
  { path: /^\/integration-groups$/, elements: (platform) => platform.groups },
  {
    path: /^\/integration-groups\/([^/]+)\/integration-connectors$/,
    elements: (platform, group) => platform.registrations.get(group) ?? [],
  },
  {
    path: /^\/integration-connectors\/([^/]+)\/catalog-targets$/,
    elements: (platform, connector) => platform.catalogTargets.get(connector) ?? [],
  },
];

function answer(platform: FakePlatform, url: URL, rest: string) {
  const { info } = platform;
  const origin = new RegExp(
    `^/open-metadata/platform-services/users/[^/]+/server-platform/origin$`,
  ).exec(rest);
  if (origin) {
    if (platform.origin === null) return HttpResponse.error();
    return new HttpResponse(platform.origin, {
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    });
  }

  const daemon =
    /^\/servers\/([^/]+)\/open-metadata\/integration-daemon\/users\/[^/]+\/status$/.exec(rest);
  if (daemon) {
    const name = decode(daemon[1] ?? '');
    const status = platform.daemons.get(name);
    return HttpResponse.json(status ?? unknownServerError(name, 'IntegrationDaemonStatusResponse'));
  }

  const gcs =
    /^\/servers\/([^/]+)\/open-metadata\/framework-services\/governance-server\/governance-configuration-service\/users\/[^/]+(\/.*)$/.exec(
      rest,
    );
  if (!gcs) return undefined;
  const server = decode(gcs[1] ?? '');
  const path = gcs[2] ?? '';
  const responseClass = path.includes('/catalog-targets')
    ? 'CatalogTargetsResponse'
    : path.includes('/integration-connectors')
      ? 'RegisteredIntegrationConnectorsResponse'
      : path.includes('/by-name/')
        ? 'IntegrationGroupElementResponse'
        : 'IntegrationGroupElementsResponse';
  if (platform.metadataError)
    return HttpResponse.json({ ...platform.metadataError, class: responseClass });
  if (server !== info.metadataServer)
    return HttpResponse.json(unknownServerError(server, responseClass));

  const byName = /^\/integration-groups\/by-name\/([^/]+)$/.exec(path);
  if (byName) {
    const name = decode(byName[1] ?? '');
    const element = platform.groups.find((g) => g.properties?.qualifiedName === name);
    return HttpResponse.json({
      class: responseClass,
      relatedHTTPCode: 200,
      ...(element && { element }),
    });
  }

  const page = paging(url);
  for (const list of PAGED_LISTS) {
    const match = list.path.exec(path);
    if (!match) continue;
    if (!page) return missingParameter(url.pathname);
    return elementsPage(responseClass, list.elements(platform, decode(match[1] ?? '')), page);
  }
  return undefined;
}

/**
 * The open-metadata-store's one search the console makes: every CatalogTarget relationship, a
 * page at a time (`startFrom`/`pageSize`), as OpenMetadataRelationships in `elementList`.
 */
function catalogTargetRelationships(platform: FakePlatform, url: URL, rest: string) {
  if (!/\/open-metadata-store\/users\/[^/]+\/relationships\/by-search-conditions$/.test(rest))
    return undefined;
  const startFrom = Number(url.searchParams.get('startFrom') ?? 0);
  const pageSize = Number(url.searchParams.get('pageSize') ?? SERVER_MAX_PAGE_SIZE);
  const all = [...platform.catalogTargets].flatMap(([connectorGuid, targets]) =>
    targets.map(({ relationshipGUID, catalogTargetElement, ...properties }) => ({
      class: 'OpenMetadataRelationship',
      relationshipGUID,
      relationshipType: { typeName: 'CatalogTarget' },
      relationshipProperties: toElementProperties(properties),
      elementGUIDAtEnd1: connectorGuid,
      elementGUIDAtEnd2: catalogTargetElement?.guid,
      elementAtEnd2: catalogTargetElement,
    })),
  );
  const elementList = all.slice(startFrom, startFrom + pageSize);
  return HttpResponse.json({
    class: 'OpenMetadataRelationshipListResponse',
    relatedHTTPCode: 200,
    ...(elementList.length ? { relationshipList: { elementList } } : {}),
  });
}

/** GET /api/platforms, the console's operations, and every platform's Egeria API. */
export function fakeEgeriaHandlers(
  platforms: FakePlatform[],
  options: FakeConsoleOptions = {},
): HttpHandler[] {
  return [
    http.get('/api/platforms', () =>
      HttpResponse.json({ platforms: platforms.map((p) => p.info) }),
    ),
    ...fakeConsoleHandlers(
      platforms.map((p) => p.info),
      options,
    ),
    http.get('/api/egeria/:platformId/*', async ({ request, params }) => {
      const platform = platforms.find((p) => p.info.id === params.platformId);
      if (!platform) return HttpResponse.json({ error: 'Unknown platform' }, { status: 404 });
      const url = new URL(request.url);
      const prefix = fakeEgeriaBase(platform.info.id);
      const rest = url.pathname.slice(prefix.length);
      platform.requests.push(`GET ${rest}${url.search}`);
      await platform.beforeAnswer?.(`${rest}${url.search}`);
      return answer(platform, url, rest);
    }),
    http.post('/api/egeria/:platformId/*', async ({ request, params }) => {
      const platform = platforms.find((p) => p.info.id === params.platformId);
      if (!platform) return HttpResponse.json({ error: 'Unknown platform' }, { status: 404 });
      const url = new URL(request.url);
      const rest = url.pathname.slice(fakeEgeriaBase(platform.info.id).length);
      platform.requests.push(`POST ${rest}${url.search}`);
      await platform.beforeAnswer?.(`${rest}${url.search}`);
      return catalogTargetRelationships(platform, url, rest);
    }),
  ];
}
