/**
 * The models, datasets and other resources the fake knows, by full name. Started operations change them
 * when they succeed (a create adds its resource, a delete removes it, AIP-133/135), and an operation's
 * outcome is derived from the clock at read time (operation-view.ts), so pending changes are settled
 * lazily: each lookup first applies the changes of operations that have finished by then, in the order
 * they finished. A cancelled or failed operation changes nothing; deleting an operation's record does not
 * stop its work (AIP-151), so its change still applies.
 */
import type { Clock } from "../clock.js";
import { finishMs, isDone, type OperationRecord } from "../operation-view.js";

interface PendingChange {
  record: OperationRecord;
  change: "create" | "delete";
  name: string;
}

export class ResourceRegistry {
  readonly #live = new Set<string>();
  #pending: PendingChange[] = [];

  constructor(
    private readonly clock: Clock,
    names: Iterable<string> = [],
  ) {
    for (const name of names) this.#live.add(name);
  }

  /** Whether `name` exists now. */
  has(name: string): boolean {
    this.#settle();
    return this.#live.has(name);
  }

  /** Every resource that exists now, in the order it came to be. */
  names(): string[] {
    this.#settle();
    return [...this.#live];
  }

  /** Back to `names` (the fake's reset); the changes still pending go with the operations they belonged to. */
  reset(names: Iterable<string>): void {
    this.#live.clear();
    this.#pending = [];
    for (const name of names) this.#live.add(name);
  }

  /** Adds a resource at once (seeding, tests). */
  add(name: string): void {
    this.#live.add(name);
  }

  /** Applies `change` to `name` when the operation of `record` succeeds. */
  onSuccess(record: OperationRecord, change: PendingChange["change"], name: string): void {
    this.#pending.push({ record, change, name });
  }

  #settle(): void {
    if (this.#pending.length === 0) return;
    const now = this.clock.now();
    const due = this.#pending.filter((p) => isDone(p.record, now));
    if (due.length === 0) return;
    this.#pending = this.#pending.filter((p) => !due.includes(p));
    const endedAt = (p: PendingChange) => p.record.cancelMs ?? finishMs(p.record);
    for (const { record, change, name } of due.sort((a, b) => endedAt(a) - endedAt(b) || a.record.seq - b.record.seq)) {
      if (record.cancelMs !== undefined || record.error !== undefined) continue;
      if (change === "create") this.#live.add(name);
      else this.#live.delete(name);
    }
  }
}
