/*
 * How long a link may get before sharing it stops working:
 * - Up to 4,000 characters a link survives being pasted into chat. Slack asks its clients to keep
 *   messages to 4,000 characters and turns longer ones into snippets, Discord's limit is 2,000
 *   (4,000 with Nitro), Teams takes ~28 KB per post, of which formatting eats a part. Past it we
 *   warn. (The production sample's link is ~3 KB, so it stays quiet for typical clusters.)
 * - Above 2 MiB we refuse: Chromium does not navigate to longer URLs (url::kMaxURLChars =
 *   2 * 1024 * 1024) and other browsers give up sooner; the workspace file has no limit.
 */

/** Above this, chat tools are likely to cut or mangle the link. */
export const CHAT_LINK_CHARS = 4_000;
/** Above this, browsers will not open the link at all. */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;

export type LinkSizeClass = 'fits' | 'long' | 'too-long';

export interface LinkSize {
  chars: number;
  sizeClass: LinkSizeClass;
  /** "3.2 KB" */
  label: string;
  /** What to tell the user about a link this long; absent when there is nothing to say. */
  warning?: string;
}

/**
 * How long a link is and whether it will travel.
 *
 * @example
 * linkSize(3_210) // { chars: 3210, sizeClass: 'fits', label: '3.2 KB' }
 */
export function linkSize(chars: number): LinkSize {
  const label = formatBytes(chars);
  if (chars > MAX_LINK_CHARS) {
    return {
      chars,
      sizeClass: 'too-long',
      label,
      warning: `At ${label} this link is longer than browsers open (2 MB). Download the workspace and send the file instead.`,
    };
  }
  if (chars > CHAT_LINK_CHARS) {
    return {
      chars,
      sizeClass: 'long',
      label,
      warning: `At ${label} this link may be cut short by chat tools (many stop at a few thousand characters). Email works; for chat, download the workspace and send the file.`,
    };
  }
  return { chars, sizeClass: 'fits', label };
}

/**
 * Decimal units, one decimal below 10 (as file managers show them).
 *
 * @example
 * formatBytes(3_210)     // "3.2 KB"
 * formatBytes(48_613)    // "49 KB"
 * formatBytes(2_500_000) // "2.5 MB"
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  // 999,999 B is "1.0 MB", not "1000 KB".
  const [value, unit] = bytes < 999_500 ? [bytes / 1000, 'KB'] : [bytes / 1_000_000, 'MB'];
  return `${value < 9.95 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}
