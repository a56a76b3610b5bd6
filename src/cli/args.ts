import { parseIP } from '../model/ip';
import { PROTOCOLS, type Protocol } from '../model/types';
import type { Probe } from '../evaluate/types';

export const COMMANDS = ['matrix', 'services', 'explain', 'diff', 'check', 'lint'] as const;
export type Command = (typeof COMMANDS)[number];

export const FORMATS = ['json', 'table', 'csv', 'md', 'dot'] as const;
export type Format = (typeof FORMATS)[number];

/** `lint` prints findings, not tables: its own formats. */
export const LINT_FORMATS = ['text', 'json', 'md', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface CliOptions {
  /** Undefined: the caller picks table for a terminal, json otherwise. */
  format?: Format;
  /** `lint` only; undefined: text. */
  lintFormat?: LintFormat;
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
  | { kind: 'diff'; before: string[]; after: string[]; options: DiffCliOptions }
  | { kind: 'check'; intents: string; files: string[]; options: CheckCliOptions }
  | { kind: 'usage-error'; message: string; command?: Command };

type OptionName = 'format' | 'external' | 'port' | 'namespace' | 'from' | 'to';

const OPTIONS_OF: Record<Command, readonly OptionName[]> = {
  check: ['format', 'external', 'port', 'namespace'],
  matrix: ['format', 'external', 'port', 'namespace'],
  services: ['format', 'external', 'port', 'namespace'],
  explain: ['format', 'external', 'port', 'namespace', 'from', 'to'],
  diff: ['format', 'external', 'port', 'namespace'],
  lint: ['format', 'namespace'],
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
      const allowed: readonly string[] =
        command === 'explain' ? ['json', 'table'] : command === 'lint' ? LINT_FORMATS : FORMATS;
      if (!allowed.includes(value)) {
        throw new UsageError(`--format must be one of ${allowed.join(', ')}; got '${value}'`);
      }
      if (command === 'lint') options.lintFormat = value as LintFormat;
      else options.format = value as Format;
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

/**
 * The value of the option at `args[i]`: `inline` when it was written `--name=value`, else the next
 * argument. `i` is where parsing goes on from (the value's index when it was taken from there).
 */
function optionValue(
  args: readonly string[],
  i: number,
  name: string,
  inline: string | undefined,
): { value: string; i: number } {
  if (inline !== undefined) return { value: inline, i };
  const next = args[i + 1];
  // `--format --port 53` is a forgotten value, not a format named `--port`.
  if (next === undefined || (next.startsWith('--') && next.length > 2)) {
    throw new UsageError(`option '--${name}' needs a value`);
  }
  return { value: next, i: i + 1 };
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
    ({ value, i } = optionValue(args, i, name, eq < 0 ? undefined : arg.slice(eq + 1)));
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
    if (first === 'diff') return parseDiffArgs(rest);
    if (first === 'check') return parseCheckArgs(rest);
    return parseCommandArgs(first, rest);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage-error', message: e.message, command: first };
    throw e;
  }
}

function isCommand(text: string): text is Command {
  return (COMMANDS as readonly string[]).includes(text);
}

export const DIFF_FORMATS = ['text', 'json', 'md', 'csv'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCliOptions extends Omit<CliOptions, 'format' | 'from' | 'to'> {
  /** Undefined: text (a diff is read by people; scripts ask for json). */
  format?: DiffFormat;
  /** `--exit-code`: exit 1 when anything changed, as `diff` does. */
  exitCode: boolean;
}

/**
 * `reachmap diff OLD... -- NEW... [options]`: the first `--` separates the old version's files
 * from the new one's; options may come anywhere (a second `--` ends them). `--exit-code` is a
 * flag; the other options apply to both versions.
 */
function parseDiffArgs(args: readonly string[]): ParsedArgs {
  const common: CliOptions = { externals: [], ports: [] };
  const options: DiffCliOptions = {
    externals: common.externals,
    ports: common.ports,
    exitCode: false,
  };
  const sides: [string[], string[]] = [[], []];
  let side: 0 | 1 = 0;
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--' && !optionsEnded) {
      if (side === 1) optionsEnded = true;
      side = 1;
      continue;
    }
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      sides[side].push(arg);
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help', command: 'diff' };
    if (arg === '--exit-code') {
      options.exitCode = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (!arg.startsWith('--') || !(OPTIONS_OF.diff as readonly string[]).includes(name)) {
      throw new UsageError(`unknown option '${eq < 0 ? arg : arg.slice(0, eq)}'`);
    }
    let value: string;
    ({ value, i } = optionValue(args, i, name, eq < 0 ? undefined : arg.slice(eq + 1)));
    if (name === 'format') {
      if (!(DIFF_FORMATS as readonly string[]).includes(value)) {
        throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}; got '${value}'`);
      }
      options.format = value as DiffFormat;
    } else {
      applyOption('diff', common, name as OptionName, value);
    }
  }
  const [before, after] = sides;
  if (side === 0 || before.length === 0 || after.length === 0) {
    throw new UsageError("diff needs the old version's files, then --, then the new version's");
  }
  if ([...before, ...after].filter((f) => f === '-').length > 1) {
    throw new UsageError("'-' (standard input) can be given only once");
  }
  if (common.namespace !== undefined) options.namespace = common.namespace;
  return { kind: 'diff', before, after, options };
}

export const CHECK_FORMATS = ['text', 'json', 'md'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckCliOptions extends Omit<CliOptions, 'format' | 'from' | 'to'> {
  /** Undefined: text (CI logs are read by people; scripts ask for json). */
  format?: CheckFormat;
}

/**
 * `reachmap check --intents FILE [options] MANIFESTS...`: takes out `--intents` and `--format`
 * (whose values differ from the other commands') and parses the rest as any command's.
 */
function parseCheckArgs(args: readonly string[]): ParsedArgs {
  let intents: string | undefined;
  let format: CheckFormat | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    const m = /^--(intents|format)(?:=([\s\S]*))?$/.exec(arg);
    if (!m) {
      rest.push(arg);
      continue;
    }
    let value: string;
    ({ value, i } = optionValue(args, i, m[1]!, m[2]));
    if (m[1] === 'format') {
      if (!(CHECK_FORMATS as readonly string[]).includes(value)) {
        throw new UsageError(`--format must be one of ${CHECK_FORMATS.join(', ')}; got '${value}'`);
      }
      format = value as CheckFormat;
    } else {
      if (value === '') throw new UsageError('--intents needs a file');
      intents = value;
    }
  }
  const wantsHelp = rest.some((a) => a === '-h' || a === '--help');
  if (intents === undefined && !wantsHelp) throw new UsageError('check needs --intents FILE');
  const parsed = parseCommandArgs('check', rest);
  if (parsed.kind !== 'run' || intents === undefined) return parsed;
  if (intents === '-' && parsed.files.includes('-')) {
    throw new UsageError("'-' (standard input) can be given only once");
  }
  const { format: _format, from: _from, to: _to, ...common } = parsed.options;
  return {
    kind: 'check',
    intents,
    files: parsed.files,
    options: { ...common, ...(format ? { format } : {}) },
  };
}
