/** What the definition form page tests start from: a fake Egeria and no drafts left over. */
import { afterEach } from 'vitest';
import { failOnConsoleOutput } from '../../test/console-guard';
import { setupFakeEgeria } from '../../test/msw-server';

/** The sandbox's governance configuration service, as the browser calls it. */
export const GCS =
  '/api/egeria/sandbox/servers/mds/open-metadata/framework-services/governance-server/governance-configuration-service/users/garygeeke';

/** Call once at the top of a test file; returns the fake Egeria. */
export function setupDefinitionPageTest() {
  failOnConsoleOutput();
  const egeria = setupFakeEgeria();
  // Drafts are kept in the browser's storage: each test starts without the last one's.
  afterEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });
  return egeria;
}
