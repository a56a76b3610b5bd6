import { memo } from 'react';
import type { Probe } from '../../evaluate/types';
import { shortLabel, type CellValue, type MatrixGrid } from './matrix-grid';

export interface CellRef {
  from: string;
  to: string;
}

interface Props {
  grid: MatrixGrid;
  probe: Probe;
  selected: CellRef | undefined;
  onPick: (cell: CellRef) => void;
}

const SYMBOL: Record<CellValue, string> = { allowed: '✓', denied: '✗', none: '—', self: '—' };
const WORDS: Record<CellValue, string> = {
  allowed: 'allowed',
  denied: 'denied',
  none: 'not probed (the destination does not listen on this port)',
  self: 'same endpoint',
};

/**
 * The truth table: rows are sources, columns destinations. Memoised because a big table is
 * thousands of buttons and only the selection changes between most renders.
 */
export const MatrixTable = memo(function MatrixTable({ grid, probe, selected, onPick }: Props) {
  const portText = `${probe.port}/${probe.protocol}`;
  return (
    <div className="rm-matrix-scroll" role="region" aria-label="Verdict table" tabIndex={0}>
      <table className="rm-matrix-table">
        <caption>
          Can the row reach the column on {portText}? ✓ allowed, ✗ denied, — not probed
        </caption>
        <thead>
          <tr>
            <th scope="col" className="rm-matrix-corner">
              from \ to
            </th>
            {grid.columns.map((c) => (
              <th key={c.id} scope="col" title={c.id} className="rm-matrix-col">
                <span>{shortLabel(c)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" title={r.id} className="rm-matrix-row">
                {shortLabel(r)}
              </th>
              {grid.columns.map((c) => {
                const value = grid.cell(r.id, c.id);
                const label = `${r.id} → ${c.id} ${portText}: ${WORDS[value]}`;
                if (value === 'none' || value === 'self')
                  return (
                    <td key={c.id} className={`rm-matrix-cell rm-matrix-${value}`} title={label}>
                      <span aria-hidden="true">{SYMBOL[value]}</span>
                      <span className="rm-sr-only">{WORDS[value]}</span>
                    </td>
                  );
                const pressed = selected?.from === r.id && selected.to === c.id;
                return (
                  <td key={c.id} className={`rm-matrix-cell rm-matrix-${value}`}>
                    <button
                      type="button"
                      data-testid="matrix-cell"
                      data-verdict={value}
                      aria-label={label}
                      aria-pressed={pressed}
                      title={label}
                      onClick={() => onPick({ from: r.id, to: c.id })}
                    >
                      {SYMBOL[value]}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
