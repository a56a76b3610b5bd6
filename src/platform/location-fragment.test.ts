// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  copyText,
  forgetLinkFragment,
  onLinkFragment,
  readLinkFragment,
  shareUrl,
} from './location-fragment';

const start = window.location.href;
afterEach(() => window.history.replaceState(null, '', start));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the link in the address bar', () => {
  it('is read without its #, and is absent when there is none', () => {
    expect(readLinkFragment()).toBeUndefined();
    window.history.replaceState(null, '', '/reachmap/?x=1#v1.eJyrVkrLzClJLVKyUlAqS8wp');
    expect(readLinkFragment()).toBe('v1.eJyrVkrLzClJLVKyUlAqS8wp');
  });

  it('is taken out of the address without a new history entry or a bare #', () => {
    window.history.replaceState({ kept: true }, '', '/reachmap/?x=1#v1.abc');
    const entries = window.history.length;
    forgetLinkFragment();
    expect(window.location.href).toBe(new URL('/reachmap/?x=1', start).href);
    expect(window.history.length).toBe(entries);
    expect(window.history.state).toEqual({ kept: true });
    expect(readLinkFragment()).toBeUndefined();
  });

  it('does nothing when there is no fragment to forget', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    forgetLinkFragment();
    expect(replace).not.toHaveBeenCalled();
    replace.mockRestore();
  });

  it('is built on the page address, replacing any fragment already there', () => {
    window.history.replaceState(null, '', '/reachmap/index.html?x=1#v1.old');
    expect(shareUrl('v1.new-_A')).toBe(new URL('/reachmap/index.html?x=1#v1.new-_A', start).href);
  });

  it('opened in the same tab later reaches the listener until it stops listening', async () => {
    const opened: string[] = [];
    const stop = onLinkFragment((f) => opened.push(f));
    window.location.hash = 'v1.first';
    await settle();
    window.location.hash = '';
    await settle();
    stop();
    window.location.hash = 'v1.second';
    await settle();
    expect(opened).toEqual(['v1.first']);
  });
});

describe('copyText', () => {
  it('uses the Clipboard API', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const copyBySelection = vi.fn(() => true);
    expect(await copyText('https://x/#v1.a', { clipboard: { writeText }, copyBySelection })).toBe(
      true,
    );
    expect(writeText).toHaveBeenCalledWith('https://x/#v1.a');
    expect(copyBySelection).not.toHaveBeenCalled();
  });

  it('falls back to copying a selection when the API is missing or refuses', async () => {
    const copyBySelection = vi.fn(() => true);
    expect(await copyText('a', { copyBySelection })).toBe(true);
    const writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    expect(await copyText('b', { clipboard: { writeText }, copyBySelection })).toBe(true);
    expect(copyBySelection.mock.calls).toEqual([['a'], ['b']]);
  });

  it('says when nothing could copy, leaving nothing behind in the page', async () => {
    const writeText = () => Promise.reject(new Error('no'));
    expect(await copyText('a', { clipboard: { writeText }, copyBySelection: () => false })).toBe(
      false,
    );
    // jsdom has neither navigator.clipboard nor a working execCommand: the real fallback path.
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    expect(await copyText('a')).toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });
});
