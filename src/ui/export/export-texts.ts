import { analyze } from '../../analyze';
import { formatExposureMarkdown } from '../../export/exposure-markdown';
import { formatMatrixCsv } from '../../export/matrix-csv';
import { formatMatrixMarkdown } from '../../export/matrix-markdown';
import { countVerdicts } from '../../export/verdict-count';
import type { Settings } from '../../store/workspace-slice';
import type { AnalysisSnapshot } from '../../worker/snapshot';
import { exposureRows } from '../exposure/exposure-rows';
import { splitIntentFiles } from '../../intents/check-files';

/** Past this many verdicts a matrix export is refused: the file would not fit a browser tab. */
export const MAX_EXPORT_VERDICTS = 500_000;

export interface ExportInputs {
  files: readonly { name: string; text: string }[];
  settings: Settings;
}

/**
 * What a reader of an exported table must know to trust it: the input, and settings that change
 * the verdicts from what `reachmap` on the command line would say.
 *
 * @example inputNotes({ files: [{ name: 'prod.yaml', text }], settings }, 0) // → ['Input: prod.yaml.']
 */
export function inputNotes({ files, settings }: ExportInputs, errors: number): string[] {
  const notes = [`Input: ${files.map((f) => f.name).join(', ') || 'none'}.`];
  if (errors > 0)
    notes.push(
      `The input has ${errors} error${errors === 1 ? '' : 's'}: what could not be read is left out.`,
    );
  if (settings.cni === 'flannel')
    notes.push('CNI: Flannel, which enforces no NetworkPolicy: every connection is allowed.');
  if (!settings.ipBlockMatchesPodIPs)
    notes.push('ipBlock peers match only addresses outside the cluster, not pod IPs.');
  if (settings.hostNetworkPodsSelectable)
    notes.push('Policies select hostNetwork pods, and selector peers match them.');
  return notes;
}

export type ExportText = { text: string } | { problem: string };

/**
 * The whole matrix (every endpoint pair, every probed port) as CSV or Markdown. It is evaluated
 * here, on the page, by the same `analyze` the worker and the CLI run, with the page's settings:
 * the worker's matrix answers pages of one port, and the verdict list for every port is the
 * CLI's. Only when asked, so the cost falls on the click.
 */
export function matrixText(
  inputs: ExportInputs,
  format: 'csv' | 'markdown',
  limit = MAX_EXPORT_VERDICTS,
): ExportText {
  // The manifests only, as `reachmap matrix` reads them: an intents file is not a manifest.
  const analysis = analyze(splitIntentFiles(inputs.files).manifests, {
    ipBlockMatchesPodIPs: inputs.settings.ipBlockMatchesPodIPs,
    hostNetworkPodsSelectable: inputs.settings.hostNetworkPodsSelectable,
    policiesEnforced: inputs.settings.cni !== 'flannel',
  });
  const r = analysis.reachability;
  const count = countVerdicts(r);
  if (count > limit)
    return {
      problem:
        `The matrix has ${count.toLocaleString('en')} verdicts, too many for the browser to ` +
        'export. Run `reachmap matrix --format csv` on the files instead.',
    };
  const verdicts = r.verdicts();
  if (format === 'csv') return { text: formatMatrixCsv(verdicts) };
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const notes = inputNotes(inputs, errors);
  return { text: formatMatrixMarkdown({ endpoints: r.endpoints.length, verdicts, notes }) };
}

/** The Exposure tab's rows as Markdown, from the latest analysis. */
export function exposureText(inputs: ExportInputs, snapshot: AnalysisSnapshot): string {
  const errors = snapshot.diagnostics.filter((d) => d.severity === 'error').length;
  return formatExposureMarkdown({
    ...exposureRows(snapshot.services),
    notes: inputNotes(inputs, errors),
  });
}
