import { CORE_SCHEMA, Type } from 'js-yaml';

const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/**
 * An unquoted `yes`, `no`, `on`, `off`, `y` or `n`. Kubernetes' YAML decoder (go-yaml v2) reads
 * these as booleans, YAML 1.2 as strings. Keeping the word in a String subclass lets readers
 * follow Kubernetes: a boolean field takes it as a boolean, a string field (a label value) rejects
 * it, while a mapping key (js-yaml stringifies keys) keeps its text.
 */
export class Yaml11Boolean extends String {
  get value(): boolean {
    return YAML11_TRUE.has(this.valueOf());
  }
}

const yaml11Bool = new Type('tag:yaml.org,2002:yaml11bool', {
  kind: 'scalar',
  resolve: (data: unknown) =>
    typeof data === 'string' && (YAML11_TRUE.has(data) || YAML11_FALSE.has(data)),
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
