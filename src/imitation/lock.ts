// LockService. Nothing runs concurrently here, so "another execution holds the lock" is a state
// tests set with LockRecorder.holdElsewhere(); waiting never sleeps.

import type { Context } from "./context";
import { countCalls } from "./counter";
import { MSG } from "./errors";

export type LockKind = "document" | "script" | "user";

/** A lock this execution let go of, and how many spreadsheet writes were not flushed then. */
export interface LockRelease {
  kind: LockKind;
  unflushedWrites: number;
}

export interface LockAttempt {
  kind: LockKind;
  method: "tryLock" | "waitLock";
  timeoutMs: number;
  acquired: boolean;
}

/** Lock state of the environment, and the hooks tests use. */
export class LockRecorder {
  /** Locks another execution holds: key → ms after which it lets go (null: not within any wait). */
  private readonly elsewhere = new Map<string, number | null>();
  /** Locks this execution holds. */
  private readonly mine = new Set<string>();
  readonly attempts: LockAttempt[] = [];
  readonly releases: LockRelease[] = [];

  constructor(private readonly keyOf: (kind: LockKind) => string) {}

  /** Makes the lock look held by another execution; with `releaseAfterMs`, a wait at least that long gets it. */
  holdElsewhere(kind: LockKind, options: { releaseAfterMs?: number } = {}): void {
    this.elsewhere.set(this.keyOf(kind), options.releaseAfterMs ?? null);
  }

  releaseElsewhere(kind: LockKind): void {
    this.elsewhere.delete(this.keyOf(kind));
  }

  /** Whether this execution holds the lock. */
  isHeld(kind: LockKind): boolean {
    return this.mine.has(this.keyOf(kind));
  }

  /** Locks this execution lost because a dialog suspended it (keys, in order). */
  readonly lostToDialogs: string[] = [];

  /** A dialog suspends the script: the locks it holds are released. */
  suspend(): void {
    for (const key of this.mine) this.lostToDialogs.push(key);
    this.mine.clear();
  }

  /** Ends the execution: Apps Script releases the locks a script still holds. */
  endExecution(): void {
    this.mine.clear();
  }

  acquire(key: string, kind: LockKind, method: LockAttempt["method"], timeoutMs: number): boolean {
    let acquired = true;
    if (!this.mine.has(key) && this.elsewhere.has(key)) {
      const after = this.elsewhere.get(key);
      if (after === null || after === undefined || after > timeoutMs) acquired = false;
      else this.elsewhere.delete(key);
    }
    if (acquired) this.mine.add(key);
    this.attempts.push({ kind, method, timeoutMs, acquired });
    return acquired;
  }

  release(key: string): void {
    this.mine.delete(key);
  }

  holds(key: string): boolean {
    return this.mine.has(key);
  }
}

export class LocalLock implements Pick<GoogleAppsScript.Lock.Lock, "hasLock" | "releaseLock" | "tryLock" | "waitLock"> {
  private acquired = false;

  constructor(
    private readonly ctx: Context,
    private readonly recorder: LockRecorder,
    private readonly kind: LockKind,
    private readonly key: string,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.acquired = this.recorder.acquire(this.key, this.kind, "tryLock", Number(timeoutInMillis));
    return this.acquired;
  }

  waitLock(timeoutInMillis: number): void {
    this.acquired = this.recorder.acquire(this.key, this.kind, "waitLock", Number(timeoutInMillis));
    if (!this.acquired) throw this.ctx.error(MSG.lockTimeout);
  }

  hasLock(): boolean {
    return this.acquired && this.recorder.holds(this.key);
  }

  releaseLock(): void {
    if (this.acquired && this.recorder.holds(this.key))
      this.recorder.releases.push({ kind: this.kind, unflushedWrites: this.ctx.unflushedWrites });
    if (this.acquired) this.recorder.release(this.key);
    this.acquired = false;
  }
}

export class LocalLockService
  implements Pick<GoogleAppsScript.Lock.LockService, "getDocumentLock" | "getScriptLock" | "getUserLock">
{
  constructor(
    private readonly ctx: Context,
    private readonly recorder: LockRecorder,
    private readonly keyOf: (kind: LockKind) => string | null,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  private _lock(kind: LockKind): GoogleAppsScript.Lock.Lock {
    const key = this.keyOf(kind);
    return (key === null
      ? null
      : new LocalLock(this.ctx, this.recorder, kind, key)) as unknown as GoogleAppsScript.Lock.Lock;
  }

  /** null when the script is not bound to a document (like the real service). */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this._lock("document");
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this._lock("script");
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this._lock("user");
  }
}

countCalls(LocalLock, "Lock");
countCalls(LocalLockService, "LockService");
