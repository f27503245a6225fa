/**
 * The operations the fake serves. Records sit in a map by name and, per parent, in an array ordered by
 * insertion, so an unfiltered page is a binary search plus `pageSize` steps whatever the store's size.
 * Deletes leave tombstones that are compacted once they outnumber the live records.
 */
import type { Clock } from "./clock.js";
import { statusError } from "./errors.js";
import { Code } from "../status.js";
import { DETAIL_KINDS, toInput, toRecord } from "./operation-input.js";
import { isDone, toOperation, updateMsAt, type OperationRecord } from "./operation-view.js";
import type { Operation, OperationInput } from "./types.js";

interface ParentIndex {
  records: OperationRecord[];
  tombstones: number;
  /** Changed by every create, cancel and delete in the parent, so cached pages can tell they are stale. */
  version: number;
}

/** One page read from the index. */
export interface IndexPage {
  records: OperationRecord[];
  /** True when a matching record follows the last one returned. */
  more: boolean;
}

/** The outcome of a cancel. */
export type CancelOutcome = "cancelled" | "already-done" | "not-found";

export class OperationStore {
  private readonly byName = new Map<string, OperationRecord>();
  private readonly byParent = new Map<string, ParentIndex>();
  private readonly listeners = new Map<string, Set<() => void>>();
  /** Told of every change to what the store holds (for `--state` saves). */
  private readonly changeListeners = new Set<() => void>();
  private nextSeq = 1;
  /** Source of parent versions: never reused, so a page cached before a reset can never match after it. */
  private versions = 0;
  /** Detail members an operation may carry: AutoML's, and those of the served spec's starters. */
  private readonly detailKinds = new Set<string>(DETAIL_KINDS);
  /** Counts of state changes, for tests and benchmarks that check nothing happens twice. */
  readonly stats = { created: 0, cancelled: 0, deleted: 0 };

  constructor(readonly clock: Clock) {}

  get size(): number {
    return this.byName.size;
  }

  /** Adds an operation; INVALID_ARGUMENT for a bad input, ALREADY_EXISTS for a taken name. */
  create(input: OperationInput): Operation {
    return this.createAll([input])[0]!;
  }

  /**
   * Adds operations, all or none: every input is checked (and every name found free) before the first
   * is stored, so a refused batch leaves the store as it was.
   */
  createAll(inputs: readonly OperationInput[]): Operation[] {
    const now = this.clock.now();
    const records = this.checked(inputs, now, (name) => this.byName.has(name));
    for (const rec of records) this.insert(rec);
    if (records.length > 0) this.changed();
    return records.map((rec) => toOperation(rec, now));
  }

  /**
   * Replaces every operation with `inputs` (checked first, all or none). Waiters re-check at once: an
   * operation that is gone answers NOT_FOUND, one that is back continues from its new state.
   */
  reset(inputs: readonly OperationInput[]): void {
    const records = this.checked(inputs, this.clock.now(), () => false);
    const waited = [...this.listeners.keys()];
    this.byName.clear();
    this.byParent.clear();
    for (const key of Object.keys(this.stats) as Array<keyof typeof this.stats>) this.stats[key] = 0;
    for (const rec of records) this.insert(rec);
    for (const name of waited) this.notify(name);
    this.changed();
  }

  /** Every live operation as an input that makes it again, in insertion order (for state files). */
  snapshot(): OperationInput[] {
    return [...this.byName.values()].sort((a, b) => a.seq - b.seq).map(toInput);
  }

  private checked(inputs: readonly OperationInput[], now: number, taken: (name: string) => boolean): OperationRecord[] {
    const seen = new Set<string>();
    return inputs.map((input, i) => {
      const rec = toRecord(input, this.nextSeq + i, now, this.detailKinds);
      if (taken(rec.name) || seen.has(rec.name)) throw statusError(Code.ALREADY_EXISTS, `Operation ${rec.name} already exists.`);
      seen.add(rec.name);
      return rec;
    });
  }

  private insert(rec: OperationRecord): void {
    this.nextSeq = Math.max(this.nextSeq, rec.seq + 1);
    this.byName.set(rec.name, rec);
    let index = this.byParent.get(rec.parent);
    if (!index) this.byParent.set(rec.parent, (index = { records: [], tombstones: 0, version: 0 }));
    index.records.push(rec);
    index.version = ++this.versions;
    this.stats.created += 1;
  }

  /** Accepts operations of these detail members too (the served spec's starters declare them). */
  acceptDetailKinds(kinds: Iterable<string>): void {
    for (const kind of kinds) this.detailKinds.add(kind);
  }

  /** The record of a live operation. */
  record(name: string): OperationRecord | undefined {
    return this.byName.get(name);
  }

  /** The operation as the API shows it now, or undefined. */
  get(name: string): Operation | undefined {
    const rec = this.byName.get(name);
    return rec && toOperation(rec, this.clock.now());
  }

  /**
   * Cancels a running operation: it becomes done with CANCELLED and a new updateTime (AIP-151).
   * A finished one is left as it is. Synchronous, so concurrent cancels cannot both take effect.
   */
  cancel(name: string): CancelOutcome {
    const rec = this.byName.get(name);
    if (!rec) return "not-found";
    const now = this.clock.now();
    if (isDone(rec, now)) return "already-done";
    // Strictly after the last update a client may have seen, so the cancel always shows as a change.
    const lastUpdate = updateMsAt(rec, now);
    rec.cancelMs = lastUpdate < now ? now : lastUpdate + 1;
    rec.json = undefined;
    this.bump(rec.parent);
    this.stats.cancelled += 1;
    this.notify(name);
    this.changed();
    return "cancelled";
  }

  /** Forgets an operation (it is not cancelled); false when there was none. */
  delete(name: string): boolean {
    const rec = this.byName.get(name);
    if (!rec) return false;
    this.byName.delete(name);
    rec.deleted = true;
    this.stats.deleted += 1;
    const index = this.byParent.get(rec.parent);
    if (index) {
      index.version = ++this.versions;
      index.tombstones += 1;
      if (index.tombstones > 64 && index.tombstones * 2 > index.records.length) {
        index.records = index.records.filter((r) => !r.deleted);
        index.tombstones = 0;
      }
    }
    this.notify(name);
    this.changed();
    return true;
  }

  /**
   * Up to `limit` live records of `parent` with `seq > afterSeq` that pass `match`, in insertion order.
   * Without `match` this touches only the records it returns (plus tombstones in between).
   */
  page(parent: string, afterSeq: number, limit: number, match?: (rec: OperationRecord) => boolean): IndexPage {
    const index = this.byParent.get(parent);
    if (!index) return { records: [], more: false };
    const all = index.records;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.seq <= afterSeq) lo = mid + 1;
      else hi = mid;
    }
    const records: OperationRecord[] = [];
    for (let i = lo; i < all.length; i++) {
      const rec = all[i]!;
      if (rec.deleted || (match && !match(rec))) continue;
      if (records.length === limit) return { records, more: true };
      records.push(rec);
    }
    return { records, more: false };
  }

  /** A number that changes whenever an operation of `parent` is created, cancelled or deleted. */
  versionOf(parent: string): number {
    return this.byParent.get(parent)?.version ?? 0;
  }

  private bump(parent: string): void {
    const index = this.byParent.get(parent);
    if (index) index.version = ++this.versions;
  }

  /** Calls `listener` when `name` is cancelled or deleted; returns the unsubscribe function. */
  subscribe(name: string, listener: () => void): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(name);
    };
  }

  /** Calls `listener` after every create, cancel, delete and reset; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(): void {
    if (this.changeListeners.size > 0) for (const listener of [...this.changeListeners]) listener();
  }

  private notify(name: string): void {
    const set = this.listeners.get(name);
    if (set) for (const listener of [...set]) listener();
  }
}
