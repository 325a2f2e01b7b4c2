/**
 * What the monitoring screens' tests share: the daemon their fake platform runs, the platform
 * itself, and a fake Egeria behind MSW with no console output allowed.
 */
import { configure } from '@testing-library/react';
import { failOnConsoleOutput } from '../../test/console-guard';
import { fakePlatform, type FakePlatform } from '../../test/fake-egeria';
import { daemonStatus, groupSummary } from '../../test/fixtures/egeria-5.3';
import { setupFakeEgeria } from '../../test/msw-server';
import type * as W from '../../test/wire-5.3';

export const DAEMON = 'integration-daemon';

/** Call once at the top of a test file; returns the fake Egeria to serve platforms from. */
export function setupMonitorTests() {
  failOnConsoleOutput();
  // Whole-app renders in jsdom are slow on a loaded machine: give async queries time.
  configure({ asyncUtilTimeout: 5_000 });
  return setupFakeEgeria();
}

/** A platform defining these groups, which DAEMON runs (RUNNING) with these connector reports. */
export function platformRunning(
  groups: [W.IntegrationGroupElement, W.IntegrationConnectorReport[]][],
): FakePlatform {
  return fakePlatform({
    groups: groups.map(([group]) => group),
    daemons: new Map([
      [
        DAEMON,
        daemonStatus(groups.map(([group, reports]) => groupSummary(group, 'RUNNING', reports))),
      ],
    ]),
  });
}
