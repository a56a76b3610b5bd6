import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { EndpointNode } from './endpoint-node';
import { FlowEdge } from './flow-edge';
import { IpBlockNode } from './ipblock-node';
import { NamespaceNode } from './namespace-node';
import { OutsideNode } from './outside-node';
import { ServiceNode } from './service-node';

// Module scope: new objects on every render would make React Flow remount every node and edge.
export const nodeTypes = {
  namespace: NamespaceNode,
  endpoint: EndpointNode,
  service: ServiceNode,
  outside: OutsideNode,
  ipblock: IpBlockNode,
} satisfies NodeTypes;

/** One component draws every kind; the kind (the edge's `type`) picks its line style. */
export const edgeTypes = {
  allowed: FlowEdge,
  denied: FlowEdge,
  'service-backend': FlowEdge,
  exposure: FlowEdge,
  opened: FlowEdge,
  closed: FlowEdge,
} satisfies EdgeTypes;
