import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** The Findings section of the inspector's overview (shown while nothing is selected). */
export class FindingsPage {
  readonly app: AppPage;
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.section = this.app.inspector.getByTestId('findings');
  }

  /** Drops manifest files on the page, as a user drags them from a file manager. */
  async drop(files: readonly { name: string; text: string }[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/yaml' }));
      return dt;
    }, files);
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer });
  }

  /** Every listed finding of one rule (`service-selects-nothing`). */
  findings(id: string): Locator {
    return this.section.locator(`[data-testid="finding"][data-id="${id}"]`);
  }

  /** The one finding of a rule whose message contains `text`. */
  finding(id: string, text: string | RegExp): Locator {
    return this.findings(id).filter({ hasText: text });
  }

  severityOf(finding: Locator): Locator {
    return finding.getByTestId('finding-severity');
  }

  /** Clicks the finding's file:line link, which opens its place in the editor. */
  async openInEditor(finding: Locator): Promise<void> {
    await finding.getByRole('button', { name: /^Open the .+ finding in the editor/ }).click();
  }

  /** Clicks one of the objects a finding names (`shop/Deployment/web`). */
  async selectObject(finding: Locator, object: string): Promise<void> {
    await finding.getByRole('button', { name: new RegExp(`^Select ${object} in the `) }).click();
  }

  async expectCursorOn(line: number, text: string | RegExp): Promise<void> {
    await expect(this.app.activeEditorLineNumber).toHaveText(String(line));
    await expect(this.app.activeEditorLine).toHaveText(text);
    await expect(this.app.activeEditorLine).toBeInViewport();
  }
}
