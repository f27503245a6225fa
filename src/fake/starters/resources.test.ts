/**
 * Resources change when the operations that create or delete them succeed, settled from the clock at
 * read time in the order the operations finished; cancelled and failed operations change nothing.
 */
import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { OperationStore } from "../store.js";
import { ResourceRegistry } from "./resources.js";

const PARENT = "projects/demo/locations/us-central1";
const MODEL = `${PARENT}/models/M1`;

function setup() {
  const clock = createManualClock();
  const store = new OperationStore(clock);
  const registry = new ResourceRegistry(clock, [MODEL]);
  let n = 0;
  const operation = (durationMs: number, extra: { error?: { code: number; message: string } } = {}) => {
    const name = `${PARENT}/operations/OP${++n}`;
    store.create({ name, duration: durationMs, ...extra });
    return store.record(name)!;
  };
  return { clock, store, registry, operation };
}

describe("resources the started operations change", () => {
  it("exist from the moment a create succeeds, and are gone from the moment a delete does", () => {
    const { clock, registry, operation } = setup();
    const created = `${PARENT}/models/M2`;
    registry.onSuccess(operation(1_000), "create", created);
    registry.onSuccess(operation(2_000), "delete", MODEL);
    clock.advance(999);
    expect(registry.names()).toEqual([MODEL]);
    clock.advance(1);
    expect(registry.names()).toEqual([MODEL, created]);
    clock.advance(1_000);
    expect(registry.names()).toEqual([created]);
  });

  it("apply in the order the operations finished, not the order they were read", () => {
    const { clock, registry, operation } = setup();
    registry.onSuccess(operation(3_000), "create", MODEL);
    registry.onSuccess(operation(2_000), "delete", MODEL);
    clock.advance(5_000);
    expect(registry.has(MODEL)).toBe(true);
  });

  it("stay as they are when the operation is cancelled or fails", () => {
    const { clock, store, registry, operation } = setup();
    const cancelled = operation(1_000);
    registry.onSuccess(cancelled, "delete", MODEL);
    registry.onSuccess(operation(1_000, { error: { code: 13, message: "boom" } }), "create", `${PARENT}/models/M3`);
    store.cancel(cancelled.name);
    clock.advance(2_000);
    expect(registry.names()).toEqual([MODEL]);
  });

  it("still change when the operation's record was deleted (delete does not cancel, AIP-151)", () => {
    const { clock, store, registry, operation } = setup();
    const record = operation(1_000);
    registry.onSuccess(record, "delete", MODEL);
    store.delete(record.name);
    clock.advance(1_000);
    expect(registry.has(MODEL)).toBe(false);
  });
});
