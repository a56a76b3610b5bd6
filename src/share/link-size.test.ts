import { describe, expect, it } from 'vitest';
import { CHAT_LINK_CHARS, formatBytes, linkSize, MAX_LINK_CHARS } from './link-size';

describe('linkSize', () => {
  it('says nothing about a link that fits in a chat message', () => {
    expect(linkSize(3_210)).toEqual({ chars: 3_210, sizeClass: 'fits', label: '3.2 KB' });
    expect(linkSize(CHAT_LINK_CHARS).sizeClass).toBe('fits');
  });

  it('warns above the chat limit and refuses above what Chromium opens', () => {
    const long = linkSize(CHAT_LINK_CHARS + 1);
    expect(long.sizeClass).toBe('long');
    expect(long.warning).toMatch(/chat tools/);
    expect(long.warning).toMatch(/download the workspace/);
    expect(linkSize(MAX_LINK_CHARS).sizeClass).toBe('long');
    const tooLong = linkSize(MAX_LINK_CHARS + 1);
    expect(tooLong.sizeClass).toBe('too-long');
    expect(tooLong.warning).toMatch(/longer than browsers open/);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_000, '1.0 KB'],
    [3_210, '3.2 KB'],
    [9_949, '9.9 KB'],
    [9_950, '10 KB'],
    [48_613, '49 KB'],
    [999_499, '999 KB'],
    [999_999, '1.0 MB'],
    [2_097_152, '2.1 MB'],
  ])('%i bytes is %s', (bytes, label) => {
    expect(formatBytes(bytes)).toBe(label);
  });
});
