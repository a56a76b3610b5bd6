import { applyPlainPatch, diffPlain, type PlainPatch } from './plain-patch';

/*
 * One value the worker sends again and again (the snapshot, the drawn graph), as patches of the
 * last one sent. Both ends must see every patch in order: the worker commits a patch once it is
 * posted, the page applies every reply it receives (also one nobody waits for any more).
 */

/** The worker's end. */
export class PatchSender<T> {
  private sent: T | undefined;

  diff(next: T): PlainPatch {
    return diffPlain(next, this.sent);
  }

  /** `next` is on its way: the page holds it from then on. */
  commit(next: T): void {
    this.sent = next;
  }
}

/** The page's end. */
export class PatchReceiver<T> {
  private held: T | undefined;
  private holds = false;

  apply(patch: PlainPatch): T {
    if (!this.holds && (patch === 0 || patch[0] !== 1))
      throw new Error('a patch came before the value it patches');
    this.held = applyPlainPatch(patch, this.held) as T;
    this.holds = true;
    return this.held;
  }

  /** After the worker died: the next value comes whole. */
  forget(): void {
    this.held = undefined;
    this.holds = false;
  }
}
