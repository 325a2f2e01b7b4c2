import { describe, expect, it } from 'vitest';
import { egressRefusal } from './egress-guard';

const scope = { userId: 'garygeeke', servers: new Set(['mds', 'daemon', 'view-server']) };
const GCS =
  '/servers/mds/open-metadata/framework-services/governance-server/governance-configuration-service/users/garygeeke';

describe('the egress guard', () => {
  it.each([
    ['GET', `${GCS}/integration-groups?startingFrom=0&maximumResults=10`],
    ['GET', `${GCS}/integration-groups/by-name/Coco%3AGroup%20Donn%C3%A9es`],
    [
      'POST',
      '/servers/daemon/open-metadata/integration-daemon/users/garygeeke/integration-connectors/restart',
    ],
    ['GET', '/open-metadata/platform-services/users/garygeeke/server-platform/origin'],
    ['GET', '/open-metadata/platform-services/server-platform/servers/active'],
    ['POST', '/servers/view-server/api/open-metadata/asset-maker/software-capabilities/search'],
    ['POST', '/servers/daemon/open-metadata/integration-daemon/integration-connectors/refresh'],
    // Every catalog target at once (5.3 open-metadata-store, 6.x metadata-expert).
    [
      'POST',
      '/servers/mds/open-metadata/framework-services/governance-server/open-metadata-store/users/garygeeke/relationships/by-search-conditions?forLineage=false&forDuplicateProcessing=false&startFrom=0&pageSize=1000',
    ],
    [
      'POST',
      '/servers/view-server/api/open-metadata/metadata-expert/relationships/by-search-conditions',
    ],
  ])('lets %s %s through', (method, path) => {
    expect(egressRefusal(method, path, scope)).toBeUndefined();
  });

  it.each([
    ['POST', '/open-metadata/admin-services/users/garygeeke/servers/daemon/configuration', 'admin'],
    ['GET', '/open-metadata/admin-services/servers/daemon/configuration', 'admin'],
    [
      'POST',
      '/open-metadata/platform-services/users/garygeeke/server-platform/servers/daemon/instance',
      'only read',
    ],
    [
      'DELETE',
      '/open-metadata/platform-services/users/garygeeke/server-platform/instance',
      'method',
    ],
    ['GET', `${GCS.replace('garygeeke', 'someone-else')}/integration-groups`, 'configured user'],
    ['POST', '/servers/view-server/api/token', 'token'],
    ['POST', '/servers/view-server/api/%74oken', 'token'],
    ['GET', '/api/token/logout', 'token'],
    ['GET', '/servers/other-server/open-metadata/x', 'configured servers'],
    ['GET', `${GCS}/integration-groups/by-name/a%2Fb`, 'encoded'],
    ['GET', `${GCS}/integration-groups/by-name/a%5Cb`, 'encoded'],
    ['GET', `${GCS}/integration-groups/by-name/%252e%252e`, 'encoded'],
    ['GET', `${GCS}/integration-groups/by-name/%2e%2e`, 'encoded'],
    ['GET', `${GCS}/integration-groups/../../../admin-services`, 'dot segment'],
    ['GET', `${GCS}/integration-groups/..;/x`, '";"'],
    ['GET', `${GCS}//integration-groups`, 'empty segment'],
    ['GET', `${GCS}/integration-groups/a\\b`, 'backslash'],
    ['GET', `${GCS}/integration-groups/%E0%A4%A`, 'malformed'],
    ['GET', `${GCS}/integration-groups/a\nb`, 'control'],
    ['GET', 'servers/mds/open-metadata/x', 'absolute'],
    ['GET', '/etc/passwd', 'not one of'],
  ])('refuses %s %s', (method, path, why) => {
    expect(egressRefusal(method, path, scope)).toContain(why);
  });
});
