import { expect, type Locator, type Page } from '@playwright/test';

export type CountKey = 'namespaces' | 'endpoints' | 'services' | 'policies' | 'skipped';

/** The reachmap page as the tests see it. */
export class AppPage {
  readonly root: Locator;
  readonly diagnostics: Locator;
  readonly endpoints: Locator;
  readonly services: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('app');
    this.diagnostics = page.getByTestId('diagnostic');
    this.endpoints = page.getByTestId('endpoint');
    this.services = page.getByTestId('service');
  }

  async goto(): Promise<void> {
    await this.page.goto('./');
  }

  /** Waits until the sample is fetched and analysed; fails with the page's message if it was not. */
  async waitForSample(): Promise<void> {
    await expect(this.root).not.toHaveAttribute('data-status', 'loading');
    const alert = this.page.getByRole('alert');
    if (await alert.isVisible()) throw new Error(`The page failed: ${await alert.innerText()}`);
    await expect(this.root).toHaveAttribute('data-status', 'ready');
  }

  async count(key: CountKey): Promise<number> {
    const text = await this.page.getByTestId(`count-${key}`).locator('dd').innerText();
    return Number(text);
  }

  diagnosticsOf(severity: 'error' | 'warning' | 'info'): Locator {
    return this.page.locator(`[data-testid="diagnostic"][data-severity="${severity}"]`);
  }
}
