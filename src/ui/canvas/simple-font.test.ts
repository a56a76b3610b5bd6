import { describe, expect, it } from 'vitest';
import { overviewFontSize, SIMPLE_FONT, simpleFontSize } from './simple-font';

describe('simpleFontSize', () => {
  it('caps short labels at the maximum', () => {
    expect(simpleFontSize(140, 'ad')).toBe(SIMPLE_FONT.max);
  });

  it('shrinks longer labels to fit the width', () => {
    const size = simpleFontSize(140, 'alertmanager');
    expect(size).toBeLessThan(SIMPLE_FONT.max);
    expect(size * 0.6 * 'alertmanager'.length).toBeLessThanOrEqual(140 - 28);
  });

  it('never goes below the minimum', () => {
    expect(simpleFontSize(140, 'ingress-nginx-controller-admission')).toBe(SIMPLE_FONT.min);
  });
});

describe('overviewFontSize', () => {
  it('fills most of a wide box with a short name, bounded by its height', () => {
    expect(overviewFontSize(3000, 2000, 'payments')).toBe(400);
    expect(overviewFontSize(3000, 500, 'payments')).toBe(100);
  });

  it('never goes below the simplified minimum', () => {
    expect(overviewFontSize(100, 40, 'a-very-long-namespace-name')).toBe(14);
  });
});
