import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIntents } from './parse-intents';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/intents/${name}`, import.meta.url), 'utf8');

/** `line: message` of each diagnostic, to compare with what the fixture's author placed. */
const problems = (text: string) =>
  parseIntents(text, 'x.intents.yaml').diagnostics.map((d) => `${d.line}: ${d.message}`);

describe('parseIntents', () => {
  it('reads block and flow entries, ids and selectors, with their lines', () => {
    const { intents, diagnostics } = parseIntents(fixture('pass.intents.yaml'), 'p.yaml');
    expect(diagnostics).toEqual([]);
    expect(intents).toHaveLength(8);
    expect(intents[0]).toEqual({
      index: 0,
      name: 'web calls the API',
      from: { kind: 'id', id: 'shop/web' },
      to: { kind: 'id', id: 'shop/api' },
      probe: { port: 8080, protocol: 'TCP' },
      expect: 'allow',
      source: { file: 'p.yaml', doc: 0, line: 2, col: 3 },
    });
    expect(intents[1]!.from).toEqual({ kind: 'id', id: 'shop/Deployment/api' });
    expect(intents[1]!.source.line).toBe(9);
    expect(intents[3]!.from).toEqual({
      kind: 'selector',
      namespaceLabels: { team: 'web' },
      labels: { app: 'web' },
    });
    expect(intents[3]!.probe).toEqual({ port: 5432, protocol: 'TCP' });
    expect(intents[4]!.to).toEqual({ kind: 'id', id: '203.0.113.10' });
    expect(intents[7]!.probe).toEqual({ port: 5432, protocol: 'UDP' });
    expect(intents[7]!.expect).toBe('deny');
  });

  it('accepts a map whose one key is intents, and a protocol in the port text', () => {
    const text = 'intents:\n  - {from: a/b, to: a/c, port: 53/udp, expect: deny}\n';
    const { intents, diagnostics } = parseIntents(text, 'x');
    expect(diagnostics).toEqual([]);
    expect(intents[0]!.probe).toEqual({ port: 53, protocol: 'UDP' });
    expect(intents[0]!.source.line).toBe(2);
  });

  it('reports every mistake of the broken fixture at its line and keeps the good entries', () => {
    const { intents, diagnostics } = parseIntents(fixture('broken.intents.yaml'), 'b.yaml');
    expect(intents.map((i) => i.index)).toEqual([0, 7]);
    expect(diagnostics.every((d) => d.severity === 'error' && d.file === 'b.yaml')).toBe(true);
    expect(diagnostics.map((d) => [d.line, d.object])).toEqual([
      [6, 'intent 2'],
      [12, 'intent 3'],
      [15, 'intent 4'],
      [17, 'intent 4'],
      [21, 'intent 5'],
      [23, 'intent 6'],
      [24, 'intent 7'],
      [27, 'intent 7'],
    ]);
    const messages = diagnostics.map((d) => d.message);
    expect(messages[0]).toMatch(/^from "web": no namespace: write namespace\/web/);
    expect(messages[1]).toMatch(/^port must be 1-65535.*not a string \("http"\)/);
    expect(messages[2]).toMatch(/unknown selector field "podSelector" in to/);
    expect(messages[3]).toBe('expect must be allow or deny, not a string ("allowed")');
    expect(messages[4]).toBe('protocol TCP contradicts port 53/UDP: give the protocol once');
    expect(messages[5]).toMatch(/"Service" is not a workload kind/);
    expect(messages[6]).toBe('"to" is required');
    expect(messages[7]).toMatch(/^unknown field "exepct"/);
  });

  it('places a problem inside a flow entry at its key', () => {
    const text =
      '- {from: a/b, to: a/c, port: 8080, expect: allow}\n- {from: a/b, to: a/c, port: 0, expect: allow}\n';
    const d = parseIntents(text, 'x').diagnostics;
    expect(d).toHaveLength(1);
    expect([d[0]!.line, d[0]!.col]).toEqual([2, 24]);
  });

  it('rejects what is not an intents file, with the expected shape in the message', () => {
    expect(problems('kind: Deployment\n')).toEqual([
      expect.stringMatching(
        /^1: an intents file is a list.*a map without "intents" \(keys: kind\)$/,
      ),
    ]);
    expect(problems('')).toEqual([expect.stringMatching(/^1: the file has no intents/)]);
    expect(problems('[]')).toEqual([expect.stringMatching(/the file has no intents/)]);
    expect(problems('just text\n')).toEqual([
      expect.stringMatching(/an intents file is a list.*this file is a string/),
    ]);
    expect(problems('intents: 3\n')).toEqual(['1: "intents" must be a list, not a number (3)']);
  });

  it('reports YAML syntax errors and duplicate keys as errors with a line', () => {
    expect(problems('- from: a/b\n  to: [\n')).toEqual([
      expect.stringMatching(/^3: YAML syntax error/),
    ]);
    expect(problems('- from: a/b\n  from: a/c\n  to: a/d\n  port: 1\n  expect: allow\n')).toEqual([
      expect.stringMatching(/^2: duplicated key/),
    ]);
  });

  it('checks ports, protocols, expectations and selectors strictly', () => {
    const entry = (fields: string) => problems(`- {from: a/b, to: a/c, ${fields}}\n`);
    expect(entry('port: 65536, expect: allow')[0]).toMatch(/port must be 1-65535/);
    expect(entry('port: 80.5, expect: allow')[0]).toMatch(/port must be 1-65535/);
    expect(entry('port: 80, protocol: ICMP, expect: allow')[0]).toMatch(
      /protocol must be TCP, UDP or SCTP, not "ICMP"/,
    );
    expect(entry('port: 80/icmp, expect: allow')[0]).toMatch(/protocol must be TCP, UDP or SCTP/);
    expect(entry('port: 80, protocol: sctp, expect: allow')).toEqual([]);
    expect(entry('port: 80, expect: yes')[0]).toMatch(
      /expect must be allow or deny, not a boolean/,
    );
    expect(problems('- {from: {}, to: a/c, port: 80, expect: deny}\n')[0]).toMatch(
      /from is an empty selector, which would match every endpoint/,
    );
    expect(problems('- {from: {labels: {app: on}}, to: a/c, port: 80, expect: deny}\n')[0]).toMatch(
      /from.labels\["app"\] must be a string, not a boolean \(unquoted on/,
    );
    expect(problems('- {from: {namespace: Prod}, to: a/c, port: 80, expect: deny}\n')[0]).toMatch(
      /from.namespace must be a namespace name/,
    );
    expect(problems('- {from: a//b, to: a/c, port: 80, expect: deny}\n')[0]).toMatch(
      /from "a\/\/b": must be an endpoint id/,
    );
    expect(problems('- {from: a/b, to: 3, port: 80, expect: deny}\n')[0]).toMatch(
      /to must be an endpoint id .* not a number \(3\)/,
    );
    expect(problems('- {name: 3, from: a/b, to: a/c, port: 80, expect: deny}\n')[0]).toMatch(
      /name must be a string/,
    );
    expect(problems('- just a string\n')[0]).toMatch(
      /^1: must be a map with from, to, port and expect/,
    );
  });

  it('accepts IPv4 and IPv6 addresses as ids', () => {
    const text = '- {from: 2001:db8::1, to: 10.0.0.1, port: 80, expect: deny}\n';
    expect(parseIntents(text, 'x')).toMatchObject({
      diagnostics: [],
      intents: [{ from: { id: '2001:db8::1' }, to: { id: '10.0.0.1' } }],
    });
    expect(problems('- {from: 10.0.0.300, to: a/b, port: 80, expect: deny}\n')[0]).toMatch(
      /from "10.0.0.300": is not an IPv4 or IPv6 address/,
    );
  });
});
