import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export type IntentStatus = 'pass' | 'fail';

/** The Intents panel (in the inspector) and the file it checks, as the tests see them. */
export class IntentsPage {
  readonly app: AppPage;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.panel = page.getByTestId('intents-panel');
  }

  /** Opens a file through the header's file input, as a user picking it would. */
  async addFile(name: string, text: string): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles({
      name,
      mimeType: 'application/yaml',
      buffer: Buffer.from(text),
    });
  }

  /** An intent of the panel, found by its name (or any text of its title). */
  intent(title: string): Locator {
    return this.panel.getByTestId('intent').filter({ hasText: title });
  }

  async expectStatus(title: string, status: IntentStatus): Promise<void> {
    const intent = this.intent(title);
    await expect(intent).toHaveAttribute('data-status', status, { timeout: 15_000 });
    // The status is written out, not only coloured.
    await expect(intent.locator('.rm-intent-status')).toHaveText(
      status === 'pass' ? '✓ Pass' : '✗ Fail',
    );
  }

  /** The "why" list of a failing intent: one item per breaking pair. */
  reasons(title: string): Locator {
    return this.intent(title).getByRole('list', { name: 'Why it fails' });
  }

  /** Moves the editor's cursor down, a line at a time, until it is on the line `text`. */
  async cursorDownTo(text: string, maxLines: number): Promise<void> {
    const active = this.app.activeEditorLine;
    for (let i = 0; i < maxLines && (await active.innerText()) !== text; i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(active).toHaveText(text);
  }

  get counts(): Locator {
    return this.page.getByTestId('intents-counts');
  }
}
