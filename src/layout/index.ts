export { loadElk, warmUpElk } from './elk-layout';
export { chooseEngine, ELK_MAX_NODES, layoutGraph } from './layout-graph';
export type { Layout, LayoutEngine, LayoutOptions, Point, Size } from './types';
