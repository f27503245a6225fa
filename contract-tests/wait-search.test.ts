/**
 * How the kit picks what to wait on (issue 17, part 2): the operations most likely to outlast a wait
 * first, and further and further down the list once the first ones finish while waited on.
 */
import { describe, expect, it } from "vitest";
import type { OperationJson } from "./checks/operation.js";
import { longestRunningFirst, searchOrder } from "./scenarios/wait.js";

const running = (id: string, progressPercent: number | undefined, createTime: string): OperationJson => ({
  name: `projects/p/locations/l/operations/${id}`,
  metadata: { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata", createTime, ...(progressPercent === undefined ? {} : { progressPercent }) },
});

describe("choosing operations to wait on", () => {
  it("puts the lowest progress first (absent counts as 0, proto3), then the oldest createTime", () => {
    const ops = [
      running("HALF", 50, "2026-01-01T00:00:00Z"),
      running("NEW_NONE", undefined, "2026-01-03T00:00:00Z"),
      running("OLD_ZERO", 0, "2026-01-02T00:00:00Z"),
      running("TEN", 10, "2025-01-01T00:00:00Z"),
    ];
    expect(longestRunningFirst(ops).map((op) => String(op.name).split("/").pop())).toEqual(["OLD_ZERO", "NEW_NONE", "TEN", "HALF"]);
  });

  it("tries the first three, then doubles its step down the list, then the rest, each once", () => {
    const order = searchOrder(Array.from({ length: 40 }, (_, i) => i));
    expect(order.slice(0, 8)).toEqual([0, 1, 2, 3, 4, 6, 10, 18]);
    expect(order[8]).toBe(34);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it("leaves a batch of ten operations listed side by side behind within seven tries", () => {
    const listed = [...Array.from({ length: 10 }, (_, i) => `SOON${i}`), ...Array.from({ length: 20 }, (_, i) => `LONG${i}`)];
    const firstLong = searchOrder(listed).findIndex((id) => id.startsWith("LONG"));
    expect(firstLong).toBe(6);
  });

  it("keeps short lists whole and in order", () => {
    expect(searchOrder([])).toEqual([]);
    expect(searchOrder(["a", "b"])).toEqual(["a", "b"]);
    expect(searchOrder(["a", "b", "c", "d"])).toEqual(["a", "b", "c", "d"]);
  });
});
