import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import helmOutput from '../../fixtures/parse/helm-output.yaml?raw';
import kubectlList from '../../fixtures/parse/kubectl-list.yaml?raw';
import { createParseCache, parseManifests, type InputFile } from './parse-manifests';

const options = { defaultNamespace: 'default' };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('parseManifests with a cache', () => {
  const dump: InputFile = { name: 'dump.yaml', text: kubectlList };
  const helm: InputFile = { name: 'helm.yaml', text: helmOutput };

  it('gives what a fresh parse gives, in file order', () => {
    const cache = createParseCache();
    parseManifests([dump, helm], options, cache);
    const again = parseManifests([helm, dump], options, cache);
    expect(again).toEqual(parseManifests([helm, dump], options));
  });

  it('reuses an unchanged file and re-reads a changed one', () => {
    const cache = createParseCache();
    const first = parseManifests([dump, helm], options, cache);
    const edited = { ...helm, text: `${helm.text}\n# a comment\n` };
    const second = parseManifests([dump, edited], options, cache);
    expect(first.objects.pods.length).toBeGreaterThan(0);
    expect(second.objects.pods[0]).toBe(first.objects.pods[0]);
    expect(cache.files.get('helm.yaml')?.text).toBe(edited.text);
  });

  it('forgets removed files and is keyed by the default namespace too', () => {
    const cache = createParseCache();
    parseManifests([dump, helm], options, cache);
    parseManifests([helm], options, cache);
    expect([...cache.files.keys()]).toEqual(['helm.yaml']);
    const other = parseManifests([helm], { defaultNamespace: 'elsewhere' }, cache);
    expect(other).toEqual(parseManifests([helm], { defaultNamespace: 'elsewhere' }));
  });

  it('hands out results the rest of the pipeline never changes', () => {
    const cache = createParseCache();
    analyze([dump, helm], {}, { parseCache: cache });
    for (const entry of cache.files.values()) deepFreeze(entry.result);
    // A write into a frozen object throws in a module (strict mode): nothing downstream writes.
    const kept = analyze([dump, helm], {}, { parseCache: cache });
    expect(kept.reachability.verdicts()).toEqual(analyze([dump, helm]).reachability.verdicts());
  });

  it('re-reads only the documents of a file that changed, in place', () => {
    const cache = createParseCache();
    const first = parseManifests([helm], options, cache);
    // Same length of line: every other document keeps its place.
    const edited = { ...helm, text: helm.text.replace('port: 80\n', 'port: 81\n') };
    expect(edited.text).not.toBe(helm.text);
    const second = parseManifests([edited], options, cache);
    expect(second).toEqual(parseManifests([edited], options));
    expect(second.objects.services[0]).not.toBe(first.objects.services[0]);
    expect(second.objects.workloads[0]).toBe(first.objects.workloads[0]);
  });

  it('reads a document again when a line added above it moved it', () => {
    const cache = createParseCache();
    const first = parseManifests([helm], options, cache);
    const moved = { ...helm, text: `# a comment\n${helm.text}` };
    const second = parseManifests([moved], options, cache);
    expect(second).toEqual(parseManifests([moved], options));
    expect(second.objects.workloads[0]).not.toBe(first.objects.workloads[0]);
    expect(second.objects.workloads[0]!.source.line).toBe(
      first.objects.workloads[0]!.source.line + 1,
    );
  });
});
