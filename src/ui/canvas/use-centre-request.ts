import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore, type AppState } from '../../store/app-store';
import type { AppNode } from './types';

const centreOnSelector = (s: AppState) => s.centreOn;

/** Zoomed further out than this, a node found by search is too small to read: zoom in to it. */
const READABLE_ZOOM = 0.9;

/**
 * Brings the node the store asks for (a search result) into the middle of the view. The request
 * comes from the store, not a prop, because the header's search box asks and the graph tab that
 * renders this canvas need not know. A node that is not drawn yet (its namespace is being
 * expanded) is centred when it appears.
 */
export function useCentreRequest(nodes: readonly AppNode[]): void {
  const request = useAppStore(centreOnSelector);
  const { fitView, getZoom } = useReactFlow<AppNode>();
  const done = useRef(0);
  useEffect(() => {
    if (!request || request.nonce === done.current) return;
    if (!nodes.some((n) => n.id === request.id)) return;
    done.current = request.nonce;
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
  }, [request, nodes, fitView, getZoom]);
}
