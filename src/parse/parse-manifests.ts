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
  readonly files: Map<string, { text: string; defaultNamespace: string; result: ParseResult }>;
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
    if (kept && kept.text === file.text && kept.defaultNamespace === options.defaultNamespace) {
      result = kept.result;
    } else {
      result = parseFile(file, options);
      cache?.files.set(file.name, {
        text: file.text,
        defaultNamespace: options.defaultNamespace,
        result,
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

function parseFile(file: InputFile, options: ParseOptions): ParseResult {
  const objects = emptyManifestObjects();
  const diagnostics: Diagnostic[] = [];
  for (const doc of splitDocuments(file.text)) {
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
