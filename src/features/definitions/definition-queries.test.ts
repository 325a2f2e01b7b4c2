import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { EgeriaBackend } from '../../egeria/backend';
import type { IntegrationGroup } from '../../egeria/model';
import { platformInfo } from '../../test/fake-egeria';
import { group } from '../../test/graph-data';
import type { PlatformScope } from '../platforms/platform-context';
import { allGroupsListQueryOptions, connectorGroupsQueryOptions } from './definition-queries';

const trials = group('Trials');
const kafka = group('Kafka');

/** A backend whose list of every group answers when the test says. */
function setup() {
  let answerList: (groups: IntegrationGroup[]) => void = () => {};
  const backend = {
    groupsOfConnector: vi.fn(async () => [trials.guid, kafka.guid]),
    getGroup: vi.fn(async (guid: string) => (guid === trials.guid ? trials : kafka)),
    listGroups: vi.fn(
      () =>
        new Promise((resolve) => {
          answerList = (items) =>
            resolve({ items, startFrom: 0, pageSize: 100, mayHaveMore: false });
        }),
    ),
  };
  const scope: PlatformScope = {
    platform: platformInfo(),
    backend: backend as unknown as EgeriaBackend,
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { backend, scope, client, answerList: (g: IntegrationGroup[]) => answerList(g) };
}

describe("a connector's groups", () => {
  it('are read one by one when no page lists every group', async () => {
    const { backend, scope, client } = setup();
    const groups = await client.fetchQuery(connectorGroupsQueryOptions(scope, 'c'));
    expect(groups.map((g) => g.qualifiedName)).toEqual(['Kafka', 'Trials']);
    expect(backend.getGroup).toHaveBeenCalledTimes(2);
  });

  it('are named from the list of every group the page is reading, without a read each', async () => {
    const { backend, scope, client, answerList } = setup();
    const everything = client.fetchQuery(allGroupsListQueryOptions(scope));
    const mine = client.fetchQuery(connectorGroupsQueryOptions(scope, 'c'));
    await vi.waitFor(() => expect(backend.groupsOfConnector).toHaveBeenCalled());
    answerList([kafka, group('Other'), trials]);
    await everything;
    expect((await mine).map((g) => g.qualifiedName)).toEqual(['Kafka', 'Trials']);
    expect(backend.getGroup).not.toHaveBeenCalled();
  });

  it('read the one a fresh list lacks', async () => {
    const { backend, scope, client } = setup();
    client.setQueryData(allGroupsListQueryOptions(scope).queryKey, [kafka]);
    const groups = await client.fetchQuery(connectorGroupsQueryOptions(scope, 'c'));
    expect(groups.map((g) => g.qualifiedName)).toEqual(['Kafka', 'Trials']);
    expect(backend.getGroup).toHaveBeenCalledExactlyOnceWith(trials.guid, expect.anything());
  });

  it('are read one by one when the list of every group is older than a few seconds', async () => {
    const { backend, scope, client } = setup();
    client.setQueryData(allGroupsListQueryOptions(scope).queryKey, [kafka, trials], {
      updatedAt: Date.now() - 60_000,
    });
    await client.fetchQuery(connectorGroupsQueryOptions(scope, 'c'));
    expect(backend.getGroup).toHaveBeenCalledTimes(2);
  });
});
