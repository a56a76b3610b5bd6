import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** The centre pane's Compare tab: a before version against the editor's files. */
export class DiffPage {
  readonly app: AppPage;
  readonly before: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.before = page.getByLabel('Before version');
    this.summary = page.getByTestId('compare-summary');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Compare' }).click();
    await expect(this.before).toBeVisible();
  }

  /** Pastes the before version, as a user would from a pull request's base branch. */
  async pasteBefore(text: string): Promise<void> {
    await this.before.fill(text);
  }

  /** The changes one policy (`production/api-server-ingress`) decided. */
  group(policy: string): Locator {
    return this.page.locator(`[data-testid="compare-policy"][data-policy="${policy}"]`);
  }

  flows(group: Locator, change: 'allowed' | 'denied'): Locator {
    return group.locator(`[data-testid="compare-flow"][data-change="${change}"]`);
  }
}
