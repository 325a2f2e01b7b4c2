import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FakeConsoleOptions } from './fake-console-ops';
import { fakeEgeriaHandlers, type FakePlatform } from './fake-egeria';

/**
 * An MSW server for one test file that fails on any request no handler answers. `serve` installs
 * the fake platforms for the current test.
 */
export function setupFakeEgeria() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    server,
    serve(...platforms: FakePlatform[]) {
      server.use(...fakeEgeriaHandlers(platforms));
    },
    /** As serve, with the console's user given a role (default: admin). */
    serveAs(options: FakeConsoleOptions, ...platforms: FakePlatform[]) {
      server.use(...fakeEgeriaHandlers(platforms, options));
    },
  };
}
