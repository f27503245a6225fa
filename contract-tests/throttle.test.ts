import { describe, expect, it } from "vitest";
import { send } from "./exchange.js";
import { loadSpec } from "./spec-model.js";
import { defineTarget } from "./target.js";
import { ThrottledError, ThrottleGate, throttleDelay } from "./throttle.js";
import { createKitFetch, throttledAttemptsOf, type WireRecord } from "./transport.js";

const URL = "http://127.0.0.1:9/v1beta1/projects/p/locations/l/operations";

function envelope(code: number, status: string, retryDelay?: string): string {
  const details = retryDelay ? [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay }] : [];
  return JSON.stringify({ error: { code, message: "slow down", status, details } });
}

/** A fetch that answers from a script, one response per request, and counts what it was sent. */
function scripted(...answers: Array<() => Response>) {
  const sent: number[] = [];
  const fetchImpl: typeof fetch = async () => {
    sent.push(Date.now());
    const next = answers.shift() ?? (() => new Response("{}", { status: 200 }));
    return next();
  };
  return { sent, fetch: fetchImpl };
}

const throttled = (status: number, headers: Record<string, string>, body: string) => () => new Response(body, { status, headers: { "content-type": "application/json", ...headers } });
const ok = () => new Response('{"operations":[]}', { status: 200, headers: { "content-type": "application/json" } });

function kitFetch(fetchImpl: typeof fetch, gate: ThrottleGate, onRecord?: (r: WireRecord) => void) {
  return createKitFetch(defineTarget({ name: "t", baseUrl: "http://127.0.0.1:9", parent: "projects/p/locations/l", fetch: fetchImpl }), {
    secrets: new Set(),
    throttle: gate,
    ...(onRecord ? { onRecord } : {}),
  });
}

describe("throttling in the kit's transport", () => {
  it("reads the delay from Retry-After, then RetryInfo, else backs off", () => {
    expect(throttleDelay(429, new Headers({ "retry-after": "2" }), envelope(429, "RESOURCE_EXHAUSTED", "0.5s"), 1)).toEqual({ delayMs: 2000, source: "Retry-After" });
    expect(throttleDelay(503, new Headers(), envelope(503, "UNAVAILABLE", "0.5s"), 1)).toEqual({ delayMs: 500, source: "RetryInfo" });
    const backoff = throttleDelay(503, new Headers(), "<html>busy</html>", 3);
    expect(backoff.source).toBe("backoff");
    expect(backoff.delayMs).toBeGreaterThanOrEqual(500);
    expect(backoff.delayMs).toBeLessThanOrEqual(1000);
  });

  it("retries 429 and 503 after the delay they ask for and returns the answer that follows", async () => {
    const wire = scripted(throttled(429, {}, envelope(429, "RESOURCE_EXHAUSTED", "0.08s")), throttled(503, { "retry-after": "0" }, ""), ok);
    const gate = new ThrottleGate(5_000);
    const response = await kitFetch(wire.fetch, gate)(URL);
    expect(response.status).toBe(200);
    expect(wire.sent).toHaveLength(3);
    expect(wire.sent[1]! - wire.sent[0]!).toBeGreaterThanOrEqual(75);
    expect(throttledAttemptsOf(response)).toEqual([
      { status: 429, delayMs: 80, source: "RetryInfo" },
      { status: 503, delayMs: 50, source: "Retry-After" },
    ]);
    const summary = gate.summary();
    expect(summary.retries).toBe(2);
    expect(summary.byStatus).toEqual({ "429": { retries: 1, waitedMs: expect.any(Number) }, "503": { retries: 1, waitedMs: expect.any(Number) } });
    expect(summary.waitedMs).toBeGreaterThanOrEqual(120);
  });

  it("holds back every request of the run while the gate is closed", async () => {
    const wire = scripted(throttled(429, {}, envelope(429, "RESOURCE_EXHAUSTED", "0.2s")), ok, ok);
    const gate = new ThrottleGate(5_000);
    const fetchOnce = kitFetch(wire.fetch, gate);
    const first = fetchOnce(URL);
    await new Promise((r) => setTimeout(r, 20));
    await fetchOnce(URL);
    await first;
    // Measured on the wire from the 429, not from after the sleep: on a busy machine the sleep itself can
    // run late and eat into the hold. Nothing, the first call's retry nor the second call, went out before
    // the 0.2 s the server asked for (a timer never fires early; 1 ms for Date.now's rounding).
    expect(wire.sent).toHaveLength(3);
    expect(wire.sent.slice(1).map((at) => at - wire.sent[0]! >= 199)).toEqual([true, true]);
  });

  it("refuses with ThrottledError once the budget is spent, and keeps refusing", async () => {
    const always = () => new Response(envelope(429, "RESOURCE_EXHAUSTED", "0.1s"), { status: 429 });
    const wire = scripted(...Array.from({ length: 20 }, () => always));
    const gate = new ThrottleGate(250);
    const fetchOnce = kitFetch(wire.fetch, gate);
    await expect(fetchOnce(URL)).rejects.toBeInstanceOf(ThrottledError);
    expect(gate.exhausted).toBe(true);
    const sent = wire.sent.length;
    await expect(fetchOnce(URL)).rejects.toThrow(/could not complete: throttled/);
    expect(wire.sent).toHaveLength(sent);
    expect(gate.summary().waitedMs).toBeLessThanOrEqual(250);
  });

  it("records every throttled attempt for HAR, each with its body", async () => {
    const records: WireRecord[] = [];
    const wire = scripted(throttled(503, {}, envelope(503, "UNAVAILABLE", "0.05s")), ok);
    await kitFetch(wire.fetch, new ThrottleGate(5_000), (r) => records.push(r))(URL);
    await new Promise((r) => setTimeout(r, 10));
    expect(records.map((r) => r.status)).toEqual([503, 200]);
    expect(records[0]?.responseBody).toContain("UNAVAILABLE");
  });

  it("bounds each attempt by the target's timeout, not the time spent waiting out throttling", async () => {
    let calls = 0;
    const slowThenThrottled: typeof fetch = async (_input, init) => {
      calls += 1;
      if (calls === 1) return new Response(envelope(429, "RESOURCE_EXHAUSTED", "0.3s"), { status: 429 });
      return new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    };
    const target = defineTarget({ name: "t", baseUrl: "http://127.0.0.1:9", parent: "projects/p/locations/l", fetch: slowThenThrottled, timeoutMs: 200 });
    const started = Date.now();
    const error = await createKitFetch(target, { secrets: new Set(), throttle: new ThrottleGate(5_000) })(URL).catch((e: unknown) => e);
    expect((error as DOMException).name).toBe("TimeoutError");
    // 300 ms of throttling, then a 200 ms attempt: the throttling did not eat into the attempt's deadline.
    expect(Date.now() - started).toBeGreaterThanOrEqual(480);
  });

  it("keeps the time spent waiting out throttling out of the exchange's duration", async () => {
    const wire = scripted(throttled(429, {}, envelope(429, "RESOURCE_EXHAUSTED", "0.3s")), ok);
    const base = defineTarget({ name: "t", baseUrl: "http://127.0.0.1:9", parent: "projects/p/locations/l" });
    const target = { ...base, fetch: kitFetch(wire.fetch, new ThrottleGate(5_000)) };
    const started = performance.now();
    const exchange = await send(target, loadSpec().operation("listOperations"));
    const elapsedMs = performance.now() - started;
    expect(elapsedMs).toBeGreaterThanOrEqual(290);
    // At least 300 ms of the call went to waiting out the 429, so a duration that leaves the wait out is
    // at most what remains (a few ms of timer rounding aside), however slow the machine made the rest.
    expect(exchange.durationMs).toBeLessThanOrEqual(elapsedMs - 290);
    expect(exchange.throttled).toEqual([{ status: 429, delayMs: 300, source: "RetryInfo" }]);
  });
});
