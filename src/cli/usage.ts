import type { Command } from './args';

const OPTIONS = `Options:
  --format json|table|csv|md|dot   output format (default: table for a terminal, json otherwise)
  --external IP                    add an external client/destination (repeatable)
  --port PORT/PROTOCOL             extra port to probe on every destination (repeatable),
                                   e.g. --port 53/UDP; PROTOCOL defaults to TCP
  --namespace NS                   namespace for objects that have none (default: default)
  -h, --help                       show this help
`;

const LINT_OPTIONS = `Options:
  --format text|json|md|sarif      output format (default: text)
  --namespace NS                   namespace for objects that have none (default: default)
  -h, --help                       show this help
`;

const CHECK_OPTIONS = `Options:
  --intents FILE                   the intents to check (required; see README, Intents)
  --format text|json|md            output format (default: text)
  --external IP                    add an external client/destination (repeatable; IPs the
                                   intents name are added anyway)
  --port PORT/PROTOCOL             extra port to probe on every destination (repeatable)
  --namespace NS                   namespace for objects that have none (default: default)
  -h, --help                       show this help
`;

const SYNOPSIS: Record<Command, string> = {
  matrix: 'reachmap matrix   [options] FILE...',
  services: 'reachmap services [options] FILE...',
  explain: 'reachmap explain  --from ID --to ID [--port PORT/PROTOCOL] [options] FILE...',
  diff: 'reachmap diff     [--exit-code] [options] OLD... -- NEW...',
  lint: 'reachmap lint     [--format text|json|md|sarif] [--namespace NS] FILE...',
  check: 'reachmap check    --intents FILE [--format text|json|md] [options] FILE...',
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
    diff:
      'Compares two versions (the files before --, then the files after it): connections newly\n' +
      'allowed or denied, grouped by the policy that decided them; Services whose exposure\n' +
      'changes; endpoints, policies and findings added or removed. --format is text (default),\n' +
      'json, md (a pull-request comment) or csv; with --exit-code it exits 1 when anything\n' +
      'changed. The other options apply to both versions.\n',
    lint:
      'Reports what looks wrong: Services that select nothing, ports nothing admits, egress\n' +
      'without DNS, policy traps, redundant rules... each with its file and line. Exits 1 when\n' +
      'a finding is an error (objects that cannot be read included), so CI can gate on it;\n' +
      '--format sarif is for GitHub code scanning.\n',
    check:
      'Checks intents (expectations such as "frontend can reach api-server on 8080") against\n' +
      'the manifests: an allow intent holds when every source it names reaches every\n' +
      'destination on the port, a deny intent when none does. Failures name the pairs and the\n' +
      'policy rule that decided them. Exits 1 when an intent fails or the intents file has an\n' +
      'error, so CI can gate on it.\n',
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
    (command === 'lint' ? LINT_OPTIONS : command === 'check' ? CHECK_OPTIONS : OPTIONS) +
    (command ? '' : '  --version                        print the version\n') +
    (command === 'lint'
      ? '\nExit status: 0 no error found, 1 an error finding or an unreadable input, 2 usage error.\n'
      : command === 'check'
        ? '\nExit status: 0 every intent holds, 1 an intent fails or an input has an error, 2 usage error.\n'
        : '\nExit status: 0 success, 1 an input cannot be read or parsed, 2 usage error.\n')
  );
}
