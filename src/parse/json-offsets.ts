/**
 * Offsets inside JSON text that already parsed: where a member's or an element's value starts.
 * Places paths inside a JSON List item by scanning only the item's text, without a second parse.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
/** What a container scan stops at: a string's quote, then the brackets that open or close. */
const STRUCTURE = ['"', '{', '}', '[', ']'];
/** Characters that end a number, `true`, `false` or `null`: `,`, `}`, `]` and whitespace. */
const ENDS_SCALAR: boolean[] = [];
for (const ch of ',}] \t\r\n') ENDS_SCALAR[ch.charCodeAt(0)] = true;

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the string whose opening quote is at `at`, or -1. */
function skipString(text: string, at: number): number {
  for (let i = text.indexOf('"', at + 1); i >= 0; i = text.indexOf('"', i + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i + 1;
  }
  return -1;
}

/** Offset just after the value starting at `at`, or -1. */
function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return skipString(text, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = at;
    for (let ch = first; i < text.length && !ENDS_SCALAR[ch];) ch = text.charCodeAt(++i);
    return i;
  }
  // Jump from one quote or bracket to the next with indexOf (five cursors, each searched again
  // only once passed) rather than reading every character: pretty JSON is mostly indentation.
  const next = [-2, -2, -2, -2, -2];
  let depth = 0;
  for (let i = at; ;) {
    let [found, which] = [-1, -1];
    for (let c = 0; c < STRUCTURE.length; c++) {
      let position = next[c] ?? -1;
      if (position !== -1 && position < i) {
        position = text.indexOf(STRUCTURE[c] ?? '', i);
        next[c] = position;
      }
      if (position >= 0 && (found < 0 || position < found)) [found, which] = [position, c];
    }
    if (found < 0) return -1;
    if (which === 0) {
      i = skipString(text, found);
      if (i < 0) return -1;
      continue;
    }
    i = found + 1;
    if (which === 1 || which === 3) depth++;
    else if (--depth === 0) return i;
  }
}

/** The string from `start` (its quote) to `end` (after its closing quote), unescaped. */
function keyText(text: string, start: number, end: number): string | undefined {
  for (let i = start + 1; i < end - 1; i++) {
    if (text.charCodeAt(i) !== BACKSLASH) continue;
    try {
      const key: unknown = JSON.parse(text.slice(start, end));
      return typeof key === 'string' ? key : undefined;
    } catch {
      return undefined;
    }
  }
  return text.slice(start + 1, end - 1);
}

/** Where each child of a JSON container starts: by key (the last of duplicates) or by index. */
export type JsonChildren = Map<string, number> | number[];

/**
 * Where the children of the container starting at `at` begin: each member's value (the last
 * member of a name, which JSON.parse keeps) or each element. Undefined if the text is not the
 * JSON it should be.
 *
 * @example findJsonChildren('{"a": [1, {"b": 2}]}', 6) // [7, 10]
 */
export function findJsonChildren(text: string, at: number): JsonChildren | undefined {
  const open = text[at];
  if (open !== '{' && open !== '[') return undefined;
  const close = open === '{' ? '}' : ']';
  const members = new Map<string, number>();
  const elements: number[] = [];
  let i = skipSpace(text, at + 1);
  if (text[i] === close) return open === '{' ? members : elements;
  for (;;) {
    let value = i;
    if (open === '{') {
      if (text.charCodeAt(i) !== QUOTE) return undefined;
      const keyEnd = skipString(text, i);
      if (keyEnd < 0) return undefined;
      const colon = skipSpace(text, keyEnd);
      if (text[colon] !== ':') return undefined;
      value = skipSpace(text, colon + 1);
      const key = keyText(text, i, keyEnd);
      if (key === undefined) return undefined;
      members.set(key, value);
    } else {
      elements.push(value);
    }
    const end = skipValue(text, value);
    if (end < 0) return undefined;
    i = skipSpace(text, end);
    if (text[i] === close) return open === '{' ? members : elements;
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
}
