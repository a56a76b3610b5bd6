import { describe, it, expect } from 'vitest';
import type { Verdict } from '../evaluate/types';
import {
  buildMatrixJson,
  formatMatrixCsv,
  formatMatrixDot,
  formatMatrixJson,
  formatMatrixMarkdown,
  formatMatrixTable,
  type MatrixData,
} from './format-matrix';

const verdict = (
  from: string,
  to: string,
  port: number,
  protocol: Verdict['protocol'],
  allowed: boolean,
) => ({
  from,
  to,
  port,
  protocol,
  allowed,
});

const data: MatrixData = {
  endpoints: [
    { id: '203.0.113.5', kind: 'External', name: '203.0.113.5' },
    { id: 'prod/Deployment/web', kind: 'Deployment', namespace: 'prod', name: 'web' },
    { id: 'prod/api-0', kind: 'Pod', namespace: 'prod', name: 'api-0' },
  ],
  verdicts: [
    verdict('203.0.113.5', 'prod/api-0', 8080, 'TCP', false),
    verdict('prod/Deployment/web', 'prod/api-0', 8080, 'TCP', true),
    verdict('prod/Deployment/web', 'prod/api-0', 53, 'UDP', true),
    verdict('prod/api-0', 'prod/Deployment/web', 80, 'TCP', false),
  ],
};

describe('matrix json', () => {
  it('has exactly the contract keys for each endpoint kind', () => {
    const json = buildMatrixJson(data);
    expect(json.endpoints).toEqual([
      { id: '203.0.113.5', kind: 'External', ip: '203.0.113.5' },
      { id: 'prod/Deployment/web', kind: 'Deployment', namespace: 'prod', name: 'web' },
      { id: 'prod/api-0', kind: 'Pod', namespace: 'prod', name: 'api-0' },
    ]);
    expect(json.verdicts).toEqual(data.verdicts);
  });

  it('pretty-prints with two spaces and a final newline', () => {
    const text = formatMatrixJson({ endpoints: [], verdicts: [] });
    expect(text).toBe('{\n  "endpoints": [],\n  "verdicts": []\n}\n');
  });

  it('drops fields that are not in the contract', () => {
    const extra = { ...verdict('a/b', 'a/c', 1, 'TCP', true), reason: 'x' };
    const text = formatMatrixJson({ endpoints: [], verdicts: [extra] });
    expect(JSON.parse(text).verdicts[0]).not.toHaveProperty('reason');
  });
});

describe('matrix table', () => {
  it('lists every verdict and a count', () => {
    const text = formatMatrixTable(data);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FROM\s+TO\s+PORT\s+VERDICT$/);
    expect(lines[2]).toMatch(/^prod\/Deployment\/web\s+prod\/api-0\s+8080\/TCP\s+allowed$/);
    expect(lines.at(-1)).toBe('4 verdicts between 3 endpoints: 2 allowed, 2 denied');
  });
});

describe('matrix csv', () => {
  it('writes the contract header and one record per verdict', () => {
    expect(formatMatrixCsv(data)).toBe(
      [
        'from,to,port,protocol,allowed',
        '203.0.113.5,prod/api-0,8080,TCP,false',
        'prod/Deployment/web,prod/api-0,8080,TCP,true',
        'prod/Deployment/web,prod/api-0,53,UDP,true',
        'prod/api-0,prod/Deployment/web,80,TCP,false',
        '',
      ].join('\n'),
    );
  });
});

describe('matrix markdown', () => {
  it('is a Markdown table followed by the count', () => {
    const text = formatMatrixMarkdown(data);
    expect(text.startsWith('| From | To | Port | Verdict |\n| --- | --- | --- | --- |\n')).toBe(
      true,
    );
    expect(text).toContain('| prod/Deployment/web | prod/api-0 | 53/UDP | allowed |\n');
    expect(text.endsWith('2 allowed, 2 denied\n')).toBe(true);
  });
});

describe('matrix dot', () => {
  const dot = formatMatrixDot(data);

  it('clusters endpoints by namespace and leaves Externals outside', () => {
    expect(dot).toMatch(/^digraph reachmap \{\n/);
    expect(dot).toContain('subgraph "cluster_prod" {');
    expect(dot).toContain('"prod/Deployment/web" [label="Deployment/web"];');
    expect(dot).toContain('"prod/api-0" [label="api-0"];');
    expect(dot).toContain('"203.0.113.5" [shape=ellipse, style=dashed];');
  });

  it('draws one edge per allowed pair labelled with its ports', () => {
    expect(dot).toContain('"prod/Deployment/web" -> "prod/api-0" [label="8080/TCP, 53/UDP"];');
    expect(dot.match(/->/g)).toHaveLength(1);
    expect(dot.endsWith('}\n')).toBe(true);
  });
});
