import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failOnConsoleOutput } from '../../test/console-guard';
import { DAEMON_STATUS_POLL_MS } from '../platforms/platform-queries';
import { defined } from '../../test/defined';
import { fakePlatform } from '../../test/fake-egeria';
import { groupElement, unknownServerError } from '../../test/fixtures/egeria-5.3';
import { DEFAULT_GROUP, XSS_TEXT, demoPlatform } from '../../test/estate';
import { setupFakeEgeria } from '../../test/msw-server';
import { currentUrl, renderApp } from '../../test/render-app';

failOnConsoleOutput();
const egeria = setupFakeEgeria();

/** The qualifiedNames in the groups table, top to bottom. */
function listedNames(): string[] {
  const table = screen.getByRole('table', { name: 'Integration groups' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

/** The table row of the group with this qualifiedName. */
function rowOf(qualifiedName: string): HTMLElement {
  return defined(
    screen.getByRole('link', { name: qualifiedName }).closest('tr'),
    `row of ${qualifiedName}`,
  );
}

describe('groups page', () => {
  it('lists every group with a count, a link to each group and its daemon status', async () => {
    const platform = demoPlatform();
    egeria.serve(platform);
    const started = Date.now();
    renderApp('/p/sandbox/groups');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Integration groups' }),
    ).toBeInTheDocument();
    expect(screen.getByText('12 groups')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: DEFAULT_GROUP });
    expect(link).toHaveAttribute('href', `/p/sandbox/groups/${encodeURIComponent(DEFAULT_GROUP)}`);

    const defaultRow = rowOf(DEFAULT_GROUP);
    expect(await within(defaultRow).findByText('Running')).toBeInTheDocument();
    const postgresRow = rowOf('Egeria:IntegrationGroup:PostgreSQL');
    expect(within(postgresRow).getByText('Failed')).toBeInTheDocument();
    const kafkaRow = rowOf('Egeria:IntegrationGroup:ApacheKafka');
    expect(within(kafkaRow).getByText('Not running')).toBeInTheDocument();

    // One status call per poll for the one daemon, not one per group (a slow machine may have
    // reached the next poll by now).
    const polls = 1 + Math.floor((Date.now() - started) / DAEMON_STATUS_POLL_MS);
    const statusCalls = platform.requests.filter((r) => r.endsWith('/status')).length;
    expect(statusCalls).toBeGreaterThanOrEqual(1);
    expect(statusCalls).toBeLessThanOrEqual(polls);
  });

  it('searches qualified name, display name and description, case-insensitively, and keeps the search in the URL', async () => {
    egeria.serve(demoPlatform());
    const { user } = renderApp('/p/sandbox/groups');
    const search = await screen.findByRole('searchbox', { name: 'Search groups' });

    await user.type(search, 'POSTGRES');
    expect(await screen.findByText('1 of 12 match')).toBeInTheDocument();
    expect(listedNames()).toEqual(['Egeria:IntegrationGroup:PostgreSQL']);
    await waitFor(() => expect(currentUrl()).toBe('/p/sandbox/groups?q=POSTGRES'));

    // Display name only ("Observability") and description only ("Kafka topics").
    await user.clear(search);
    await user.type(search, 'observab');
    expect(await screen.findByText('1 of 12 match')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'kafka TOPICS');
    await waitFor(() => expect(listedNames()).toEqual(['Egeria:IntegrationGroup:ApacheKafka']));

    await user.clear(search);
    await user.type(search, 'catalog');
    expect(await screen.findByText('5 of 12 match')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'no such thing');
    expect(await screen.findByText('No groups match your search')).toBeInTheDocument();
  });

  it('opens with the search from the URL, as after a reload or from a shared link', async () => {
    egeria.serve(demoPlatform());
    renderApp('/p/sandbox/groups?q=apache');
    expect(await screen.findByText('2 of 12 match')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search groups' })).toHaveValue('apache');
    expect(listedNames()).toEqual([
      'Egeria:IntegrationGroup:ApacheAtlas',
      'Egeria:IntegrationGroup:ApacheKafka',
    ]);
  });

  it('sorts by qualified name and display name, announcing the order with aria-sort', async () => {
    egeria.serve(demoPlatform());
    const { user } = renderApp('/p/sandbox/groups?q=egeria');
    await screen.findByText('7 of 12 match');

    const qualifiedHeader = screen.getByRole('columnheader', { name: /Qualified name/ });
    const displayHeader = screen.getByRole('columnheader', { name: /Display name/ });
    expect(qualifiedHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(displayHeader).toHaveAttribute('aria-sort', 'none');
    expect(listedNames()[0]).toBe('Egeria:IntegrationGroup:ApacheAtlas');

    await user.click(within(displayHeader).getByRole('button'));
    await waitFor(() => expect(displayHeader).toHaveAttribute('aria-sort', 'ascending'));
    expect(qualifiedHeader).toHaveAttribute('aria-sort', 'none');
    const ascending = listedNames();
    expect(ascending[0]).toBe('Egeria:IntegrationGroup:ApacheAtlas');
    expect(ascending.at(-1)).toBe('Egeria:IntegrationGroup:UnityCatalog');
    await waitFor(() => expect(currentUrl()).toBe('/p/sandbox/groups?q=egeria&sort=displayName'));

    await user.click(within(displayHeader).getByRole('button'));
    await waitFor(() => expect(displayHeader).toHaveAttribute('aria-sort', 'descending'));
    expect(listedNames()).toEqual([...ascending].reverse());
  });

  it('pages through Egeria 200 groups at a time until a short page, showing progress', async () => {
    const groups = Array.from({ length: 450 }, (_, i) =>
      groupElement({
        qualifiedName: `Bulk:Group ${String(i + 1).padStart(3, '0')}`,
        displayName: `Group ${i + 1}`,
      }),
    );
    let releaseLastPage: () => void = () => {};
    const lastPage = new Promise<void>((resolve) => (releaseLastPage = resolve));
    const platform = fakePlatform({
      groups,
      beforeAnswer: (request) => (request.includes('startingFrom=400') ? lastPage : undefined),
    });
    egeria.serve(platform);
    renderApp('/p/sandbox/groups');

    expect(await screen.findByText(/Loading more groups… 400 groups loaded/)).toBeInTheDocument();
    releaseLastPage();
    expect(await screen.findByText('450 groups')).toBeInTheDocument();
    expect(screen.queryByText(/Loading more groups/)).not.toBeInTheDocument();
    expect(platform.requests.filter((r) => r.includes('/integration-groups?'))).toEqual([
      expect.stringMatching(/\?startingFrom=0&maximumResults=200$/),
      expect.stringMatching(/\?startingFrom=200&maximumResults=200$/),
      expect.stringMatching(/\?startingFrom=400&maximumResults=200$/),
    ]);
    // 100 rows a page keeps the table small; the rest is a click away.
    expect(listedNames()).toHaveLength(100);
    expect(screen.getByText('Showing 1–100 of 450')).toBeInTheDocument();
  });

  it('says so when the metadata server holds no groups', async () => {
    egeria.serve(fakePlatform());
    renderApp('/p/sandbox/groups');
    expect(await screen.findByText('No integration groups')).toBeInTheDocument();
    expect(screen.getByText('0 groups')).toBeInTheDocument();
  });

  it("shows Egeria's message id, text and user action when the platform answers with an FFDC error", async () => {
    egeria.serve(
      fakePlatform({
        metadataError: unknownServerError('mds', 'IntegrationGroupElementsResponse'),
      }),
    );
    renderApp('/p/sandbox/groups');

    const panel = await screen.findByRole('alert', { name: 'This page could not be loaded' });
    expect(within(panel).getAllByText('OMAG-MULTI-TENANT-404-001').length).toBeGreaterThan(0);
    expect(
      within(panel).getByText(/The OMAG Server mds is not available to service a request/),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(
        /Verify that the correct server is being called on the correct platform/,
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(/the server is not running on the called platform/),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    // The shell stays: the user still knows where they are.
    expect(screen.getByRole('banner')).toHaveTextContent('Egeria Integration Console');
  });

  it('renders names and descriptions that look like HTML as text', async () => {
    egeria.serve(demoPlatform());
    renderApp('/p/sandbox/groups?q=untrusted');
    expect(await screen.findByText(XSS_TEXT)).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });
});
