import { NAMESPACE_NAME_LABEL, type Namespace } from '../model/types';
import type { ReadContext } from './read-context';
import type { JsonMap } from './read-fields';
import { readLabels, type ObjectIdentity } from './read-metadata';

/** Reads a Namespace, adding the `kubernetes.io/metadata.name` label the API server sets. */
export function readNamespace(object: JsonMap, id: ObjectIdentity, ctx: ReadContext): Namespace {
  const labels = readLabels(ctx, object);
  return {
    name: id.name,
    labels: { ...labels, [NAMESPACE_NAME_LABEL]: id.name },
    declared: true,
    source: id.source,
  };
}
