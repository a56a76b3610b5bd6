import { Yaml11Boolean } from './yaml-schema';

/** A location inside a parsed document: map keys and list indices from some root. */
export type Path = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Formats a path the way Kubernetes error messages do, quoting keys that are not identifiers.
 *
 * @example formatPath(['metadata', 'labels', 'app.kubernetes.io/name']) // 'metadata.labels["app.kubernetes.io/name"]'
 */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${quote(segment)}]`;
  }
  return out;
}

const MAX_QUOTED = 60;

/** JSON-quotes a string for a message, shortened so a 1 MB value cannot flood the output. */
export function quote(text: string): string {
  if (text.length <= MAX_QUOTED) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, MAX_QUOTED))}… (${text.length} characters)`;
}

/** Names a value's type for messages: `a number (2)`, `a list`, `a map`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Yaml11Boolean) {
    return `a boolean (unquoted ${value.text}, a boolean to Kubernetes' YAML 1.1 decoder)`;
  }
  switch (typeof value) {
    case 'string':
      return `a string (${quote(value)})`;
    case 'number':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`;
    case 'object':
      return 'a map';
    default:
      return typeof value;
  }
}
