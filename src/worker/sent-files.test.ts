import { describe, expect, it } from 'vitest';
import { KeptTexts, SentTexts } from './sent-files';

describe('SentTexts and KeptTexts', () => {
  it('send a text once and then only the name, until it changes', () => {
    const page = new SentTexts();
    const worker = new KeptTexts();
    const dump = 'kind: Pod\n'.repeat(1000);
    const first = [
      { name: 'dump.yaml', text: dump },
      { name: 'np.yaml', text: 'port: 80' },
    ];
    expect(page.encode(first)).toEqual(first);
    expect(worker.resolve(first)).toEqual(first);

    const second = [
      { name: 'dump.yaml', text: dump },
      { name: 'np.yaml', text: 'port: 81' },
    ];
    const sent = page.encode(second);
    expect(sent).toEqual([
      { name: 'dump.yaml', unchanged: true },
      { name: 'np.yaml', text: 'port: 81' },
    ]);
    expect(worker.resolve(structuredClone(sent))).toEqual(second);
  });

  it('forget a file left out of a request, so that it comes back whole', () => {
    const page = new SentTexts();
    const worker = new KeptTexts();
    const a = { name: 'a.yaml', text: 'a' };
    const b = { name: 'b.yaml', text: 'b' };
    worker.resolve(page.encode([a, b]));
    worker.resolve(page.encode([a]));
    const sent = page.encode([a, b]);
    expect(sent).toEqual([{ name: 'a.yaml', unchanged: true }, b]);
    expect(worker.resolve(sent)).toEqual([a, b]);
  });

  it('send everything again after forget (a new worker holds nothing)', () => {
    const page = new SentTexts();
    const a = { name: 'a.yaml', text: 'a' };
    page.encode([a]);
    page.forget();
    expect(page.encode([a])).toEqual([a]);
  });

  it('refuse a name the worker holds no text for', () => {
    expect(() => new KeptTexts().resolve([{ name: 'a.yaml', unchanged: true }])).toThrow(
      'the worker holds no text for a.yaml',
    );
  });
});
