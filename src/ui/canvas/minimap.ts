import type { AppNode } from './types';

/** Minimap shapes take their colours from graph-canvas.css, per kind and emphasis. */
export function minimapNodeClass(node: AppNode): string {
  const kind = node.type === 'endpoint' ? node.data.kind : node.type;
  const collapsed = node.type === 'namespace' && node.data.collapsed ? ' is-collapsed' : '';
  return `rm-minimap-node rm-minimap-node--${kind}${node.data.dimmed ? ' is-dimmed' : ''}${collapsed}`;
}
