/**
 * A small cache of serialized unfiltered list pages. A page is reused while its parent's version is
 * unchanged (no create, cancel or delete there) and the clock is before the first moment one of its
 * operations' views changes. Filtered pages are not cached: whether an operation outside the page
 * matches (say `done=true`) can change without touching the page itself.
 */

interface Entry {
  version: number;
  from: number;
  until: number;
  bytes: Buffer;
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();

  /** @param capacity how many pages to keep; the oldest goes first. @default 64 */
  constructor(private readonly capacity = 64) {}

  get(key: string, version: number, now: number): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version === version && now >= entry.from && now < entry.until) return entry.bytes;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, entry: Entry): void {
    if (entry.until <= entry.from) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
