// The core compiles without the DOM or Node libs, yet both hosts (Worker, page, Node) have a
// monotonic clock; this is the one ambient global the core may use.
declare const performance: { now(): number };
