import { parseIP } from '../model/ip';
import { PROTOCOLS, type Protocol } from '../model/types';
import type { Probe } from '../evaluate/types';

export const COMMANDS = ['matrix', 'services', 'explain'] as const;
export type Command = (typeof COMMANDS)[number];

export const FORMATS = ['json', 'table', 'csv', 'md', 'dot'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  /** Undefined: the caller picks table for a terminal, json otherwise. */
  format?: Format;
  /** IP texts in the order given, without duplicates. */
  externals: string[];
  ports: Probe[];
  namespace?: string;
  /** `explain` only. */
  from?: string;
  to?: string;
}

export type ParsedArgs =
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | { kind: 'run'; command: Command; files: string[]; options: CliOptions }
  | { kind: 'usage-error'; message: string; command?: Command };

type OptionName = 'format' | 'external' | 'port' | 'namespace' | 'from' | 'to';

const OPTIONS_OF: Record<Command, readonly OptionName[]> = {
  matrix: ['format', 'external', 'port', 'namespace'],
  services: ['format', 'external', 'port', 'namespace'],
  explain: ['format', 'external', 'port', 'namespace', 'from', 'to'],
};

class UsageError extends Error {}

/**
 * `53/UDP`, `8080` (TCP), `53/udp`. Ports 1-65535; protocols TCP, UDP, SCTP in any case.
 *
 * @example parsePortOption('53/udp') // { port: 53, protocol: 'UDP' }
 */
export function parsePortOption(text: string): Probe | undefined {
  const m = /^(\d{1,5})(?:\/([A-Za-z]+))?$/.exec(text);
  if (!m) return undefined;
  const port = Number(m[1]);
  const protocol = (m[2] ?? 'TCP').toUpperCase() as Protocol;
  if (port < 1 || port > 65535 || !PROTOCOLS.includes(protocol)) return undefined;
  return { port, protocol };
}

/** RFC 1123 label, as Kubernetes requires of namespace names. */
function isNamespaceName(text: string): boolean {
  return text.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(text);
}

function applyOption(command: Command, options: CliOptions, name: OptionName, value: string) {
  switch (name) {
    case 'format': {
      const allowed: readonly string[] = command === 'explain' ? ['json', 'table'] : FORMATS;
      if (!allowed.includes(value)) {
        throw new UsageError(`--format must be one of ${allowed.join(', ')}; got '${value}'`);
      }
      options.format = value as Format;
      return;
    }
    case 'external':
      if (!parseIP(value))
        throw new UsageError(`--external needs an IPv4 or IPv6 address; got '${value}'`);
      if (!options.externals.includes(value)) options.externals.push(value);
      return;
    case 'port': {
      const probe = parsePortOption(value);
      if (!probe) {
        throw new UsageError(
          `--port needs PORT/PROTOCOL with PORT 1-65535 and PROTOCOL TCP, UDP or SCTP; got '${value}'`,
        );
      }
      if (!options.ports.some((p) => p.port === probe.port && p.protocol === probe.protocol)) {
        options.ports.push(probe);
      }
      return;
    }
    case 'namespace':
      if (!isNamespaceName(value)) {
        throw new UsageError(`--namespace needs a namespace name (RFC 1123 label); got '${value}'`);
      }
      options.namespace = value;
      return;
    case 'from':
    case 'to':
      if (value === '') throw new UsageError(`--${name} needs an endpoint id`);
      options[name] = value;
      return;
  }
}

function parseCommandArgs(command: Command, args: readonly string[]): ParsedArgs {
  const options: CliOptions = { externals: [], ports: [] };
  const files: string[] = [];
  const known = OPTIONS_OF[command];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help', command };
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option '${arg}'`);
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)) as OptionName;
    if (!known.includes(name)) throw new UsageError(`unknown option '--${name}'`);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = args[i + 1];
      // `--format --port 53` is a forgotten value, not a format named `--port`.
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`option '--${name}' needs a value`);
      }
      value = next;
      i++;
    }
    applyOption(command, options, name, value);
  }
  if (command === 'explain' && (!options.from || !options.to)) {
    throw new UsageError('explain needs --from ID and --to ID');
  }
  if (files.length === 0) throw new UsageError('missing FILE (use - to read standard input)');
  if (files.filter((f) => f === '-').length > 1) {
    throw new UsageError("'-' (standard input) can be given only once");
  }
  return { kind: 'run', command, files, options };
}

/**
 * Parses the arguments after `reachmap`. Options may come before, between or after FILEs, as
 * `--opt value` or `--opt=value`; `--` ends options; `-` is standard input. Single-valued options
 * keep their last value; repeatable ones (`--external`, `--port`) collect, without duplicates.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'usage-error', message: 'missing command' };
  if (first === '-h' || first === '--help') return { kind: 'help' };
  if (first === '--version') return { kind: 'version' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { kind: 'help' };
    return isCommand(topic)
      ? { kind: 'help', command: topic }
      : { kind: 'usage-error', message: `unknown command '${topic}'` };
  }
  if (!isCommand(first)) {
    const what = first.startsWith('-') ? 'option' : 'command';
    return { kind: 'usage-error', message: `unknown ${what} '${first}'` };
  }
  try {
    return parseCommandArgs(first, rest);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage-error', message: e.message, command: first };
    throw e;
  }
}

function isCommand(text: string): text is Command {
  return (COMMANDS as readonly string[]).includes(text);
}
