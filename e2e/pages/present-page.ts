import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Presentation mode as the tests see it: the presenter's bar over the full-screen graph. */
export class PresentPage {
  readonly app: AppPage;
  readonly bar: Locator;
  readonly step: Locator;
  readonly caption: Locator;
  readonly announcement: Locator;
  readonly presentButton: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.bar = page.getByRole('region', { name: 'Presentation' });
    this.step = page.getByTestId('present-step');
    this.caption = page.getByTestId('present-caption');
    this.announcement = page.getByTestId('present-announcement');
    this.presentButton = page.getByRole('button', { name: /Present/ });
  }

  /** Adds a manifest as if opened with *Open files…*, and waits until its policies are counted. */
  async addFile(name: string, text: string, policies: number): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles({
      name,
      mimeType: 'application/yaml',
      buffer: Buffer.from(text),
    });
    await expect(this.page.getByTestId('count-policies')).toHaveText(new RegExp(`^${policies}\\b`));
    await expect(this.app.root).toHaveAttribute('data-status', 'ready');
  }

  async expectPresenting(): Promise<void> {
    await expect(this.app.root).toHaveClass(/\bis-presenting\b/);
    await expect(this.bar).toBeVisible();
    // The editor and the header are away; the graph and the inspector overlay stay.
    await expect(this.page.locator('.cm-editor')).toBeHidden();
    await expect(this.app.searchBox).toBeHidden();
    await expect(this.app.canvas).toBeVisible();
  }

  async expectNotPresenting(): Promise<void> {
    await expect(this.app.root).not.toHaveClass(/\bis-presenting\b/);
    await expect(this.bar).toHaveCount(0);
    await expect(this.page.locator('.cm-editor')).toBeVisible();
    await expect(this.app.searchBox).toBeVisible();
  }

  /** Presses a key with nothing but the page focused, as a presenter with a clicker would. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Whether a node is lit (not dimmed) by the current highlight. */
  async expectLit(id: string): Promise<void> {
    await expect(this.app.node(id).locator('.rm-node')).not.toHaveClass(/is-dimmed/);
  }

  async expectDimmed(id: string): Promise<void> {
    await expect(this.app.node(id).locator('.rm-node')).toHaveClass(/is-dimmed/);
  }

  /**
   * Waits until the graph stops moving: the re-fit after the layout changed, or a step's centring
   * animation. A presenter pauses between keys; a test has to wait for it.
   */
  async settle(): Promise<void> {
    const viewport = this.page.locator('.react-flow__viewport');
    let previous: string | null | undefined;
    await expect
      .poll(
        async () => {
          const now = await viewport.getAttribute('style');
          const still = now === previous;
          previous = now;
          return still;
        },
        { intervals: [300] },
      )
      .toBe(true);
  }

  /** The node is drawn whole inside the graph's box and clear of the inspector card. */
  async expectInView(id: string): Promise<void> {
    const node = await this.app.node(id).boundingBox();
    const canvas = await this.app.canvas.boundingBox();
    expect(node, `${id} is drawn`).not.toBeNull();
    expect(canvas).not.toBeNull();
    expect(node!.x).toBeGreaterThanOrEqual(canvas!.x);
    expect(node!.y).toBeGreaterThanOrEqual(canvas!.y);
    expect(node!.x + node!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width);
    expect(node!.y + node!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height);
    const card = await this.app.inspector.boundingBox();
    if (card) expect(node!.x + node!.width, `${id} left of the inspector`).toBeLessThan(card.x);
  }

  /** The element the browser shows full screen, as its test id (undefined: none). */
  fullscreenElement(): Promise<string | undefined> {
    return this.page.evaluate(
      () => document.fullscreenElement?.getAttribute('data-testid') ?? undefined,
    );
  }

  async screenshot(name: string): Promise<void> {
    await this.app.screenshot(`present-${name}`);
  }
}
