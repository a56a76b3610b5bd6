import type { Labels } from '../model/types';
import type { EndpointRef, Intent } from './types';

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return parts.length === 0 ? '{}' : parts.join(',');
}

/**
 * One side of an intent as written, for messages: the id itself, or the selector in words.
 *
 * @example describeRef({ kind: 'selector', namespace: 'prod', labels: { app: 'web' } }) // '{namespace prod, labels app=web}'
 */
export function describeRef(ref: EndpointRef): string {
  if (ref.kind === 'id') return ref.id;
  const parts: string[] = [];
  if (ref.namespace !== undefined) parts.push(`namespace ${ref.namespace}`);
  if (ref.namespaceLabels) parts.push(`namespaces with ${labelText(ref.namespaceLabels)}`);
  if (ref.labels) parts.push(`labels ${labelText(ref.labels)}`);
  return `{${parts.join(', ')}}`;
}

/**
 * An intent in one line, as the CLI and the panel title it.
 *
 * @example describeIntent(i) // 'production/frontend → production/api-server on 8080/TCP: allow'
 */
export function describeIntent(intent: Intent): string {
  const head = `${describeRef(intent.from)} → ${describeRef(intent.to)} on ${intent.probe.port}/${intent.probe.protocol}: ${intent.expect}`;
  return intent.name ? `${intent.name} (${head})` : head;
}
