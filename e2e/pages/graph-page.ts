import { expect, type Locator, type Page } from '@playwright/test';

/** The graph of a group (/p/{platform}/groups/{qualifiedName}/graph) or of a daemon's groups. */
export class GraphPage {
  readonly heading: Locator;
  readonly canvas: Locator;
  readonly summary: Locator;
  readonly inspector: Locator;
  readonly inspectorTitle: Locator;
  readonly search: Locator;
  readonly searchResults: Locator;
  readonly tree: Locator;
  readonly statusFilter: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.canvas = page.getByRole('application', { name: /^Graph of/ });
    this.summary = page.getByText(/ connectors? · .* nodes? · .* relationships?/);
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.inspectorTitle = this.inspector.getByRole('heading', { level: 2 });
    this.search = page.getByRole('combobox', { name: 'Find a node' });
    this.searchResults = page.getByRole('listbox', { name: 'Matching nodes' });
    this.tree = page.getByRole('tree');
    this.statusFilter = page.getByRole('combobox', { name: 'Connector status' });
  }

  async open(qualifiedName: string, query = '', platformId = 'sandbox') {
    await this.page.goto(
      `/p/${platformId}/groups/${encodeURIComponent(qualifiedName)}/graph${query}`,
    );
    await this.summary.waitFor();
  }

  async openDaemon(daemon: string, platformId = 'sandbox') {
    await this.page.goto(`/p/${platformId}/daemons/${encodeURIComponent(daemon)}/graph`);
    await this.summary.waitFor();
  }

  /** The drawn node (React Flow's wrapper) whose label is exactly this text. */
  node(label: string): Locator {
    return this.page
      .locator('.react-flow__node')
      .filter({ has: this.page.locator('.gn-label').getByText(label, { exact: true }) });
  }

  /**
   * Selects a node by clicking it, and clicks again when the click missed because the view was
   * still settling (it re-fits as catalog targets arrive) and selected nothing.
   */
  async selectNode(label: string) {
    await expect(async () => {
      await this.node(label).click();
      await expect(this.node(label).locator('.gn')).toHaveClass(/gn-selected/, { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  }

  /** Nodes of one kind: group, connector, connection, connectorType, endpoint, target. */
  nodesOfKind(kind: string): Locator {
    return this.page.locator(`.react-flow__node-${kind}`);
  }

  /** Drawn edges, by their accessible name ("Registration X: Group to X"). */
  edge(name: string | RegExp): Locator {
    return this.canvas.getByRole('img', { name });
  }

  /** The value the inspector shows for a property. */
  property(name: string): Locator {
    return this.inspector
      .locator('dt', { hasText: new RegExp(`^${name}$`) })
      .first()
      .locator('xpath=following-sibling::dd[1]');
  }

  showTree() {
    return this.page.getByRole('button', { name: 'Tree (accessible)' }).click();
  }

  treeItem(name: string | RegExp): Locator {
    return this.tree.getByRole('treeitem', { name });
  }
}
