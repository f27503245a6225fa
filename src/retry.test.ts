import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { ApiError, DeadlineError, NetworkError } from "./errors.js";
import type { RetryOptions } from "./retry.js";
import { isIdempotent, retryAfterMs } from "./retry.js";
import { OP_NAME, PARENT, RUNNING_OP } from "./test-support/fixtures.js";
import { envelope, hang, json, scriptedFetch, type Step } from "./test-support/scripted-fetch.js";

/** A client whose waits are recorded, not slept, with jitter pinned to its upper bound. */
function recordingClient(steps: Step[], retry: RetryOptions = {}, timeoutMs?: number) {
  const s = scriptedFetch(...steps);
  const delays: number[] = [];
  const client = createOperationsClient({
    fetch: s.fetch,
    timeoutMs,
    retry: { random: () => 0.999, sleep: async (ms) => void delays.push(ms), ...retry },
  });
  return { client, requests: s.requests, delays };
}

describe("retries", () => {
  it("retries 503 twice then succeeds, with growing jittered backoff", async () => {
    const { client, requests, delays } = recordingClient([envelope(503, "UNAVAILABLE"), envelope(503, "UNAVAILABLE"), json(RUNNING_OP)]);
    await expect(client.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    expect(requests).toHaveLength(3);
    expect(delays.map(Math.round)).toEqual([100, 200]);
  });

  it("full jitter draws each wait from [0, cap)", async () => {
    const { client, delays } = recordingClient([envelope(503, "UNAVAILABLE"), json(RUNNING_OP)], { random: () => 0.25 });
    await client.get(OP_NAME);
    expect(delays).toEqual([25]);
  });

  it("retries cancel and wait (POST, idempotent by design) and resends the body each time", async () => {
    const { client, requests } = recordingClient([envelope(503, "UNAVAILABLE"), json({}), envelope(504, "DEADLINE_EXCEEDED"), json(RUNNING_OP)]);
    await client.cancel(OP_NAME);
    await client.wait(OP_NAME, { timeout: "2s" });
    expect(requests.map((r) => r.body)).toEqual(["{}", "{}", '{"timeout":"2s"}', '{"timeout":"2s"}']);
  });

  it("honours Retry-After in seconds on 429", async () => {
    const { client, delays } = recordingClient([envelope(429, "RESOURCE_EXHAUSTED"), json(RUNNING_OP)]);
    const limited = recordingClient([
      new Response('{"error":{"code":429,"message":"slow down","status":"RESOURCE_EXHAUSTED"}}', { status: 429, headers: { "retry-after": "3" } }),
      json(RUNNING_OP),
    ]);
    await client.get(OP_NAME);
    await limited.client.get(OP_NAME);
    expect(delays.map(Math.round)).toEqual([100]);
    expect(limited.delays).toEqual([3000]);
  });

  it("honours Retry-After as an HTTP-date and RetryInfo.retryDelay", async () => {
    const later = new Date(Date.now() + 5000).toUTCString();
    expect(retryAfterMs(later)).toBeGreaterThan(3000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT")).toBe(0);
    expect(retryAfterMs("soon")).toBeUndefined();
    const { client, delays } = recordingClient([
      envelope(503, "UNAVAILABLE", "busy", [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "1.5s" }]),
      json(RUNNING_OP),
    ]);
    await client.get(OP_NAME);
    expect(delays).toEqual([1500]);
  });

  it.each([
    [400, "INVALID_ARGUMENT"],
    [403, "PERMISSION_DENIED"],
    [404, "NOT_FOUND"],
    [409, "ABORTED"],
    [500, "INTERNAL"],
    [501, "UNIMPLEMENTED"],
  ])("never retries HTTP %i %s", async (http, status) => {
    const { client, requests } = recordingClient([envelope(http, status), json(RUNNING_OP)]);
    await expect(client.get(OP_NAME)).rejects.toMatchObject({ httpStatus: http, status });
    expect(requests).toHaveLength(1);
  });

  it("gives up after maxAttempts and keeps the errors met along the way", async () => {
    const { client, requests } = recordingClient([envelope(503, "UNAVAILABLE", "first"), envelope(503, "UNAVAILABLE", "second"), envelope(503, "UNAVAILABLE", "third")], { maxAttempts: 3 });
    const error = (await client.listPage(PARENT).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.serverMessage).toBe("third");
    expect(error.attempts.map((e) => (e as ApiError).serverMessage)).toEqual(["first", "second"]);
    expect(requests).toHaveLength(3);
  });

  it("goes on once after a first attempt that fails on the network: the last answer ends the call", async () => {
    const refused = new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") });
    const { client, requests } = recordingClient([refused, envelope(503, "UNAVAILABLE", "second"), envelope(503, "UNAVAILABLE", "third")], { maxAttempts: 3 });
    const error = (await client.get(OP_NAME).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.serverMessage).toBe("third");
    expect(requests).toHaveLength(3);
  });

  it("retries network errors and reports NetworkError with its cause when they persist", async () => {
    const refused = new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") });
    const recovered = recordingClient([refused, json(RUNNING_OP)]);
    await expect(recovered.client.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    const { client } = recordingClient([refused], { maxAttempts: 2 });
    const error = (await client.get(OP_NAME).catch((e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.cause).toBe(refused);
    expect(error.attempts).toHaveLength(1);
    expect(error.message).toContain(`GET https://automl.googleapis.com/v1beta1/${OP_NAME}`);
  });

  it("retry: false sends once", async () => {
    const s = scriptedFetch(envelope(503, "UNAVAILABLE"), json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, retry: false });
    await expect(client.get(OP_NAME)).rejects.toMatchObject({ code: 14 });
    expect(s.requests).toHaveLength(1);
  });
});

describe("deadlines and abort", () => {
  it("a hanging attempt times out after timeoutMs and the next attempt succeeds", async () => {
    const { client, requests } = recordingClient([hang, json(RUNNING_OP)], {}, 30);
    await expect(client.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    expect(requests).toHaveLength(2);
  });

  it("the total deadline ends the call with DeadlineError", async () => {
    const s = scriptedFetch(hang);
    const client = createOperationsClient({ fetch: s.fetch, retry: { totalTimeoutMs: 40 } });
    // The fetch never answers: only the deadline can end the call (else the test times out).
    const error = await client.get(OP_NAME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
  });

  it("does not start a retry whose wait outlasts the total deadline", async () => {
    const { client, requests, delays } = recordingClient(
      [new Response(null, { status: 503, headers: { "retry-after": "120" } }), json(RUNNING_OP)],
      { totalTimeoutMs: 5000 },
    );
    await expect(client.get(OP_NAME)).rejects.toMatchObject({ httpStatus: 503 });
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("aborting the caller's signal rejects with its reason and stops retrying", async () => {
    const s = scriptedFetch(hang);
    const client = createOperationsClient({ fetch: s.fetch });
    const controller = new AbortController();
    const pending = client.get(OP_NAME, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user gave up")), 10);
    await expect(pending).rejects.toThrow("user gave up");
    expect(s.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch });
    await expect(client.get(OP_NAME, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("which requests may be sent twice", () => {
  const base = "https://automl.googleapis.com/v1beta1/projects/p/locations/l/operations/o";
  it.each([
    ["GET", base, true],
    ["DELETE", base, true],
    ["POST", `${base}:cancel`, true],
    ["POST", `${base}:wait`, true],
    ["POST", base, false],
    ["PATCH", base, false],
    ["POST", `${base}%3Acancel`, false],
  ])("%s %s → %s", (method, url, expected) => {
    expect(isIdempotent(new Request(url, { method }))).toBe(expected);
  });

  it("a POST that is not cancel or wait is never retried, even on 503", async () => {
    const s = scriptedFetch(envelope(503, "UNAVAILABLE"), json({}));
    const client = createOperationsClient({ fetch: s.fetch, retry: { sleep: async () => {} } });
    const { response } = await client.raw.request("post" as "get", "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations", {
      params: { path: { projectsId: "p", locationsId: "l" } },
    });
    expect(response.status).toBe(503);
    expect(s.requests).toHaveLength(1);
  });
});
