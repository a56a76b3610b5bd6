import { Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../model/diagnostic';
import { toCodeMirrorDiagnostics } from './to-codemirror-diagnostics';

const doc = Text.of(['kind: Service', 'metadata:', '  name: web', '']);

function diagnostic(overrides: Partial<Diagnostic>): Diagnostic {
  return {
    file: 'a.yaml',
    doc: 0,
    line: 1,
    col: 1,
    severity: 'error',
    message: 'bad',
    ...overrides,
  };
}

describe('toCodeMirrorDiagnostics', () => {
  it('places a diagnostic on the token at its line and column', () => {
    const [d] = toCodeMirrorDiagnostics([diagnostic({ line: 3, col: 9, message: 'x' })], doc);
    expect(d).toEqual({ from: 32, to: 35, severity: 'error', message: 'line 3: x' });
    expect(doc.sliceString(d!.from, d!.to)).toBe('web');
  });

  it('maps each severity', () => {
    const out = toCodeMirrorDiagnostics(
      [
        diagnostic({ severity: 'error' }),
        diagnostic({ severity: 'warning' }),
        diagnostic({ severity: 'info' }),
      ],
      doc,
    );
    expect(out.map((d) => d.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('names the object in the message when known', () => {
    const [d] = toCodeMirrorDiagnostics(
      [diagnostic({ line: 2, object: 'Service default/web', message: 'no ports' })],
      doc,
    );
    expect(d!.message).toBe('line 2: Service default/web: no ports');
  });

  it('clamps lines past the end but keeps the reported line in the message', () => {
    const [d] = toCodeMirrorDiagnostics([diagnostic({ line: 99, col: 3 })], doc);
    expect(d).toMatchObject({ from: doc.length, to: doc.length, message: 'line 99: bad' });
  });

  it('keeps every range inside the document, whatever the line and column', () => {
    const line = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ' ', ':', '[', ']', '{', ',') })),
        fc.array(fc.record({ line, col: fc.integer({ min: -5, max: 200 }) })),
        (lines, positions) => {
          const text = Text.of(lines.length ? lines : ['']);
          for (const d of toCodeMirrorDiagnostics(positions.map(diagnostic), text)) {
            expect(d.from).toBeGreaterThanOrEqual(0);
            expect(d.to).toBeGreaterThanOrEqual(d.from);
            expect(d.to).toBeLessThanOrEqual(text.length);
            expect(text.lineAt(d.from).number).toBe(text.lineAt(d.to).number);
          }
        },
      ),
    );
  });

  it('returns nothing for no diagnostics', () => {
    expect(toCodeMirrorDiagnostics([], doc)).toEqual([]);
  });
});
