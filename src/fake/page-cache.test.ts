import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createManualClock } from "./clock.js";
import { listOperations, type ListSettings } from "./methods.js";
import { PageCache } from "./page-cache.js";
import { PageTokens } from "./page-token.js";
import type { JsonBytes } from "./respond.js";
import { OperationStore } from "./store.js";

const PARENT = "projects/demo/locations/us-central1";
const ROUTE = { method: "list" as const, project: "demo", location: "us-central1", parent: PARENT };

type Step =
  | { kind: "advance"; ms: number }
  | { kind: "cancel"; i: number }
  | { kind: "delete"; i: number }
  | { kind: "create"; duration: number }
  | { kind: "list"; pageSize: number; afterPages: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 0, max: 120_000 }) }),
  fc.record({ kind: fc.constant("cancel" as const), i: fc.nat(30) }),
  fc.record({ kind: fc.constant("delete" as const), i: fc.nat(30) }),
  fc.record({ kind: fc.constant("create" as const), duration: fc.integer({ min: 0, max: 600_000 }) }),
  fc.record({ kind: fc.constant("list" as const), pageSize: fc.integer({ min: 1, max: 8 }), afterPages: fc.nat(3) }),
);

describe("page cache", () => {
  it("serves the same bytes as an uncached listing whatever happens in between", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const clock = createManualClock(0);
        const store = new OperationStore(clock);
        let created = 0;
        const create = (duration: number) => store.create({ name: `${PARENT}/operations/P${created++}`, duration });
        for (let i = 0; i < 12; i++) create(30_000 * i);
        const tokens = new PageTokens("secret");
        const cached: ListSettings = { defaultPageSize: 5, maxPageSize: 10, tokens, pages: new PageCache(4), unreachable: new Set() };
        const fresh = (): ListSettings => ({ ...cached, pages: new PageCache() });
        const list = (settings: ListSettings, pageSize: number, pages: number) => {
          let token = "";
          let bytes = "";
          for (let p = 0; p <= pages; p++) {
            const query = new Map([["pageSize", String(pageSize)], ["pageToken", token]]);
            bytes = (listOperations(store, ROUTE, query, settings) as JsonBytes).bytes.toString("utf8");
            token = (JSON.parse(bytes) as { nextPageToken?: string }).nextPageToken ?? "";
            if (!token) break;
          }
          return bytes;
        };
        for (const s of steps) {
          if (s.kind === "advance") clock.advance(s.ms);
          else if (s.kind === "cancel") store.cancel(`${PARENT}/operations/P${s.i}`);
          else if (s.kind === "delete") store.delete(`${PARENT}/operations/P${s.i}`);
          else if (s.kind === "create") create(s.duration);
          else expect(list(cached, s.pageSize, s.afterPages)).toBe(list(fresh(), s.pageSize, s.afterPages));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("forgets the oldest page past its capacity", () => {
    const cache = new PageCache(2);
    const entry = { version: 1, from: 0, until: 10, bytes: Buffer.from("{}") };
    cache.set("a", entry);
    cache.set("b", entry);
    cache.set("c", entry);
    expect([cache.get("a", 1, 5), cache.get("b", 1, 5), cache.get("c", 1, 5)].map(Boolean)).toEqual([false, true, true]);
    expect(cache.get("b", 2, 5)).toBeUndefined();
    expect(cache.get("c", 1, 10)).toBeUndefined();
  });
});
