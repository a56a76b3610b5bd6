/** One YAML document of a file, as a slice of the file's text. */
export interface DocumentText {
  /** 0-based index within the file, counting every `---` document (empty ones too). */
  index: number;
  /** The document, from its `---` line (included) to the next separator. */
  text: string;
  /** 0-based line of the file where `text` starts. */
  line: number;
}

const BOM = 0xfeff;
const LINE_BREAKS = '\n\r\u2028\u2029';

/**
 * Whether a `---` or `...` at `at` is a document marker: at the start of a line, then whitespace,
 * a comment or the end of the line. A `---` line inside a block scalar would be mistaken for a
 * separator; kubectl and Helm never write one at column 0, so that is accepted.
 */
function isMarkerAt(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 3];
  return (
    (before === undefined || LINE_BREAKS.includes(before)) &&
    (after === undefined ||
      after === ' ' ||
      after === '\t' ||
      after === '#' ||
      LINE_BREAKS.includes(after))
  );
}

/**
 * Yields the offsets of the markers in order. indexOf, not a multiline regex that visits every
 * line; each of the two searches resumes where it stopped, so the text is scanned once.
 */
function* markers(text: string): Generator<number> {
  let dashes = text.indexOf('---');
  let dots = text.indexOf('...');
  while (dashes >= 0 || dots >= 0) {
    const at = dots < 0 || (dashes >= 0 && dashes < dots) ? dashes : dots;
    if (at === dashes) dashes = text.indexOf('---', at + 1);
    else dots = text.indexOf('...', at + 1);
    if (!isMarkerAt(text, at)) continue;
    yield at;
    // The regex this replaces resumed after the marker's three characters.
    if (dashes >= 0 && dashes < at + 3) dashes = text.indexOf('---', at + 3);
    if (dots >= 0 && dots < at + 3) dots = text.indexOf('...', at + 3);
  }
}

const CONTENT_LINE = /^[ \t]*[^ \t\r\n#%]/m;

/** Removes a leading UTF-8 byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Splits a file into YAML documents by scanning for `---` and `...` lines, keeping each
 * document's first line so positions inside it map back to the file. Text before the first
 * `---`, or after a `...`, is a document only when it holds more than comments, as in YAML.
 *
 * @example splitDocuments('a: 1\n---\nb: 2\n').map((d) => d.line) // [0, 1]
 */
export function splitDocuments(fileText: string): DocumentText[] {
  const text = stripBom(fileText);
  const docs: DocumentText[] = [];
  let start = 0;
  let line = 0;
  let explicit = false;
  const close = (end: number): void => {
    const body = text.slice(start, end);
    if (explicit || CONTENT_LINE.test(body)) docs.push({ index: docs.length, text: body, line });
  };
  for (const at of markers(text)) {
    close(at);
    line += countLines(text, start, at);
    if (text[at] === '-') {
      [start, explicit] = [at, true];
    } else {
      // After `...` the next document starts on the following line.
      const next = text.indexOf('\n', at);
      const end = next < 0 ? text.length : next + 1;
      line += countLines(text, at, end);
      [start, explicit] = [end, false];
    }
  }
  close(text.length);
  return docs;
}
