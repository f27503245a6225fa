import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateOperation } from "../../generated/validators.js";
import { createManualClock } from "./clock.js";
import { nextChangeMs, operationJson, toOperation } from "./operation-view.js";
import { OperationStore } from "./store.js";

const NAME = "projects/demo/locations/us-central1/operations/VIEW1";

describe("operation view", () => {
  it("serves from its cache exactly what a fresh rendering would show, at any time and after a cancel", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 40 }),
        fc.option(fc.integer({ min: 0, max: 39 })),
        (durationMs, steps, cancelAt) => {
          const clock = createManualClock(1_000_000);
          const store = new OperationStore(clock);
          store.create({ name: NAME, duration: durationMs, createTime: 1_000_000 - 5_000 });
          steps.forEach((step, i) => {
            clock.advance(step);
            if (i === cancelAt) store.cancel(NAME);
            const rec = store.record(NAME)!;
            const fresh = toOperation(rec, clock.now());
            expect(JSON.parse(operationJson(rec, clock.now()).toString("utf8"))).toEqual(fresh);
            expect(validateOperation(fresh)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never reports a change before the current moment", () => {
    const clock = createManualClock(0);
    const store = new OperationStore(clock);
    store.create({ name: NAME, duration: 1_000, createTime: 0 });
    const rec = store.record(NAME)!;
    for (let t = 0; t < 1_200; t += 7) expect(nextChangeMs(rec, t)).toBeGreaterThan(t);
  });

  it("keeps progress within 0..100 and grows it monotonically", () => {
    const clock = createManualClock(0);
    const store = new OperationStore(clock);
    store.create({ name: NAME, duration: 3_600_000, createTime: 0 });
    let last = 0;
    for (let t = 0; t <= 3_600_000; t += 60_000) {
      clock.set(t);
      const progress = store.get(NAME)!.metadata?.progressPercent ?? 0;
      expect(progress).toBeGreaterThanOrEqual(last);
      expect(progress).toBeLessThanOrEqual(100);
      last = progress;
    }
    expect(last).toBe(100);
  });
});
