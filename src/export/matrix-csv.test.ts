import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { formatMatrixCsv as cliMatrixCsv } from '../cli/format-matrix';
import type { Verdict } from '../evaluate/types';
import { parseCsv } from './csv';
import { formatMatrixCsv } from './matrix-csv';

const verdict = (from: string, to: string, port: number, allowed: boolean): Verdict => ({
  from,
  to,
  port,
  protocol: 'TCP',
  allowed,
});

describe('formatMatrixCsv', () => {
  it('writes the contract fields, one CRLF record per verdict', () => {
    expect(
      formatMatrixCsv([verdict('prod/web', 'prod/api', 8080, true), verdict('a', 'b', 1, false)]),
    ).toBe(
      'from,to,port,protocol,allowed\r\nprod/web,prod/api,8080,TCP,true\r\na,b,1,TCP,false\r\n',
    );
  });

  it('quotes an id that holds a comma or a quote', () => {
    const text = formatMatrixCsv([verdict('ns/a,b', 'ns/"c"', 80, true)]);
    expect(text.split('\r\n')[1]).toBe('"ns/a,b","ns/""c""",80,TCP,true');
    expect(parseCsv(text)[1]).toEqual(['ns/a,b', 'ns/"c"', '80', 'TCP', 'true']);
  });

  it('reads back as the same records as `reachmap matrix --format csv` on the sample', () => {
    const text = readFileSync('public/samples/production.yaml', 'utf8');
    const analysis = analyze([{ name: 'production.yaml', text }], {
      externals: ['203.0.113.5'],
      extraPorts: [{ port: 53, protocol: 'UDP' }],
    });
    const r = analysis.reachability;
    const ours = parseCsv(formatMatrixCsv(r.verdicts()));
    const cli = parseCsv(cliMatrixCsv({ endpoints: r.endpoints, verdicts: r.verdicts() }));
    expect(ours.length).toBeGreaterThan(30);
    expect(ours).toEqual(cli);
  });
});
