import { expect, type Locator } from '@playwright/test';
import { Screen } from './screen';

/** The graph of a group (/p/{platform}/groups/{qualifiedName}/graph) or of a daemon's groups. */
export class GraphPage extends Screen {
  readonly canvas = this.page.getByRole('application', { name: /^Graph of/ });
  readonly summary = this.page.getByText(/ connectors? · .* nodes? · .* relationships?/);
  readonly inspector = this.page.getByRole('complementary', { name: 'Inspector' });
  readonly inspectorTitle = this.inspector.getByRole('heading', { level: 2 });
  readonly search = this.page.getByRole('combobox', { name: 'Find a node' });
  readonly searchResults = this.page.getByRole('listbox', { name: 'Matching nodes' });
  readonly tree = this.page.getByRole('tree');
  readonly statusFilter = this.page.getByRole('combobox', { name: 'Connector status' });

  open(qualifiedName: string, query = '', platformId = 'sandbox') {
    const path = `groups/${encodeURIComponent(qualifiedName)}/graph${query}`;
    return this.visit(platformId, path, this.summary);
  }

  openDaemon(daemon: string, platformId = 'sandbox') {
    return this.visit(platformId, `daemons/${encodeURIComponent(daemon)}/graph`, this.summary);
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

  /**
   * From the inspector of the selected node: opens its catalog target `name` (the inspector then
   * shows the relationship), chooses Edit… or Remove…, and returns the dialog that opens.
   */
  async catalogTargetDialog(name: string, action: 'Edit' | 'Remove'): Promise<Locator> {
    await this.inspector.getByRole('button', { name: `Catalog target “${name}”` }).click();
    await expect(this.inspectorTitle).toHaveText(/Catalog target/);
    await this.inspector.getByRole('button', { name: `${action} catalog target…` }).click();
    return this.page.getByRole('dialog', { name: `${action} catalog target “${name}”` });
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
