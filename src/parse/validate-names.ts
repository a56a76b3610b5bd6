/** Kubernetes name rules, as apimachinery's validation package states them. */

const QUALIFIED_NAME = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const PORT_NAME_CHARS = /^[a-z0-9-]+$/;

/**
 * Why a label key is invalid, or undefined when it is valid.
 *
 * @example labelKeyProblem('app.kubernetes.io/name') // undefined
 */
export function labelKeyProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (slash >= 0) {
    const prefix = key.slice(0, slash);
    if (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) {
      return 'the prefix before "/" must be a DNS subdomain (lowercase letters, digits, "-" and ".")';
    }
  }
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) {
    return 'the name must be 1-63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit';
  }
  return undefined;
}

/** Why a label value is invalid, or undefined when it is valid (the empty value is valid). */
export function labelValueProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 63 || !QUALIFIED_NAME.test(value)) {
    return 'a label value must be at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit';
  }
  return undefined;
}

/**
 * Why a port name is invalid (IANA_SVC_NAME: 1-15 lowercase letters, digits and single hyphens,
 * with at least one letter), or undefined when it is valid.
 *
 * @example portNameProblem('8080') // 'a port name must contain at least one letter'
 */
export function portNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 15) return 'a port name must be 1-15 characters long';
  if (!PORT_NAME_CHARS.test(name)) {
    return 'a port name may only contain lowercase letters, digits and "-"';
  }
  if (!/[a-z]/.test(name)) return 'a port name must contain at least one letter';
  if (name.startsWith('-') || name.endsWith('-') || name.includes('--')) {
    return 'a port name must not start or end with "-" or contain "--"';
  }
  return undefined;
}
