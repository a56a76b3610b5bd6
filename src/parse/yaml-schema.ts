import { CORE_SCHEMA, Type } from 'js-yaml';

const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/**
 * An unquoted `yes`, `no`, `on`, `off`, `y` or `n`. Kubernetes' YAML decoder (go-yaml v2) reads
 * these as booleans, YAML 1.2 as strings. Keeping the word in its own object lets readers follow
 * Kubernetes: a boolean field takes it as a boolean, a string field (a label value) rejects it,
 * while a mapping key keeps its text (js-yaml stringifies keys; the toStringTag lets it call
 * toString rather than write `[object Object]`).
 *
 * Not a `String` subclass: merely declaring one makes every js-yaml load in the process ~1.7×
 * slower (V8 drops a String.prototype fast path).
 */
export class Yaml11Boolean {
  constructor(readonly text: string) {}

  get value(): boolean {
    return YAML11_TRUE.has(this.text);
  }

  get [Symbol.toStringTag](): string {
    return 'Yaml11Boolean';
  }

  toString(): string {
    return this.text;
  }
}

const yaml11Bool = new Type('tag:yaml.org,2002:yaml11bool', {
  kind: 'scalar',
  // Called for every plain scalar: the length test spares hashing names and label values.
  resolve: (data: unknown) =>
    typeof data === 'string' &&
    data.length <= 3 &&
    (YAML11_TRUE.has(data) || YAML11_FALSE.has(data)),
  construct: (data: string) => new Yaml11Boolean(data),
});

// The loader recognises merge keys by this tag; js-yaml's own merge type is not in its typings.
const mergeKey = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: unknown) => data === '<<' || data === null,
});

/**
 * The schema manifests are read with: YAML 1.2 core (null, bool, int, float, str), merge keys,
 * and YAML 1.1 boolean words as Yaml11Boolean. No timestamps: `2024-01-01` stays a string.
 */
export const MANIFEST_SCHEMA = CORE_SCHEMA.extend({ implicit: [yaml11Bool, mergeKey] });
