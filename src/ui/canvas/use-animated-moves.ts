import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  framePositions,
  MAX_ANIMATED_NODES,
  movesBetween,
  MOVE_MS,
  type Move,
} from './animated-moves';
import type { Point } from './drag-positions';
import type { AppNode } from './types';

interface Shown {
  position: Point;
  parentId: string | undefined;
}

const reducedMotion = () =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Glides nodes from where they were drawn to where a new layout puts them, so after an edit the
 * eye can follow what moved (most nodes keep their place: layout is stable). Only a new `layout`
 * starts a glide; drags change positions without one. Large graphs and users who ask for reduced
 * motion get the new positions at once.
 */
export function useAnimatedMoves(nodes: AppNode[], layout: unknown): AppNode[] {
  const shown = useRef(new Map<string, Shown>());
  const lastLayout = useRef(layout);
  const [glide, setGlide] = useState<{ moves: Map<string, Move>; t: number; of: AppNode[] }>();

  useLayoutEffect(() => {
    if (lastLayout.current === layout) return;
    lastLayout.current = layout;
    if (nodes.length > MAX_ANIMATED_NODES || reducedMotion()) return;
    const moves = movesBetween(shown.current, nodes);
    if (moves.size === 0) return;
    setGlide({ moves, t: 0, of: nodes });
  }, [nodes, layout]);

  const running = glide !== undefined && glide.of === nodes;
  useEffect(() => {
    if (!running) return;
    const start = performance.now();
    let raf = requestAnimationFrame(function step(now) {
      const t = (now - start) / MOVE_MS;
      setGlide((g) => (g ? (t >= 1 ? undefined : { ...g, t }) : g));
      if (t < 1) raf = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(raf);
  }, [running]);

  const drawn = running ? framePositions(nodes, glide.moves, glide.t) : nodes;
  useEffect(() => {
    shown.current = new Map(
      drawn.map((n) => [n.id, { position: n.position, parentId: n.parentId }]),
    );
  });
  return drawn;
}
