import type { InputFile } from '../parse/parse-manifests';

/**
 * A file of an analyze request as it crosses to the worker: its text, or only its name when the
 * text is the one sent last time. A one-line edit next to a 4 MB dump would otherwise copy the
 * whole dump through structured clone twice (out of the page, into the worker) on every keystroke.
 */
export type SentFile = InputFile | { name: string; unchanged: true };

/**
 * The page's side: remembers the text it last sent per file name, and replaces a text the worker
 * already holds by its name. A file left out of a request is forgotten on both sides.
 */
export class SentTexts {
  private sent = new Map<string, string>();

  encode(files: readonly SentFile[]): SentFile[] {
    const next = new Map<string, string>();
    const out = files.map((f): SentFile => {
      if (!('text' in f)) throw new Error(`no text for ${f.name}: callers send whole files`);
      next.set(f.name, f.text);
      // Strings the store did not touch are the same object: this is a pointer comparison.
      return this.sent.get(f.name) === f.text ? { name: f.name, unchanged: true } : f;
    });
    this.sent = next;
    return out;
  }

  /** After the worker died: whoever answers next holds no text yet. */
  forget(): void {
    this.sent.clear();
  }
}

/** The worker's side: the text of every file of the last analyze request, by name. */
export class KeptTexts {
  private kept = new Map<string, string>();

  resolve(files: readonly SentFile[]): InputFile[] {
    const next = new Map<string, string>();
    const out = files.map((f): InputFile => {
      const text = 'text' in f ? f.text : this.kept.get(f.name);
      if (text === undefined) throw new Error(`the worker holds no text for ${f.name}`);
      next.set(f.name, text);
      return 'text' in f ? f : { name: f.name, text };
    });
    this.kept = next;
    return out;
  }
}
