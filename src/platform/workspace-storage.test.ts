import { describe, expect, it } from 'vitest';
import { encodeWorkspaceLink } from '../share/link-codec';
import { sampleWorkspace } from '../share/test-workspaces';
import type { Workspace } from '../share/workspace';
import { createWorkspaceStorage, MAX_NAME_CHARS } from './workspace-storage';

/** localStorage's behaviour, with a quota in characters like the browsers' (~5 M). */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

/** Storage that the browser refuses to use at all (site data blocked, some private modes). */
class BlockedStorage extends FakeStorage {
  override setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

const at = (iso: string) => () => new Date(iso);
const workspace = sampleWorkspace();
const withFile = (name: string, text: string): Workspace => ({
  ...workspace,
  files: [{ name, text }],
  activeFile: name,
});
const other: Workspace = { ...withFile('x.yaml', 'x'), tab: 'exposure' };

describe('the remember toggle', () => {
  it('is off by default and stores nothing until it is turned on', () => {
    const fake = new FakeStorage();
    const storage = createWorkspaceStorage(fake);
    expect(storage.isRemembering()).toBe(false);
    expect(storage.hasStoredData()).toBe(false);
    expect(storage.loadCurrent()).toEqual({ ok: true, value: undefined });
    expect(fake.items.size).toBe(0);
  });

  it('keeps the workspace across "reloads" while on, and forgets it when turned off', () => {
    const fake = new FakeStorage();
    const before = createWorkspaceStorage(fake, at('2025-03-01T10:00:00.000Z'));
    expect(before.setRemembering(true).ok).toBe(true);
    expect(before.saveCurrent(workspace)).toMatchObject({
      ok: true,
      value: { savedAt: '2025-03-01T10:00:00.000Z' },
    });
    expect([...fake.items.keys()].sort()).toEqual(['reachmap:current', 'reachmap:remember']);

    const after = createWorkspaceStorage(fake);
    expect(after.isRemembering()).toBe(true);
    expect(after.loadCurrent()).toEqual({
      ok: true,
      value: { workspace, savedAt: '2025-03-01T10:00:00.000Z' },
    });

    expect(after.setRemembering(false).ok).toBe(true);
    expect(fake.items.size).toBe(0);
    expect(after.loadCurrent()).toEqual({ ok: true, value: undefined });
  });

  it('stores the workspace as its share link, compressed', () => {
    const fake = new FakeStorage();
    const storage = createWorkspaceStorage(fake, at('2025-03-01T10:00:00.000Z'));
    storage.setRemembering(true);
    storage.saveCurrent(workspace);
    expect(JSON.parse(fake.getItem('reachmap:current')!)).toEqual({
      savedAt: '2025-03-01T10:00:00.000Z',
      link: encodeWorkspaceLink(workspace),
    });
  });

  it('says so when the remembered workspace is damaged, and does not throw', () => {
    const fake = new FakeStorage();
    fake.setItem('reachmap:remember', 'on');
    for (const [raw, reason] of [
      ['{"savedAt":', 'it is not JSON'],
      ['{"savedAt":"2025-03-01T10:00:00.000Z"}', 'it has no saved workspace in it'],
      ['{"savedAt":"2025-03-01T10:00:00.000Z","link":"v1.AAAA"}', 'the compressed data ends early'],
    ]) {
      fake.setItem('reachmap:current', raw!);
      expect(createWorkspaceStorage(fake).loadCurrent()).toEqual({
        ok: false,
        problem: {
          kind: 'damaged',
          message: `The remembered workspace could not be read (${reason}).`,
        },
      });
    }
  });
});

describe('named workspaces', () => {
  it('are saved, listed newest first, opened and deleted', () => {
    const fake = new FakeStorage();
    let now = '2025-03-01T10:00:00.000Z';
    const storage = createWorkspaceStorage(fake, () => new Date(now));
    expect(storage.saveNamed('  before the change  ', workspace)).toEqual({
      ok: true,
      value: { replaced: false },
    });
    now = '2025-03-02T09:00:00.000Z';
    expect(storage.saveNamed('other', other).ok).toBe(true);

    const list = storage.listNamed();
    expect(list.map((w) => [w.name, w.savedAt])).toEqual([
      ['other', '2025-03-02T09:00:00.000Z'],
      ['before the change', '2025-03-01T10:00:00.000Z'],
    ]);
    expect(list[0]!.chars).toBe(fake.getItem('reachmap:workspace:other')!.length);
    expect(storage.openNamed('before the change')).toEqual({ ok: true, value: workspace });

    expect(storage.saveNamed('other', workspace)).toEqual({ ok: true, value: { replaced: true } });
    expect(storage.openNamed('other')).toEqual({ ok: true, value: workspace });

    expect(storage.deleteNamed('other').ok).toBe(true);
    expect(storage.listNamed().map((w) => w.name)).toEqual(['before the change']);
    expect(storage.openNamed('other')).toEqual({
      ok: false,
      problem: { kind: 'missing', message: 'There is no saved workspace named “other”.' },
    });
  });

  it('are kept whether or not the current workspace is remembered', () => {
    const fake = new FakeStorage();
    const storage = createWorkspaceStorage(fake);
    storage.saveNamed('kept', workspace);
    storage.setRemembering(true);
    storage.setRemembering(false);
    expect(storage.listNamed().map((w) => w.name)).toEqual(['kept']);
    expect(storage.hasStoredData()).toBe(true);
  });

  it('need a name of reasonable length', () => {
    const storage = createWorkspaceStorage(new FakeStorage());
    expect(storage.saveNamed('   ', workspace)).toEqual({
      ok: false,
      problem: { kind: 'bad-name', message: 'Give the workspace a name.' },
    });
    expect(storage.saveNamed('x'.repeat(MAX_NAME_CHARS + 1), workspace)).toMatchObject({
      ok: false,
      problem: { kind: 'bad-name' },
    });
  });

  it('are listed even when damaged, so they can be deleted', () => {
    const fake = new FakeStorage();
    fake.setItem('reachmap:workspace:broken', 'garbage');
    const storage = createWorkspaceStorage(fake);
    expect(storage.listNamed()).toEqual([{ name: 'broken', savedAt: '', chars: 7 }]);
    expect(storage.openNamed('broken')).toEqual({
      ok: false,
      problem: {
        kind: 'damaged',
        message: 'The saved workspace “broken” could not be read (it is not JSON).',
      },
    });
    expect(storage.deleteNamed('broken').ok).toBe(true);
    expect(storage.hasStoredData()).toBe(false);
  });
});

describe('clear', () => {
  it("removes everything of reachmap's and nothing else", () => {
    const fake = new FakeStorage();
    fake.setItem('another-app', 'theirs');
    const storage = createWorkspaceStorage(fake);
    storage.setRemembering(true);
    storage.saveCurrent(workspace);
    storage.saveNamed('a', workspace);
    storage.saveNamed('b', other);
    expect(storage.clear().ok).toBe(true);
    expect([...fake.items.keys()]).toEqual(['another-app']);
    expect(storage.isRemembering()).toBe(false);
    expect(storage.hasStoredData()).toBe(false);
  });
});

describe('a full or blocked storage', () => {
  it('gives a message instead of an exception, and keeps what was there', () => {
    const fake = new FakeStorage(2_000);
    const storage = createWorkspaceStorage(fake);
    expect(storage.setRemembering(true).ok).toBe(true);
    const small = withFile('a.yaml', 'a: 1\n');
    expect(storage.saveCurrent(small).ok).toBe(true);
    // Random text does not compress: far more than the 2,000 characters allowed.
    const big = withFile(
      'big.yaml',
      Array.from({ length: 3000 }, (_, i) => (i * 7919) % 997).join(','),
    );
    const saved = storage.saveCurrent(big);
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.problem.kind).toBe('quota');
    expect(saved.problem.message).toMatch(
      /^The browser's storage for this page is full: the workspace \([\d.]+ KB compressed\) did not fit, so it was not saved\. Delete saved workspaces you no longer need, or download the workspace instead\.$/,
    );
    expect(storage.loadCurrent()).toMatchObject({ ok: true, value: { workspace: small } });
    expect(storage.saveNamed('big', big)).toMatchObject({ ok: false, problem: { kind: 'quota' } });
    expect(storage.listNamed()).toEqual([]);
  });

  it('recognises the quota error by its older names too', () => {
    for (const error of [
      Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
      Object.assign(new Error('full'), { code: 22 }),
    ]) {
      const fake = new FakeStorage();
      fake.setItem = () => {
        throw error;
      };
      expect(createWorkspaceStorage(fake).saveNamed('a', workspace)).toMatchObject({
        ok: false,
        problem: { kind: 'quota' },
      });
    }
  });

  it('reports a browser that stores nothing, and one without storage at all', () => {
    for (const storage of [
      createWorkspaceStorage(new BlockedStorage()),
      createWorkspaceStorage(undefined),
    ]) {
      const set = storage.setRemembering(true);
      expect(set).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
      expect(storage.isRemembering()).toBe(false);
      expect(storage.saveNamed('a', workspace).ok).toBe(false);
      expect(storage.listNamed()).toEqual([]);
      expect(storage.loadCurrent()).toEqual({ ok: true, value: undefined });
    }
  });

  it('survives a storage whose every call throws', () => {
    const hostile = new Proxy(new FakeStorage(), {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const storage = createWorkspaceStorage(hostile);
    expect(storage.isRemembering()).toBe(false);
    expect(storage.listNamed()).toEqual([]);
    expect(storage.hasStoredData()).toBe(false);
    expect(storage.clear()).toEqual({ ok: true, value: undefined });
    expect(storage.deleteNamed('a').ok).toBe(false);
  });
});
