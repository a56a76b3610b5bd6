import { toBlob, toSvg } from 'html-to-image';
import type { CanvasExportHandle } from '../canvas/export-handle';
import { pngPixelRatio, wholeGraphFrame, type GraphFrame } from './graph-frame';
import { slimSvg } from './slim-svg';

export type GraphScope = 'view' | 'whole';
export type ImageFormat = 'png' | 'svg';

/**
 * Draws the graph as a PNG (a Blob) or an SVG (its text), with the legend beside it.
 *
 * html-to-image turns DOM into an SVG `<foreignObject>` with every computed style inlined, and for
 * a PNG draws that onto a canvas: nothing is fetched (fonts are the system's, skipped), which keeps
 * to the page's CSP. It is given a stage built beside the canvas rather than the canvas itself:
 * a copy of React Flow's viewport under the transform we want, and the legend opened, next to it
 * so it hides no node. The stage sits inside the canvas element, so the same CSS (theme, density,
 * highlight) applies to the copy, and off screen, so nobody sees it.
 */
export async function drawGraph(
  handle: CanvasExportHandle,
  scope: GraphScope,
  format: ImageFormat,
  title: string,
): Promise<Blob | string> {
  if (scope === 'view') return capture(handle, viewFrame(handle), format, title);
  const restore = await renderWholeGraph(handle);
  try {
    return await capture(handle, wholeGraphFrame(handle.bounds()), format, title);
  } finally {
    restore();
  }
}

function viewFrame(handle: CanvasExportHandle): GraphFrame {
  const flow = handle.element.querySelector('.react-flow') ?? handle.element;
  return { width: flow.clientWidth, height: flow.clientHeight, viewport: handle.viewport() };
}

/**
 * React Flow draws only what is in view, and draws less when zoomed out (labels only, fewer edge
 * labels): for the whole graph, the live view is moved to the image's zoom with everything
 * rendered, behind a cover, and put back afterwards.
 */
async function renderWholeGraph(handle: CanvasExportHandle): Promise<() => void> {
  const before = handle.viewport();
  const cover = document.createElement('div');
  cover.className = 'rm-export-cover';
  cover.textContent = 'Drawing the whole graph…';
  handle.element.append(cover);
  const restore = () => {
    handle.renderAll(false);
    void handle.setViewport(before);
    cover.remove();
  };
  try {
    handle.renderAll(true);
    await handle.setViewport(wholeGraphFrame(handle.bounds()).viewport);
    await allDrawn(handle);
  } catch (error) {
    restore();
    throw error;
  }
  return restore;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until every node and edge is in the DOM: a node drawn for the first time is measured
 * (a ResizeObserver, a frame later) before its edges can be drawn. Gives up after two seconds
 * rather than never exporting.
 */
async function allDrawn(handle: CanvasExportHandle): Promise<void> {
  const deadline = performance.now() + 2_000;
  for (;;) {
    await nextFrame();
    const want = handle.counts();
    const nodes = handle.element.querySelectorAll('.react-flow__node').length;
    const edges = handle.element.querySelectorAll('.react-flow__edge').length;
    if ((nodes >= want.nodes && edges >= want.edges) || performance.now() > deadline) break;
  }
  // Edge labels follow their edges by a render.
  await nextFrame();
  await nextFrame();
}

async function capture(
  handle: CanvasExportHandle,
  frame: GraphFrame,
  format: ImageFormat,
  title: string,
): Promise<Blob | string> {
  const stage = buildStage(handle.element, frame, title);
  try {
    const options = {
      width: stage.offsetWidth,
      height: stage.offsetHeight,
      backgroundColor: getComputedStyle(stage).backgroundColor,
      skipFonts: true,
      // The stage is parked off screen; the copy starts at the image's top-left corner.
      style: { position: 'static', left: '0', top: '0' },
      filter: keepNode,
    };
    if (format === 'svg') return slimSvg(svgText(await toSvg(stage, options)));
    const blob = await toBlob(stage, {
      ...options,
      pixelRatio: pngPixelRatio(options.width, options.height),
    });
    if (!blob) throw new Error('The browser could not encode the PNG.');
    return blob;
  } finally {
    stage.remove();
  }
}

/** Drops what draws nothing: invisible hit areas and edge handles (a smaller SVG). */
function keepNode(node: HTMLElement): boolean {
  const cls = node.classList;
  return !cls?.contains('react-flow__edge-interaction') && !cls?.contains('react-flow__handle');
}

function buildStage(canvas: HTMLElement, frame: GraphFrame, title: string): HTMLElement {
  const flow = canvas.querySelector('.react-flow');
  const viewport = canvas.querySelector('.react-flow__viewport');
  if (!flow || !viewport) throw new Error('The graph is not on screen.');

  const stage = document.createElement('div');
  stage.className = 'rm-export-stage';
  const side = document.createElement('div');
  side.className = 'rm-export-side';
  const heading = document.createElement('div');
  heading.className = 'rm-export-title';
  heading.textContent = title;
  side.append(heading);
  const legend = canvas.querySelector('.rm-legend details')?.cloneNode(true);
  if (legend instanceof HTMLDetailsElement) {
    legend.open = true;
    const wrapper = document.createElement('div');
    wrapper.className = 'rm-legend';
    wrapper.append(legend);
    side.append(wrapper);
  }

  // `.react-flow` and its colour mode class carry React Flow's own CSS variables.
  const graph = document.createElement('div');
  graph.className = `react-flow ${flow.classList.contains('dark') ? 'dark' : 'light'} rm-export-graph`;
  graph.style.width = `${frame.width}px`;
  graph.style.height = `${frame.height}px`;
  const copy = viewport.cloneNode(true) as HTMLElement;
  const { x, y, zoom } = frame.viewport;
  copy.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`;
  graph.append(copy);

  stage.append(side, graph);
  canvas.append(stage);
  return stage;
}

/** html-to-image hands the SVG over as a data: URL. */
function svgText(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return decodeURIComponent(dataUrl.slice(comma + 1));
}
