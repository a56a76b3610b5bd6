import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore, type AppState } from '../../store/app-store';
import type { AppNode } from './types';

const centreOnSelector = (s: AppState) => s.centreOn;
const sizeSelector = (s: ReactFlowState) => ({ width: s.width, height: s.height });
const shallowSize = (a: { width: number; height: number }, b: { width: number; height: number }) =>
  a.width === b.width && a.height === b.height;

/** Zoomed further out than this, a node found by search is too small to read: zoom in to it. */
const READABLE_ZOOM = 0.9;

/**
 * Brings the node the store asks for (a search result) into the middle of the view. The request
 * comes from the store, not a prop, because the header's search box asks and the graph tab that
 * renders this canvas need not know. A node that is not drawn yet (its namespace is being
 * expanded) is centred when it appears.
 */
export function useCentreRequest(nodes: readonly AppNode[], overview = false): void {
  const request = useAppStore(centreOnSelector);
  const { fitView, getZoom, setCenter } = useReactFlow<AppNode>();
  const size = useStore(sizeSelector, shallowSize);
  const done = useRef(0);
  useEffect(() => {
    if (!request || request.nonce === done.current) return;
    const node = nodes.find((n) => n.id === request.id);
    if (!node) return;
    done.current = request.nonce;
    if (overview) {
      // The overview leaves children out of React Flow, so fitView cannot find them: centre on
      // the node's place in the layout instead, at the zoom fitView would have chosen.
      const parent = node.parentId ? nodes.find((n) => n.id === node.parentId) : undefined;
      const width = node.width ?? 0;
      const height = node.height ?? 0;
      const x = node.position.x + (parent?.position.x ?? 0) + width / 2;
      const y = node.position.y + (parent?.position.y ?? 0) + height / 2;
      const fits = Math.min(size.width / (width * 1.4), size.height / (height * 1.4));
      const zoom = Math.min(fits, Math.max(getZoom(), READABLE_ZOOM));
      void setCenter(x, y, { zoom, duration: 300 });
      return;
    }
    // fitView, not setCenter: React Flow queues it until the new nodes are measured, and one queued
    // fit replaces another, so this wins over the re-fit a big expansion triggers in the same render.
    // A small node is shown at a readable zoom (or closer, if the user was closer); a namespace that
    // does not fit at that zoom is shown whole.
    void fitView({
      nodes: [{ id: request.id }],
      maxZoom: Math.max(getZoom(), READABLE_ZOOM),
      padding: 0.2,
      duration: 300,
    });
  }, [request, nodes, overview, size, fitView, getZoom, setCenter]);
}
