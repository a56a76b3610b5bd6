import { describe, it, expect } from 'vitest';
import { runCli, type CliIO } from './run';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: a
  namespace: ns
  labels: {app: a}
spec:
  containers:
    - name: a
      image: x
      ports: [{containerPort: 80}]
---
apiVersion: v1
kind: Pod
metadata:
  name: b
  namespace: ns
spec:
  containers:
    - name: b
      image: x
      ports: [{containerPort: 81}]
`;

function memoryIO(files: Record<string, string>, stdin = '', tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    readStdin: async () => stdin,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdoutIsTTY: tty,
    version: '9.9.9',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('runCli', () => {
  it('prints a table by default on a terminal and json otherwise', async () => {
    const tty = memoryIO({ 'pods.yaml': POD }, '', true);
    expect(await runCli(['matrix', 'pods.yaml'], tty.io)).toBe(0);
    expect(tty.stdout()).toMatch(
      /^FROM\s+TO\s+PORT\s+VERDICT\nns\/a\s+ns\/b\s+81\/TCP\s+allowed\n/,
    );

    const pipe = memoryIO({ 'pods.yaml': POD });
    expect(await runCli(['matrix', 'pods.yaml'], pipe.io)).toBe(0);
    expect(JSON.parse(pipe.stdout()).verdicts).toHaveLength(2);
  });

  it('reads stdin once for -', async () => {
    const m = memoryIO({}, POD);
    expect(await runCli(['services', '-'], m.io)).toBe(0);
    expect(JSON.parse(m.stdout())).toEqual({ services: [] });
  });

  it('reports every unreadable file and exits 1', async () => {
    const m = memoryIO({ 'pods.yaml': POD });
    expect(await runCli(['matrix', 'x.yaml', 'pods.yaml', 'y.yaml'], m.io)).toBe(1);
    expect(m.stdout()).toBe('');
    expect(m.stderr()).toBe(
      'reachmap: cannot read x.yaml: no such file or directory\n' +
        'reachmap: cannot read y.yaml: no such file or directory\n',
    );
  });

  it('prints the version given by the host', async () => {
    const m = memoryIO({});
    expect(await runCli(['--version'], m.io)).toBe(0);
    expect(m.stdout()).toBe('9.9.9\n');
  });

  it('explains every probed port of the destination without --port', async () => {
    const m = memoryIO({ 'pods.yaml': POD });
    expect(await runCli(['explain', '--from', 'ns/b', '--to', 'ns/a', 'pods.yaml'], m.io)).toBe(0);
    expect(m.stdout()).toMatch(/^ns\/b -> ns\/a 80\/TCP: allowed\n {2}Allowed: /);
  });
});
