import { copyFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export type CountKey = 'namespaces' | 'endpoints' | 'services' | 'policies';

/** The reachmap explorer as the tests see it. */
export class AppPage {
  readonly root: Locator;
  readonly canvas: Locator;
  readonly inspector: Locator;
  readonly diagnostics: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('app');
    this.canvas = page.locator('.react-flow');
    this.inspector = page.getByTestId('inspector');
    this.diagnostics = page.getByTestId('editor-diagnostic');
  }

  async goto(): Promise<void> {
    await this.page.goto('./');
  }

  /** Waits until the sample is analysed and its graph drawn. */
  async waitForGraph(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
    await expect(this.node('ns:production')).toBeVisible();
  }

  async count(key: CountKey): Promise<number> {
    const text = await this.page.getByTestId(`count-${key}`).innerText();
    return Number.parseInt(text, 10);
  }

  /** A graph node by its abstract-graph id (`wl:production/Deployment/api-server`). */
  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  edge(id: string): Locator {
    return this.page.locator(`.react-flow__edge[data-id="${id}"]`);
  }

  async selectNode(id: string): Promise<void> {
    await this.node(id).click();
  }

  async openTab(name: 'Graph' | 'Matrix' | 'Exposure'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  diagnosticsOf(severity: 'error' | 'warning' | 'info'): Locator {
    return this.page.locator(`[data-testid="editor-diagnostic"][data-severity="${severity}"]`);
  }

  /**
   * A screenshot to look at; with `docsName`, one of the README's too:
   * `REACHMAP_DOCS=1 npm run test:e2e -- e2e/questions.spec.ts e2e/diff.spec.ts` copies them
   * into docs/.
   */
  async screenshot(name: string, docsName?: string): Promise<void> {
    const path = `test-results/screens/${name}.png`;
    await this.page.screenshot({ path });
    if (docsName !== undefined && process.env['REACHMAP_DOCS'] === '1')
      copyFileSync(path, `docs/${docsName}.png`);
  }

  /** The inspector's view of a selected NetworkPolicy. */
  get policyPanel(): Locator {
    return this.inspector.getByTestId('policy-panel');
  }

  /** Picks a policy (`api-server-ingress`) from the inspector's list, shown when nothing is selected. */
  async selectPolicy(name: string): Promise<void> {
    await this.inspector.getByTestId('policy').filter({ hasText: name }).click();
    await expect(this.policyPanel).toBeVisible();
  }

  /** The editor line the cursor is on (where a jump lands), and its number in the gutter. */
  get activeEditorLine(): Locator {
    return this.page.locator('.cm-content .cm-activeLine');
  }

  get activeEditorLineNumber(): Locator {
    return this.page.locator('.cm-lineNumbers .cm-activeLineGutter');
  }

  /** The header's search combobox. */
  get searchBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Search the cluster' });
  }

  /** The options the search box offers for what was typed. */
  get searchResults(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  }

  /** Types a query into the search box (replacing what was there) and waits for its results. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await expect(this.searchResults.first()).toBeVisible();
  }

  /** A node's drawn box carries the selection mark. */
  async expectSelected(id: string): Promise<void> {
    await expect(this.node(id).locator('.rm-node')).toHaveClass(/is-selected/);
  }
}
