import type { SourceRange } from '../model/diagnostic';
import type { Labels, OwnerReference } from '../model/types';
import type { Path } from './field-path';
import type { ReadContext } from './read-context';
import {
  getField,
  isMap,
  readBoolean,
  readMapList,
  readString,
  requireString,
  type JsonMap,
} from './read-fields';
import { readStringMap } from './read-string-map';

/** What the dispatcher has already checked about an object before a kind's reader runs. */
export interface ObjectIdentity {
  apiVersion: string;
  kind: string;
  name: string;
  /** metadata.namespace, or the default namespace; undefined for cluster-scoped kinds. */
  namespace: string | undefined;
  source: SourceRange;
}

const METADATA: Path = ['metadata'];

/** The object's metadata map (the dispatcher has checked that it is one). */
export function metadataOf(object: JsonMap): JsonMap {
  const metadata = getField(object, 'metadata');
  return isMap(metadata) ? metadata : {};
}

export function readLabels(ctx: ReadContext, object: JsonMap): Labels {
  return readStringMap(ctx, metadataOf(object), 'labels', METADATA, true) ?? {};
}

export function readAnnotations(ctx: ReadContext, object: JsonMap): Labels {
  return readStringMap(ctx, metadataOf(object), 'annotations', METADATA, false) ?? {};
}

/** Reads metadata.ownerReferences; kind and name are required in each. */
export function readOwnerReferences(ctx: ReadContext, object: JsonMap): OwnerReference[] {
  const out: OwnerReference[] = [];
  readMapList(ctx, metadataOf(object), 'ownerReferences', METADATA).forEach((ref, i) => {
    const path = [...METADATA, 'ownerReferences', i];
    const kind = requireString(ctx, ref, 'kind', path);
    const name = requireString(ctx, ref, 'name', path);
    const uid = readString(ctx, ref, 'uid', path);
    const controller = readBoolean(ctx, ref, 'controller', path);
    if (kind === undefined || name === undefined) return;
    const owner: OwnerReference = { kind, name };
    if (uid !== undefined) owner.uid = uid;
    if (controller !== undefined) owner.controller = controller;
    out.push(owner);
  });
  return out;
}
