import { analyze, type Analysis } from '../analyze';
import { formatDiagnostic } from '../model/diagnostic';
import { parseIP } from '../model/ip';
import type { Explanation, Probe } from '../evaluate/types';
import { parseCliArgs, type CliOptions, type Command, type Format } from './args';
import { usageText, helpText } from './usage';
import {
  formatMatrixCsv,
  formatMatrixDot,
  formatMatrixJson,
  formatMatrixMarkdown,
  formatMatrixTable,
  type MatrixData,
} from './format-matrix';
import {
  formatServicesCsv,
  formatServicesDot,
  formatServicesJson,
  formatServicesMarkdown,
  formatServicesTable,
} from './format-services';
import { formatExplainJson, formatExplainText } from './format-explain';
import { lintCommand } from './lint-command';
import type { ServiceReport } from '../evaluate/types';
import { diffAnalyses, hasChanges, type ReachabilityDiff } from '../diff';
import type { DiffCliOptions, DiffFormat } from './args';
import { formatDiffCsv, formatDiffJson, formatDiffMarkdown, formatDiffText } from './format-diff';
import type { CheckCliOptions, CheckFormat } from './args';
import { checkIntents, readIntentFiles } from '../intents';
import {
  formatCheckJson,
  formatCheckMarkdown,
  formatCheckText,
  type CheckReport,
} from './format-intents';

/** Everything the command needs from its host; main.ts binds it to Node, tests to memory. */
export interface CliIO {
  /** Rejects with a Node-style error (`code` ENOENT, EISDIR, EACCES …) when it cannot read. */
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  version: string;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
/** `diff --exit-code` when the versions differ. */
export const EXIT_DIFFERENT = 1;

/** The name diagnostics use for standard input. */
export const STDIN_NAME = '<stdin>';

const MATRIX_FORMATS: Record<Format, (data: MatrixData) => string> = {
  json: formatMatrixJson,
  table: formatMatrixTable,
  csv: formatMatrixCsv,
  md: formatMatrixMarkdown,
  dot: formatMatrixDot,
};

const SERVICES_FORMATS: Record<Format, (reports: readonly ServiceReport[]) => string> = {
  json: formatServicesJson,
  table: formatServicesTable,
  csv: formatServicesCsv,
  md: formatServicesMarkdown,
  dot: formatServicesDot,
};

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads every FILE (so every unreadable one is reported), stdin for `-`. */
async function readInputs(files: readonly string[], io: CliIO) {
  const inputs: { name: string; text: string }[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const name = file === '-' ? STDIN_NAME : file;
    try {
      inputs.push({ name, text: file === '-' ? await io.readStdin() : await io.readFile(file) });
    } catch (error) {
      failures.push(`reachmap: cannot read ${name}: ${describeReadError(error)}`);
    }
  }
  return { inputs, failures };
}

function explainConnections(
  analysis: Analysis,
  options: CliOptions,
): { explanations: Explanation[] } | { error: string } {
  const r = analysis.reachability;
  const unknown = (flag: string, id: string) =>
    ({
      error: `${flag} '${id}' is not an endpoint (see: reachmap matrix --format table)`,
    }) as const;
  const fromId = options.from ?? '';
  const toId = options.to ?? '';
  const from = r.indexOf(fromId);
  if (from === undefined) return unknown('--from', fromId);
  const to = r.indexOf(toId);
  if (to === undefined) return unknown('--to', toId);
  if (from === to) return { error: '--from and --to are the same endpoint' };
  const probes: readonly Probe[] = options.ports.length > 0 ? options.ports : r.probes(to);
  if (probes.length === 0) return { error: `${toId} declares no port: give --port PORT/PROTOCOL` };
  return { explanations: probes.map((probe) => r.explain(from, to, probe)) };
}

function render(
  command: Command,
  analysis: Analysis,
  options: CliOptions,
  format: Format,
): { text: string } | { error: string } {
  switch (command) {
    case 'matrix': {
      const r = analysis.reachability;
      return { text: MATRIX_FORMATS[format]({ endpoints: r.endpoints, verdicts: r.verdicts() }) };
    }
    case 'services':
      return { text: SERVICES_FORMATS[format](analysis.services) };
    case 'explain': {
      const result = explainConnections(analysis, options);
      if ('error' in result) return result;
      const text =
        format === 'json'
          ? formatExplainJson(result.explanations)
          : formatExplainText(result.explanations);
      return { text };
    }
    case 'diff':
      return { error: 'diff takes OLD... -- NEW...' };
    case 'check':
      return { error: 'check needs --intents FILE' };
    case 'lint':
      return { error: 'lint is run before the input errors stop the other commands' };
  }
}

const DIFF_FORMATS: Record<DiffFormat, (diff: ReachabilityDiff) => string> = {
  text: formatDiffText,
  json: formatDiffJson,
  md: formatDiffMarkdown,
  csv: formatDiffCsv,
};

interface AnalyzeFlags {
  namespace?: string | undefined;
  externals: readonly string[];
  ports: readonly Probe[];
}

/**
 * Reads and analyses the inputs, printing every diagnostic to stderr; an exit status instead when
 * a file cannot be read. The contract calls every non-error diagnostic (e.g. "kind ConfigMap is
 * not modelled; skipped", which the parser files as info) a warning, so info prints as a warning.
 */
async function readAndAnalyze(
  files: readonly string[],
  flags: AnalyzeFlags,
  io: CliIO,
): Promise<Analysis | number> {
  const { inputs, failures } = await readInputs(files, io);
  if (failures.length > 0) {
    io.stderr(failures.map((f) => `${f}\n`).join(''));
    return EXIT_INPUT;
  }
  const analysis = analyze(inputs, {
    defaultNamespace: flags.namespace ?? 'default',
    externals: [...flags.externals],
    extraPorts: flags.ports,
  });
  const shown = analysis.diagnostics.map((d) =>
    d.severity === 'info' ? { ...d, severity: 'warning' as const } : d,
  );
  if (shown.length > 0) io.stderr(shown.map((d) => `${formatDiagnostic(d)}\n`).join(''));
  return analysis;
}

/** An exit status, with the contract's "no output" line, when the input has errors. */
function stopOnInputErrors(analysis: Analysis, io: CliIO): number | undefined {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors === 0) return undefined;
  io.stderr(`reachmap: ${errors} error${errors === 1 ? '' : 's'} in the input; no output\n`);
  return EXIT_INPUT;
}

/** Reads and analyses one version (`diff`, `check`); an exit status when it cannot be used. */
async function analyzeVersion(
  files: readonly string[],
  flags: AnalyzeFlags,
  io: CliIO,
): Promise<Analysis | number> {
  const analysis = await readAndAnalyze(files, flags, io);
  if (typeof analysis === 'number') return analysis;
  return stopOnInputErrors(analysis, io) ?? analysis;
}

/** `reachmap diff OLD... -- NEW...`: 0, or 1 with --exit-code when anything changed. */
async function runDiff(
  before: readonly string[],
  after: readonly string[],
  options: DiffCliOptions,
  io: CliIO,
): Promise<number> {
  const old = await analyzeVersion(before, options, io);
  if (typeof old === 'number') return old;
  const now = await analyzeVersion(after, options, io);
  if (typeof now === 'number') return now;
  const diff = diffAnalyses(old, now);
  io.stdout(DIFF_FORMATS[options.format ?? 'text'](diff));
  // Like diff(1): 1 means different, the same status as an unreadable input.
  return options.exitCode && hasChanges(diff) ? EXIT_DIFFERENT : EXIT_OK;
}

const CHECK_FORMATTERS: Record<CheckFormat, (report: CheckReport) => string> = {
  text: formatCheckText,
  json: formatCheckJson,
  md: formatCheckMarkdown,
};

/**
 * `reachmap check --intents FILE MANIFESTS...`: 0 when every intent holds; 1 when one fails, the
 * intents file has a problem (its good entries are still checked and printed) or an input cannot
 * be read or parsed.
 */
async function runCheck(
  intentsFile: string,
  files: readonly string[],
  options: CheckCliOptions,
  io: CliIO,
): Promise<number> {
  const read = await readInputs([intentsFile], io);
  const input = read.inputs[0];
  if (!input) {
    io.stderr(read.failures.map((f) => `${f}\n`).join(''));
    return EXIT_INPUT;
  }
  const parsed = readIntentFiles([input]);
  if (parsed.diagnostics.length > 0) {
    io.stderr(parsed.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join(''));
  }
  // An IP an intent names is an endpoint, as for explain --from: no separate --external needed.
  const externals = [...new Set([...options.externals, ...parsed.externals])];
  const analysis = await analyzeVersion(files, { ...options, externals }, io);
  if (typeof analysis === 'number') return analysis;
  const report: CheckReport = {
    results: checkIntents(parsed.intents, analysis),
    errors: parsed.diagnostics,
  };
  io.stdout(CHECK_FORMATTERS[options.format ?? 'text'](report));
  const failed = report.errors.length > 0 || report.results.some((r) => !r.passed);
  return failed ? EXIT_INPUT : EXIT_OK;
}

/**
 * Runs one `reachmap` invocation and returns its exit status: 0 success, 1 an input cannot be read
 * or has an error diagnostic (then nothing goes to stdout), 2 usage error. Diagnostics of every
 * severity go to stderr in formatDiagnostic's form.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCliArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(helpText(parsed.command));
      return EXIT_OK;
    case 'version':
      io.stdout(`${io.version}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(
        `reachmap: ${parsed.message}\n${usageText(parsed.command)}Run 'reachmap --help' for more.\n`,
      );
      return EXIT_USAGE;
    case 'diff':
      return runDiff(parsed.before, parsed.after, parsed.options, io);
    case 'check':
      return runCheck(parsed.intents, parsed.files, parsed.options, io);
  }
  const { command, files, options } = parsed;

  // `explain --from 203.0.113.5` needs no separate --external.
  const externals = [...options.externals];
  for (const id of [options.from, options.to]) {
    if (id !== undefined && parseIP(id) && !externals.includes(id)) externals.push(id);
  }
  const analysis = await readAndAnalyze(files, { ...options, externals }, io);
  if (typeof analysis === 'number') return analysis;
  // lint reports the input's errors as findings (and exits 1 for them) rather than stopping.
  if (command === 'lint') {
    const lint = lintCommand(analysis, options.lintFormat ?? 'text', io.version);
    io.stdout(lint.text);
    return lint.status;
  }
  const stopped = stopOnInputErrors(analysis, io);
  if (stopped !== undefined) return stopped;

  // explain is for people: its text is the default even in a pipe; json only when asked for.
  const format = options.format ?? (io.stdoutIsTTY || command === 'explain' ? 'table' : 'json');
  const result = render(command, analysis, options, format);
  if ('error' in result) {
    io.stderr(`reachmap: ${result.error}\n`);
    return EXIT_USAGE;
  }
  io.stdout(result.text);
  return EXIT_OK;
}
