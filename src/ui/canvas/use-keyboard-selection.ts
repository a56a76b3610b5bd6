import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import type { AppEdge, AppNode, CanvasSelection } from './types';

/**
 * Keyboard use of the graph. React Flow makes nodes and edges focusable but selects on Enter only
 * when it manages selection (here the owner does), and Tab follows the DOM, where every edge comes
 * before every node. So this hook keeps its own order: nodes in reading order (a namespace, then
 * what is inside it), each followed by its buttons, then edges by their source node.
 */
export interface KeyboardSelection {
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
}

/** React Flow's default descriptions mention deleting and moving nodes, which this canvas disables. */
export const KEYBOARD_ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select it and see its connections, Escape to clear the selection.',
  'node.a11yDescription.keyboardDisabled':
    'Press Enter or Space to select it and see its connections, Escape to clear the selection.',
  'edge.a11yDescription.default':
    'Press Enter or Space to select it and see which rules allow or deny it, Escape to clear the selection.',
};

const NODE = '.react-flow__node';
const EDGE = '.react-flow__edge';
/** What a node may contain that takes focus on its own (the collapse and expand toggles). */
const INNER = 'button:not([disabled]), a[href], input, select, [tabindex="0"]';

export function useKeyboardSelection(
  container: RefObject<HTMLElement | null>,
  nodes: readonly AppNode[],
  edges: readonly AppEdge[],
  onSelect: (selection: CanvasSelection | undefined) => void,
): KeyboardSelection {
  const order = () => (container.current ? tabOrder(container.current, nodes, edges) : []);
  return {
    onKeyDown(event) {
      const target = event.target as HTMLElement;
      if (event.key === 'Escape') {
        // Marked as handled so the page-wide Escape does not clear a second time.
        event.preventDefault();
        onSelect(undefined);
      } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        moveFocus(event, order(), container.current);
      } else if (event.key === 'Enter' || event.key === ' ') {
        // Only the node or edge itself: Enter on a toggle inside a node is the toggle's own click.
        const kind = target.matches(NODE) ? 'node' : target.matches(EDGE) ? 'edge' : undefined;
        const id = target.getAttribute('data-id');
        if (kind === undefined || id === null) return;
        event.preventDefault();
        onSelect({ kind, id });
      }
    },
    onFocus(event) {
      // Tabbing in lands on the first (or, backwards, the last) focusable element in the DOM:
      // an edge, where the graph's own order starts with a node. Clicks are left alone.
      const root = container.current;
      const from = event.relatedTarget;
      if (!root || (from instanceof Node && root.contains(from))) return;
      const target = event.target as HTMLElement;
      if (!target.matches(':focus-visible')) return;
      const dom = domTabbables(root);
      const wanted = order();
      if (target === dom[0] && wanted[0] && wanted[0] !== target) wanted[0].focus();
      else if (target === dom.at(-1) && wanted.at(-1) && wanted.at(-1) !== target) {
        wanted.at(-1)!.focus();
      }
    },
  };
}

function moveFocus(
  event: KeyboardEvent<HTMLElement>,
  order: readonly HTMLElement[],
  root: HTMLElement | null,
): void {
  const at = order.indexOf(event.target as HTMLElement);
  if (at < 0 || !root) return;
  const next = order[at + (event.shiftKey ? -1 : 1)];
  if (next) {
    event.preventDefault();
    next.focus();
    return;
  }
  // Leaving the graph. The browser's Tab moves on from the focused element in DOM order, so start
  // it from the graph's DOM end in the direction of travel rather than from the middle of it.
  const dom = domTabbables(root);
  const edge = event.shiftKey ? dom[0] : dom.at(-1);
  if (edge && edge !== event.target) edge.focus();
}

/** Focusable graph elements in DOM order: edges, then nodes and their buttons. */
function domTabbables(root: HTMLElement): HTMLElement[] {
  const viewport = root.querySelector('.react-flow__viewport');
  if (!viewport) return [];
  return [
    ...viewport.querySelectorAll<HTMLElement>(
      `${EDGE}[tabindex="0"], ${NODE}[tabindex="0"], ${NODE} :is(${INNER})`,
    ),
  ];
}

/** The order Tab follows: nodes in reading order, each with its buttons, then edges. */
export function tabOrder(
  root: HTMLElement,
  nodes: readonly AppNode[],
  edges: readonly AppEdge[],
): HTMLElement[] {
  const rank = new Map(readingOrder(nodes).map((id, i) => [id, i]));
  const at = (id: string | undefined) => rank.get(id ?? '') ?? Number.MAX_SAFE_INTEGER;
  const byId = (el: HTMLElement) => el.getAttribute('data-id') ?? undefined;
  // Only what React Flow rendered (it leaves out what is off screen) and made focusable.
  const nodeEls = [...root.querySelectorAll<HTMLElement>(`${NODE}[tabindex="0"]`)].sort(
    (a, b) => at(byId(a)) - at(byId(b)),
  );
  const ends = new Map(edges.map((e) => [e.id, e]));
  const edgeKey = (el: HTMLElement) => {
    const e = ends.get(byId(el) ?? '');
    return [at(e?.source), at(e?.target)] as const;
  };
  const edgeEls = [...root.querySelectorAll<HTMLElement>(`${EDGE}[tabindex="0"]`)].sort((a, b) => {
    const [as, at2] = edgeKey(a);
    const [bs, bt] = edgeKey(b);
    return as - bs || at2 - bt;
  });
  return [...nodeEls.flatMap((el) => [el, ...el.querySelectorAll<HTMLElement>(INNER)]), ...edgeEls];
}

/**
 * Node ids in reading order: top-level nodes row by row, left to right, each group followed by
 * its children in the same order. Two nodes share a row when the lower one starts above the
 * middle of the first node of the row, so a slightly uneven row still reads left to right.
 *
 * @example readingOrder(nodes) // → ['ns:production', 'wl:production/…/frontend', …, 'outside']
 */
export function readingOrder(nodes: readonly AppNode[]): string[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | undefined, AppNode[]>();
  for (const n of nodes) {
    const parent = n.parentId !== undefined && ids.has(n.parentId) ? n.parentId : undefined;
    const list = children.get(parent);
    if (list) list.push(n);
    else children.set(parent, [n]);
  }
  const out: string[] = [];
  const visit = (parent: string | undefined) => {
    for (const n of rows(children.get(parent) ?? [])) {
      out.push(n.id);
      visit(n.id);
    }
  };
  visit(undefined);
  return out;
}

function rows(nodes: readonly AppNode[]): AppNode[] {
  const byTop = [...nodes].sort((a, b) => a.position.y - b.position.y);
  const out: AppNode[] = [];
  let row: AppNode[] = [];
  let middle = -Infinity;
  for (const n of byTop) {
    if (row.length > 0 && n.position.y >= middle) {
      out.push(...row.sort((a, b) => a.position.x - b.position.x));
      row = [];
    }
    if (row.length === 0) middle = n.position.y + (n.height ?? 0) / 2;
    row.push(n);
  }
  out.push(...row.sort((a, b) => a.position.x - b.position.x));
  return out;
}
