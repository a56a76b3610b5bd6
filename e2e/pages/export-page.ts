import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { runCli, type CliIO } from '../../src/cli/run';

export type ExportLabel =
  | 'Graph PNG (view)'
  | 'Graph PNG (whole)'
  | 'Graph SVG (view)'
  | 'Graph SVG (whole)'
  | 'Matrix CSV'
  | 'Matrix Markdown'
  | 'Exposure Markdown'
  | 'Findings Markdown';

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** The header's Export menu and what it downloads. */
export class ExportPage {
  readonly button: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Export', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Export' });
  }

  async open(): Promise<void> {
    if (await this.dialog.isVisible()) return;
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  item(label: ExportLabel): Locator {
    return this.dialog.getByRole('button', { name: label, exact: true });
  }

  /** Clicks an export and returns the file the browser was handed. */
  async download(label: ExportLabel): Promise<Downloaded> {
    await this.open();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 30_000 }),
      this.item(label).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    await expect(this.dialog.getByTestId('export-outcome')).toContainText(
      `Downloaded ${download.suggestedFilename()}`,
    );
    return { name: download.suggestedFilename(), bytes };
  }

  /** Parses an SVG in the page's own parser: its root name, size and every text it holds. */
  async readSvg(text: string): Promise<{ root: string; error: boolean; text: string }> {
    return this.page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        root: doc.documentElement.nodeName,
        error: doc.querySelector('parsererror') !== null,
        text: doc.documentElement.textContent ?? '',
      };
    }, text);
  }

  /**
   * Draws an image (PNG or SVG) in the page and counts pixels near a colour (within 40 per
   * channel): an image can be well formed and still blank, or miss its edges (html-to-image
   * 1.11.12 drops them).
   */
  async countPixels(
    image: Buffer,
    rgb: readonly [number, number, number],
    type: 'image/png' | 'image/svg+xml' = 'image/png',
  ): Promise<number> {
    return this.page.evaluate(
      async ({ base64, rgb, type }) => {
        const image = new Image();
        image.src = `data:${type};base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (
            Math.abs(data[i]! - rgb[0]) < 40 &&
            Math.abs(data[i + 1]! - rgb[1]) < 40 &&
            Math.abs(data[i + 2]! - rgb[2]) < 40
          )
            n++;
        }
        return n;
      },
      { base64: image.toString('base64'), rgb, type },
    );
  }
}

/** Width and height from a PNG's IHDR chunk, after checking its 8-byte signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(0, 8).equals(signature), 'PNG signature').toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Runs the `reachmap` CLI in-process on files from disk; returns what it printed. */
export async function runReachmap(args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => '',
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdoutIsTTY: false,
    version: 'test',
  };
  const status = await runCli(args, io);
  expect(status, err.join('')).toBe(0);
  return out.join('');
}
