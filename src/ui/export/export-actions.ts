import type { AppState } from '../../store/app-store';
import { downloadTextFile } from '../share/download-file';
import type { CanvasExportHandle } from '../canvas/export-handle';
import { formatFindingsMarkdown } from '../../export/findings-markdown';
import { exposureText, matrixText, type ExportText } from './export-texts';
import { drawGraph, type GraphScope, type ImageFormat } from './graph-image';

/** What of the store an action needs to say whether it can run. */
export type Analysed = Pick<AppState, 'snapshot' | 'findings'>;

export type ExportGroup = 'Graph' | 'Matrix' | 'Exposure' | 'Findings';

export interface ExportAction {
  label: string;
  group: ExportGroup;
  file: string;
  /** Why it cannot run now, or undefined when it can. */
  unavailable(analysis: Analysed, handle: CanvasExportHandle | undefined): string | undefined;
  /** Builds the file and offers it for download; resolves to its size in bytes. */
  run(state: AppState, handle: CanvasExportHandle | undefined): Promise<number>;
}

const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
} as const;

function needsGraph(_analysed: Analysed, handle: CanvasExportHandle | undefined) {
  return handle ? undefined : 'Open the Graph tab to export the graph.';
}

function needsAnalysis({ snapshot }: Analysed) {
  return snapshot ? undefined : 'Nothing analysed yet.';
}

function graphAction(scope: GraphScope, format: ImageFormat): ExportAction {
  const file = `reachmap-graph${scope === 'view' ? '-view' : ''}.${format}`;
  return {
    label: `Graph ${format.toUpperCase()} (${scope})`,
    group: 'Graph',
    file,
    unavailable: needsGraph,
    async run(state, handle) {
      if (!handle) throw new Error('The graph is not on screen.');
      const title = `reachmap · ${state.files.map((f) => f.name).join(', ')}`;
      const image = await drawGraph(handle, scope, format, title);
      downloadTextFile(file, image, MIME[format]);
      return typeof image === 'string' ? new Blob([image]).size : image.size;
    },
  };
}

function textAction(
  label: string,
  group: ExportGroup,
  file: string,
  make: (state: AppState) => ExportText,
): ExportAction {
  const type = file.endsWith('.csv') ? MIME.csv : MIME.md;
  return {
    label,
    group,
    file,
    unavailable: needsAnalysis,
    async run(state) {
      const made = make(state);
      if ('problem' in made) throw new Error(made.problem);
      downloadTextFile(file, made.text, type);
      return new Blob([made.text]).size;
    },
  };
}

/** Every export the menu offers, in its order. */
export const EXPORT_ACTIONS: readonly ExportAction[] = [
  graphAction('view', 'png'),
  graphAction('whole', 'png'),
  graphAction('view', 'svg'),
  graphAction('whole', 'svg'),
  textAction('Matrix CSV', 'Matrix', 'reachmap-matrix.csv', (s) => matrixText(s, 'csv')),
  textAction('Matrix Markdown', 'Matrix', 'reachmap-matrix.md', (s) => matrixText(s, 'markdown')),
  textAction('Exposure Markdown', 'Exposure', 'reachmap-exposure.md', (s) =>
    s.snapshot ? { text: exposureText(s, s.snapshot) } : { problem: 'Nothing analysed yet.' },
  ),
  {
    ...textAction('Findings Markdown', 'Findings', 'reachmap-findings.md', (s) =>
      s.snapshot
        ? { text: formatFindingsMarkdown(s.findings) }
        : { problem: 'Nothing analysed yet.' },
    ),
    unavailable: (analysed) =>
      needsAnalysis(analysed) ??
      (analysed.findings.length === 0 ? 'No findings in this cluster.' : undefined),
  },
];
