import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { DeadlineError, OperationError } from "./errors.js";
import type { Operation } from "./options.js";
import {
  CANCELLED_OP,
  FAILED_OP,
  OP_NAME,
  RUNNING_OP,
  RUNNING_OP_LATER,
  SUCCEEDED_OP,
} from "./test-support/fixtures.js";
import { envelope, hang, json, scriptedFetch } from "./test-support/scripted-fetch.js";

const FAST = { initialDelayMs: 1, maxDelayMs: 2 };

describe("pollUntilDone", () => {
  it("polls until done and resolves with the finished operation", async () => {
    const s = scriptedFetch(json(RUNNING_OP), json(RUNNING_OP), json(SUCCEEDED_OP));
    const client = createOperationsClient({ fetch: s.fetch });
    await expect(client.pollUntilDone(OP_NAME, FAST)).resolves.toEqual(SUCCEEDED_OP);
    expect(s.requests.map((r) => r.method)).toEqual(["GET", "GET", "GET"]);
  });

  it("resolves with a failed operation too; result() turns it into OperationError with details", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP), json(FAILED_OP)).fetch });
    await expect(client.pollUntilDone(OP_NAME, FAST)).resolves.toEqual(FAILED_OP);
    const again = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP), json(FAILED_OP)).fetch });
    const error = (await again.result(OP_NAME, FAST).catch((e: unknown) => e)) as OperationError;
    expect(error).toBeInstanceOf(OperationError);
    expect(error.status).toBe("PERMISSION_DENIED");
    expect(error.details).toEqual(FAILED_OP.error?.details);
  });

  it("result() resolves with the response Any of a succeeded operation", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(SUCCEEDED_OP)).fetch });
    await expect(client.result(OP_NAME)).resolves.toEqual(SUCCEEDED_OP.response);
  });

  it("result() of a cancelled operation throws OperationError CANCELLED", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(CANCELLED_OP)).fetch });
    await expect(client.result(OP_NAME)).rejects.toMatchObject({ name: "OperationError", code: 1, status: "CANCELLED" });
  });

  it("reports progress only when metadata changes", async () => {
    const s = scriptedFetch(json(RUNNING_OP), json(RUNNING_OP), json(RUNNING_OP_LATER), json(RUNNING_OP_LATER), json(SUCCEEDED_OP));
    const client = createOperationsClient({ fetch: s.fetch });
    const seen: Operation[] = [];
    await client.pollUntilDone(OP_NAME, { ...FAST, onProgress: (op) => seen.push(op) });
    expect(seen.map((op) => op.metadata?.progressPercent)).toEqual([42, 77, 100]);
    expect(s.requests).toHaveLength(5);
  });

  it("grows the delay ×multiplier up to maxDelayMs", async () => {
    /** The gaps between the four polls of a run with these delays. */
    const gapsOf = async (delays: { initialDelayMs: number; multiplier: number; maxDelayMs: number }) => {
      const stamps: number[] = [];
      const s = scriptedFetch(() => {
        stamps.push(Date.now());
        return stamps.length < 4 ? json(RUNNING_OP) : json(SUCCEEDED_OP);
      });
      await createOperationsClient({ fetch: s.fetch }).pollUntilDone(OP_NAME, delays);
      return stamps.slice(1).map((t, i) => t - stamps[i]!);
    };
    // The capped run (10, 20, 20 ms) beside an uncapped one (10, 50, 250 ms) in the same event loop: a
    // busy machine makes both late alike, so the comparison holds where a fixed margin would not.
    const [capped, uncapped] = await Promise.all([
      gapsOf({ initialDelayMs: 10, multiplier: 5, maxDelayMs: 20 }),
      gapsOf({ initialDelayMs: 10, multiplier: 5, maxDelayMs: 10_000 }),
    ]);
    expect(capped[0]).toBeGreaterThanOrEqual(9);
    expect(capped[1]).toBeGreaterThanOrEqual(19);
    expect(capped[2]).toBeGreaterThanOrEqual(19);
    expect(uncapped[2]).toBeGreaterThanOrEqual(249);
    expect(capped[2]).toBeLessThan(uncapped[2]!);
  });

  it("ends with DeadlineError holding the last state when totalTimeoutMs passes", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP)).fetch });
    const error = (await client
      .pollUntilDone(OP_NAME, { initialDelayMs: 5, totalTimeoutMs: 60 })
      .catch((e: unknown) => e)) as DeadlineError;
    expect(error).toBeInstanceOf(DeadlineError);
    expect(error.lastOperation).toEqual(RUNNING_OP);
  });

  it("ends with DeadlineError when a poll hangs past totalTimeoutMs", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(hang).fetch });
    await expect(client.pollUntilDone(OP_NAME, { totalTimeoutMs: 30 })).rejects.toBeInstanceOf(DeadlineError);
  });

  it("stops when the caller aborts, rejecting with the caller's reason", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP)).fetch });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 20);
    await expect(client.pollUntilDone(OP_NAME, { ...FAST, signal: controller.signal })).rejects.toThrow("stop");
  });

  it("useWait lets the server wait, and falls back to polling on UNIMPLEMENTED", async () => {
    const waiting = scriptedFetch(json(RUNNING_OP), json(SUCCEEDED_OP));
    const withWait = createOperationsClient({ fetch: waiting.fetch });
    await expect(withWait.pollUntilDone(OP_NAME, { ...FAST, useWait: true })).resolves.toEqual(SUCCEEDED_OP);
    expect(waiting.requests.map((r) => new URL(r.url).pathname.endsWith(":wait"))).toEqual([true, true]);
    expect(JSON.parse(waiting.requests[0]!.body)).toEqual({ timeout: "30s" });

    const noWait = scriptedFetch(envelope(501, "UNIMPLEMENTED"), json(RUNNING_OP), json(SUCCEEDED_OP));
    const fallback = createOperationsClient({ fetch: noWait.fetch });
    await expect(fallback.pollUntilDone(OP_NAME, { ...FAST, useWait: true })).resolves.toEqual(SUCCEEDED_OP);
    expect(noWait.requests.map((r) => r.method)).toEqual(["POST", "GET", "GET"]);
  });

  it("rejects bad polling options before sending", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch });
    await expect(client.pollUntilDone(OP_NAME, { multiplier: 0.5 })).rejects.toMatchObject({ name: "InvalidOptionError" });
    await expect(client.pollUntilDone(OP_NAME, { totalTimeoutMs: -1 })).rejects.toMatchObject({ name: "InvalidOptionError" });
    expect(s.requests).toHaveLength(0);
  });
});
