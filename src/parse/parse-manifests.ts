import type { Diagnostic } from '../model/diagnostic';
import { emptyManifestObjects, type ManifestObjects } from '../model/types';
import { createDocumentPositions } from './document-positions';
import { expandDocument } from './expand-lists';
import { formatPath } from './field-path';
import { loadDocument } from './load-document';
import { createObjectContext } from './object-context';
import { readListItems, type EntryReader } from './read-list-items';
import { readObject } from './read-object';
import { splitDocuments, type DocumentText } from './split-documents';

export interface InputFile {
  name: string;
  text: string;
}

export interface ParseOptions {
  /** Namespace for namespaced objects that name none. */
  defaultNamespace: string;
}

export interface ParseResult {
  objects: ManifestObjects;
  diagnostics: Diagnostic[];
}

/**
 * What each file parsed to, by file name, kept between calls: an edit of a small policy file next
 * to a 10 MB dump re-reads only the policy file. Results are shared: callers must not change them.
 */
export interface ParseCache {
  readonly files: Map<
    string,
    {
      text: string;
      defaultNamespace: string;
      result: ParseResult;
      /**
       * What each `---` document read to, by index. Typing in a file of 50 policies changes one
       * document: the others are not read again, and their objects stay the same objects (which
       * tells the evaluator, by identity, that those policies did not change).
       */
      documents: readonly KeptDocument[];
    }
  >;
}

interface KeptDocument {
  /** The document's place and text: a line added above it moves its lines and sources. */
  line: number;
  text: string;
  result: ParseResult;
}

export function createParseCache(): ParseCache {
  return { files: new Map() };
}

/**
 * Reads Kubernetes manifests — multi-document YAML, JSON, Lists, Helm output — from several files
 * into one ManifestObjects. Never throws: every problem is a Diagnostic with file, document, line
 * and column, and an object with an error is left out while the rest still load.
 *
 * @example parseManifests([{ name: 'a.yaml', text }], { defaultNamespace: 'default' })
 */
export function parseManifests(
  files: readonly InputFile[],
  options: ParseOptions,
  cache?: ParseCache,
): ParseResult {
  if (files.length === 1 && !cache) return parseFile(files[0]!, options);
  const objects = emptyManifestObjects();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const kept = cache?.files.get(file.name);
    let result: ParseResult;
    const sameOptions = kept?.defaultNamespace === options.defaultNamespace;
    if (kept && sameOptions && kept.text === file.text) {
      result = kept.result;
    } else {
      const documents: KeptDocument[] = [];
      result = parseFile(file, options, {
        before: sameOptions ? kept?.documents : undefined,
        after: cache ? documents : undefined,
      });
      cache?.files.set(file.name, {
        text: file.text,
        defaultNamespace: options.defaultNamespace,
        result,
        documents,
      });
    }
    appendObjects(objects, result.objects);
    for (const d of result.diagnostics) diagnostics.push(d);
  }
  if (cache) {
    const names = new Set(files.map((f) => f.name));
    for (const name of cache.files.keys()) if (!names.has(name)) cache.files.delete(name);
  }
  return { objects, diagnostics };
}

function appendObjects(into: ManifestObjects, from: ManifestObjects): void {
  for (const key of Object.keys(from) as (keyof ManifestObjects)[]) {
    const target = into[key] as unknown[];
    for (const item of from[key]) target.push(item);
  }
}

/**
 * `documents.before`: what the file's documents read to last time (same name and options); a
 * document with the same index, line and text is taken from there. `documents.after` receives
 * what each document reads to now.
 */
function parseFile(
  file: InputFile,
  options: ParseOptions,
  documents: {
    before?: readonly KeptDocument[] | undefined;
    after?: KeptDocument[] | undefined;
  } = {},
): ParseResult {
  const { before, after } = documents;
  if (!after) return readDocuments(file, splitDocuments(file.text), options);
  const objects = emptyManifestObjects();
  const diagnostics: Diagnostic[] = [];
  for (const doc of splitDocuments(file.text)) {
    const old = before?.[doc.index];
    const result =
      old && old.line === doc.line && old.text === doc.text
        ? old.result
        : readDocuments(file, [doc], options);
    after[doc.index] = { line: doc.line, text: doc.text, result };
    appendObjects(objects, result.objects);
    for (const d of result.diagnostics) diagnostics.push(d);
  }
  return { objects, diagnostics };
}

function readDocuments(
  file: InputFile,
  docs: Iterable<DocumentText>,
  options: ParseOptions,
): ParseResult {
  const objects = emptyManifestObjects();
  const diagnostics: Diagnostic[] = [];
  for (const doc of docs) {
    try {
      readDocument(file.name, doc, options, objects, diagnostics);
    } catch (error) {
      // A bug, not bad input; keep going with the other documents.
      const message = `internal error while reading this document: ${describeError(error)}`;
      diagnostics.push({
        file: file.name,
        doc: doc.index,
        line: doc.line + 1,
        col: 1,
        severity: 'error',
        message,
      });
    }
  }
  return { objects, diagnostics };
}

/**
 * Reads one document into `objects` and `diagnostics`: item by item when it is a List whose items
 * can be read on their own (readListItems), else loaded whole. Both ways give the same result;
 * `itemByItem: false` forces the whole load (tests compare the two).
 */
export function readDocument(
  file: string,
  doc: DocumentText,
  options: ParseOptions,
  objects: ManifestObjects,
  diagnostics: Diagnostic[],
  itemByItem = true,
): void {
  const readEntry: EntryReader = (entry, where) => {
    const ctx = createObjectContext(where, options.defaultNamespace, diagnostics);
    try {
      readObject(entry.object, where.source, ctx, objects, entry.defaults);
    } catch (error) {
      ctx.report('error', [], `internal error while reading this object: ${describeError(error)}`);
    }
  };
  if (itemByItem && readListItems(file, doc, { objects, diagnostics }, readEntry)) return;
  const loaded = loadDocument(doc.text);
  const positions = createDocumentPositions(file, doc, loaded.ok ? loaded.doc : undefined);
  for (const problem of loaded.problems) {
    diagnostics.push({
      ...positions.atOffset(problem.offset),
      severity: problem.severity,
      message: problem.message,
    });
  }
  if (!loaded.ok) return;
  const { entries, problems } = expandDocument(loaded.doc.value);
  for (const { path, message } of problems) {
    const text = path.length === 0 ? message : `${formatPath(path)}: ${message}`;
    diagnostics.push({ ...positions.at(path), severity: 'error', message: text });
  }
  for (const entry of entries) readEntry(entry, positions.forObject(entry.object, entry.path));
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
