import type { Command } from './args';

const OPTIONS = `Options:
  --format json|table|csv|md|dot   output format (default: table for a terminal, json otherwise)
  --external IP                    add an external client/destination (repeatable)
  --port PORT/PROTOCOL             extra port to probe on every destination (repeatable),
                                   e.g. --port 53/UDP; PROTOCOL defaults to TCP
  --namespace NS                   namespace for objects that have none (default: default)
  -h, --help                       show this help
`;

const SYNOPSIS: Record<Command, string> = {
  matrix: 'reachmap matrix   [options] FILE...',
  services: 'reachmap services [options] FILE...',
  explain: 'reachmap explain  --from ID --to ID [--port PORT/PROTOCOL] [options] FILE...',
};

/** The short form printed after a usage error. */
export function usageText(command?: Command): string {
  const lines = command ? [SYNOPSIS[command]] : Object.values(SYNOPSIS);
  return `Usage:\n${lines.map((l) => `  ${l}\n`).join('')}`;
}

/** `reachmap --help` and `reachmap help [COMMAND]`. */
export function helpText(command?: Command): string {
  const about: Record<Command, string> = {
    matrix:
      'Prints, for every ordered pair of endpoints and every probed port of the destination,\n' +
      'whether NetworkPolicies allow the connection.\n',
    services:
      'Prints every Service with its DNS name, ports, backends and whether a client outside\n' +
      'the cluster can reach it.\n',
    explain:
      'Explains why a connection is allowed or denied: which policies isolate each side and\n' +
      'which rule admits it. Without --port, every probed port of the destination. --format\n' +
      'is table or json; an IP given to --from or --to is added as an external endpoint.\n',
  };
  const intro = command
    ? about[command]
    : 'What can talk to what in a Kubernetes cluster, from its manifests.\n\n' +
      Object.entries(about)
        .map(([name, text]) => `${name}: ${text}`)
        .join('');
  return (
    `${usageText(command)}\n${intro}\n` +
    'FILE is YAML or JSON (multi-document, a List, or kubectl get -o yaml|json output);\n' +
    '- reads standard input. Several files are merged into one cluster.\n\n' +
    OPTIONS +
    (command ? '' : '  --version                        print the version\n') +
    '\nExit status: 0 success, 1 an input cannot be read or parsed, 2 usage error.\n'
  );
}
